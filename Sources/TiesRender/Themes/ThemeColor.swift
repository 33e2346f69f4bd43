/// A colour as a theme file writes it.
public enum ThemeColor: Hashable, Sendable, CustomStringConvertible {
    /// The terminal's own foreground or background colour.
    case terminalDefault
    /// One of the 16 ANSI colours, 0–15 (`black` … `bright-white`).
    case ansi(Int)
    /// An entry of the 256-colour palette, 0–255.
    case indexed(Int)
    /// A 24-bit colour.
    case rgb(UInt8, UInt8, UInt8)

    /// The names of the 16 ANSI colours, in palette order.
    public static let ansiNames = [
        "black", "red", "green", "yellow", "blue", "magenta", "cyan", "white",
        "bright-black", "bright-red", "bright-green", "bright-yellow", "bright-blue", "bright-magenta",
        "bright-cyan", "bright-white",
    ]

    /// Parses `default`, an ANSI name, `0`–`255`, or `#RRGGBB`.
    public init?(parsing text: String) {
        let lowered = text.lowercased()
        if lowered == "default" {
            self = .terminalDefault
        } else if let index = Self.ansiNames.firstIndex(of: lowered) {
            self = .ansi(index)
        } else if let index = Int(lowered), (0...255).contains(index), lowered.allSatisfy(\.isASCII) {
            self = .indexed(index)
        } else if lowered.hasPrefix("#"), lowered.count == 7, let value = UInt32(lowered.dropFirst(), radix: 16) {
            self = .rgb(UInt8(value >> 16 & 0xFF), UInt8(value >> 8 & 0xFF), UInt8(value & 0xFF))
        } else {
            return nil
        }
    }

    /// The written form.
    public var description: String {
        switch self {
        case .terminalDefault: return "default"
        case .ansi(let index): return Self.ansiNames[index]
        case .indexed(let index): return String(index)
        case .rgb(let r, let g, let b):
            return "#" + [r, g, b].map { ($0 < 16 ? "0" : "") + String($0, radix: 16) }.joined()
        }
    }
}

/// What a theme gives a role: a colour and attributes.
public struct Face: Hashable, Sendable {
    /// The colour; `default` keeps the terminal's own.
    public var color: ThemeColor
    /// Attributes the role adds wherever it is used.
    public var attributes: Attributes

    /// Creates a face.
    public init(_ color: ThemeColor = .terminalDefault, _ attributes: Attributes = []) {
        self.color = color
        self.attributes = attributes
    }

    /// The attribute words a theme file may write after the colour.
    static let attributeNames: [(String, Attributes)] = [
        ("bold", .bold), ("underline", .underline), ("reverse", .reverse), ("dim", .dim),
    ]
}
