/// Makes text from data files safe to show: control characters become visible placeholders.
///
/// C0 controls (NUL…US, including ESC, BEL, CR and TAB) become the Unicode "control
/// pictures" (␀…␟), DEL becomes ␡, C1 controls (U+0080–U+009F), the bidirectional marks,
/// overrides and isolates (U+200E, U+200F, U+061C, U+202A–U+202E, U+2066–U+2069) and the
/// line and paragraph separators (U+2028, U+2029) become `�`. Nothing a data file holds can
/// then start an escape sequence, reorder the line it is shown on, or break it.
public enum VisibleText {
    /// The placeholder for a scalar that must not reach a terminal, or nil for a safe one.
    public static func placeholder(for scalar: Unicode.Scalar) -> Unicode.Scalar? {
        switch scalar.value {
        case 0x00...0x1F: Unicode.Scalar(0x2400 + scalar.value)
        case 0x7F: "\u{2421}"
        case 0x80...0x9F, 0x200E, 0x200F, 0x061C, 0x202A...0x202E, 0x2066...0x2069, 0x2028, 0x2029: "\u{FFFD}"
        default: nil
        }
    }

    /// Whether a scalar would be replaced.
    public static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        placeholder(for: scalar) != nil
    }

    /// The text with every control character replaced by its placeholder.
    ///
    /// With `keepingNewlines`, line feeds are kept so multi-line text can still be wrapped.
    public static func sanitize(_ text: String, keepingNewlines: Bool = false) -> String {
        guard text.unicodeScalars.contains(where: isControl) else { return text }
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if keepingNewlines && scalar == "\n" {
                out.append(scalar)
            } else {
                out.append(placeholder(for: scalar) ?? scalar)
            }
        }
        return String(out)
    }
}
