import TiesRender

/// The keys in escape sequences, read from the bytes after the Esc.
enum EscapeSequence {
    /// Whether the bytes after Esc end a sequence: a CSI (`[`) ends at a byte from `@` to `~`,
    /// an SS3 (`O`) after one more byte.
    static func isComplete(_ bytes: [UInt8]) -> Bool {
        guard let first = bytes.first else { return false }
        if first == UInt8(ascii: "[") { return bytes.count >= 2 && (0x40...0x7E).contains(bytes[bytes.count - 1]) }
        if first == UInt8(ascii: "O") { return bytes.count >= 2 }
        return true
    }

    /// The key a sequence means, if ties uses it (nil: ignore it, or a bare Esc when empty).
    static func key(after bytes: [UInt8]) -> Key? {
        guard let first = bytes.first, let last = bytes.last, bytes.count >= 2 else { return nil }
        let final = Character(Unicode.Scalar(last))
        if first == UInt8(ascii: "O") || first == UInt8(ascii: "[") {
            switch final {
            case "A": return .up
            case "B": return .down
            case "C": return .right
            case "D": return .left
            case "H": return .home
            case "F": return .end
            case "Z": return first == UInt8(ascii: "[") ? .backTab : nil
            default: break
            }
        }
        guard first == UInt8(ascii: "["), final == "~" else { return nil }
        let parameter = String(decoding: bytes.dropFirst().dropLast().prefix { $0 != UInt8(ascii: ";") }, as: UTF8.self)
        switch parameter {
        case "1", "7": return .home
        case "4", "8": return .end
        case "5": return .pageUp
        case "6": return .pageDown
        default: return nil
        }
    }
}
