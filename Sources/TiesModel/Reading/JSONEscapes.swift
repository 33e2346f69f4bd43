/// Rewrites JSON's surrogate-pair escapes as single escapes a YAML parser accepts.
///
/// JSON writes a character outside the Basic Multilingual Plane as two escapes
/// (`"\ud83c\uddef"`, as Python's `json.dumps` does for emoji); YAML wants one (`\U0001F1EF`).
/// Only escapes inside double-quoted strings are touched, and each keeps its line.
enum JSONEscapes {
    static func joiningSurrogatePairs(_ text: String) -> String {
        guard ByteSearch.contains("\\u", in: text) || ByteSearch.contains("\\U", in: text) else { return text }
        var out = String.UnicodeScalarView()
        var scalars = Array(text.unicodeScalars)[...]
        var inString = false
        while let scalar = scalars.popFirst() {
            if scalar == "\"" { inString.toggle() }
            guard inString, scalar == "\\", let next = scalars.first else {
                out.append(scalar)
                continue
            }
            if next == "u" || next == "U", let high = hex(scalars.dropFirst().prefix(4)),
                (0xD800...0xDBFF).contains(high),
                scalars.count >= 11, scalars.dropFirst(5).first == "\\",
                let marker = scalars.dropFirst(6).first, marker == "u" || marker == "U",
                let low = hex(scalars.dropFirst(7).prefix(4)), (0xDC00...0xDFFF).contains(low)
            {
                let value = 0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00)
                let digits = String(value, radix: 16, uppercase: true)
                out.append(
                    contentsOf: ("\\U" + String(repeating: "0", count: 8 - digits.count) + digits).unicodeScalars)
                scalars = scalars.dropFirst(11)
                continue
            }
            // Any other escape: copy it and the escaped character, so `\"` does not end the string.
            out.append(scalar)
            out.append(next)
            scalars = scalars.dropFirst()
        }
        return String(out)
    }

    private static func hex(_ digits: ArraySlice<Unicode.Scalar>) -> UInt32? {
        guard digits.count == 4 else { return nil }
        return UInt32(String(String.UnicodeScalarView(digits)), radix: 16)
    }
}
