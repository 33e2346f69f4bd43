import Foundation

/// Folds text for searching: case and diacritics ignored, so "sümmit" finds "Summit" and
/// "ISLAMABAD" finds "Islamabad".
///
/// ASCII is folded byte by byte; every other character is folded once by Foundation and
/// remembered, so folding a million titles costs a table lookup per character.
public struct TextFolding {
    private var cache: [Unicode.Scalar: [UInt8]] = [:]

    /// Creates a folder with an empty cache.
    public init() {}

    /// The folded UTF-8 bytes of a text.
    public mutating func fold(_ text: String) -> [UInt8] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        append(text, to: &bytes)
        return bytes
    }

    /// Appends the folded UTF-8 bytes of a text; control characters become spaces.
    public mutating func append(_ text: String, to bytes: inout [UInt8]) {
        if text.utf8.allSatisfy({ $0 < 0x80 }) {
            for byte in text.utf8 {
                switch byte {
                case 0x41...0x5A: bytes.append(byte | 0x20)
                case 0x00...0x1F, 0x7F: bytes.append(0x20)
                default: bytes.append(byte)
                }
            }
            return
        }
        for scalar in text.unicodeScalars {
            if scalar.isASCII {
                let byte = UInt8(scalar.value)
                switch byte {
                case 0x41...0x5A: bytes.append(byte | 0x20)
                case 0x00...0x1F, 0x7F: bytes.append(0x20)
                default: bytes.append(byte)
                }
            } else if let folded = cache[scalar] {
                bytes += folded
            } else {
                let folded = Array(
                    String(Character(scalar)).folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
                        .utf8)
                cache[scalar] = folded
                bytes += folded
            }
        }
    }
}
