import Foundation

/// Folds text for searching: case and diacritics ignored, so "sümmit" finds "Summit" and
/// "ISLAMABAD" finds "Islamabad".
///
/// ASCII is folded byte by byte; every other character is folded once by Foundation and
/// remembered — characters below U+0800 (Latin, Greek, Cyrillic, Arabic and Urdu among them)
/// in a flat table of up to three folded bytes read straight from their two UTF-8 bytes, the
/// rest in a dictionary — so folding a million titles costs a table lookup per character.
public struct TextFolding {
    /// For each scalar below U+0800: 0 when not folded yet; else its folded bytes (at most
    /// three, in the low bytes) and their count in the high byte, or 0xFF there when the
    /// folded text is longer (it is then in `cache`).
    private var small = [UInt32](repeating: 0, count: 0x800)
    private var cache: [Unicode.Scalar: [UInt8]] = [:]
    /// Where a text is folded before it is appended, reused from text to text.
    private var scratch = [UInt8](repeating: 0, count: 256)

    /// Creates a folder with an empty cache.
    public init() {}

    /// The folded UTF-8 bytes of a text.
    public mutating func fold(_ text: String) -> [UInt8] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        append(text, to: &bytes)
        return bytes
    }

    /// Appends the folded UTF-8 bytes of a text.
    public mutating func append(_ text: String, to bytes: inout [UInt8]) {
        var text = text
        text.withUTF8 { utf8 in append(utf8, to: &bytes) }
    }

    /// Appends the folded bytes of valid UTF-8 (a string's own bytes).
    mutating func append(_ utf8: UnsafeBufferPointer<UInt8>, to bytes: inout [UInt8]) {
        // Folded into the scratch buffer through a pointer (a byte at a time through
        // `append` would cost more than the folding), then appended at once. A scalar folds
        // to at most 4 bytes per byte of its own (a few ligatures and Greek letters lengthen).
        let needed = utf8.count * 4
        if scratch.count < needed { scratch = [UInt8](repeating: 0, count: needed * 2) }
        var written = 0
        var index = 0
        while index < utf8.count {
            let byte = utf8[index]
            if byte < 0x80 {
                scratch[written] = Self.foldASCII(byte)
                written += 1
                index += 1
                continue
            }
            if byte < 0xE0, index + 1 < utf8.count {
                let scalar = Int(byte & 0x1F) << 6 | Int(utf8[index + 1] & 0x3F)
                var entry = small[scalar]
                if entry == 0 { entry = remember(scalar) }
                let count = Int(entry >> 24)
                if count <= 3 {
                    for offset in 0..<count {
                        scratch[written + offset] = UInt8(truncatingIfNeeded: entry >> (8 * offset))
                    }
                    written += count
                    index += 2
                    continue
                }
            }
            let length = byte < 0xE0 ? 2 : byte < 0xF0 ? 3 : 4
            var value = UInt32(byte & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07))
            for offset in 1..<length where index + offset < utf8.count {
                value = value << 6 | UInt32(utf8[index + offset] & 0x3F)
            }
            let folded = long(Unicode.Scalar(value) ?? "\u{FFFD}")
            for (offset, folded) in folded.prefix(length * 4).enumerated() { scratch[written + offset] = folded }
            written += min(folded.count, length * 4)
            index += length
        }
        bytes.append(contentsOf: scratch[0..<written])
    }

    /// Folds a scalar below U+0800 and remembers it; its table entry.
    private mutating func remember(_ scalar: Int) -> UInt32 {
        let folded = foundationFold(Unicode.Scalar(UInt32(scalar)) ?? "\u{FFFD}")
        var entry: UInt32
        if folded.count <= 3 {
            entry = UInt32(folded.count) << 24
            for (offset, byte) in folded.enumerated() { entry |= UInt32(byte) << (8 * offset) }
        } else {
            entry = 0xFF << 24
        }
        small[scalar] = entry
        return entry
    }

    /// The folded bytes of a scalar the table does not hold.
    private mutating func long(_ scalar: Unicode.Scalar) -> [UInt8] {
        if let known = cache[scalar] { return known }
        let folded = foundationFold(scalar)
        cache[scalar] = folded
        return folded
    }

    /// An ASCII byte folded: letters in lower case, control characters as spaces.
    private static func foldASCII(_ byte: UInt8) -> UInt8 {
        switch byte {
        case 0x41...0x5A: byte | 0x20
        case 0x00...0x1F, 0x7F: 0x20
        default: byte
        }
    }

    private func foundationFold(_ scalar: Unicode.Scalar) -> [UInt8] {
        Array(String(Character(scalar)).folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil).utf8)
    }
}
