/// How the bytes of a table are text.
public enum TableEncoding: String, CaseIterable, Sendable {
    /// UTF-8 (the default); a byte sequence that is not UTF-8 is an error with its line.
    case utf8 = "utf-8"
    /// Windows-1252, as many spreadsheet and UN Comtrade downloads are written.
    case windows1252 = "windows-1252"
    /// ISO 8859-1 (Latin-1): every byte is the code point of the same number.
    case latin1 = "latin-1"
    /// UTF-8 where a field is valid UTF-8, else Windows-1252 (Latin-1 for the five bytes
    /// Windows-1252 leaves undefined) — for files, such as UN Comtrade downloads, that tools
    /// wrote either way. Never an error.
    case automatic = "auto"

    /// The encoding a name means: `utf-8`/`utf8`, `windows-1252`/`cp1252`, `latin-1`/`latin1`/`iso-8859-1`.
    public init?(name: String) {
        switch name.lowercased() {
        case "utf-8", "utf8": self = .utf8
        case "windows-1252", "cp1252", "win-1252": self = .windows1252
        case "latin-1", "latin1", "iso-8859-1", "iso8859-1": self = .latin1
        case "auto": self = .automatic
        default: return nil
        }
    }

    /// The text of some bytes; nil when they are not valid in this encoding.
    private func decode(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        switch self {
        case .utf8:
            return Self.isValidUTF8(bytes) ? String(decoding: bytes, as: UTF8.self) : nil
        case .automatic:
            if Self.isValidUTF8(bytes) { return String(decoding: bytes, as: UTF8.self) }
            return Self.windows1252.decode(bytes) ?? Self.latin1.decode(bytes)
        case .latin1:
            return String(String.UnicodeScalarView(bytes.map { Unicode.Scalar($0) }))
        case .windows1252:
            if !bytes.contains(where: { $0 >= 0x80 }) { return String(decoding: bytes, as: UTF8.self) }
            var scalars = String.UnicodeScalarView()
            for byte in bytes {
                if (0x80...0x9F).contains(byte) {
                    let mapped = Self.windows1252High[Int(byte - 0x80)]
                    guard mapped != 0, let scalar = Unicode.Scalar(mapped) else { return nil }
                    scalars.append(scalar)
                } else {
                    scalars.append(Unicode.Scalar(byte))
                }
            }
            return String(scalars)
        }
    }

    /// Appends the UTF-8 of some bytes' text to a buffer; false (nothing appended) when they
    /// are not valid in this encoding. UTF-8, and ASCII in any encoding, is copied as it is.
    func appendUTF8(_ bytes: UnsafeBufferPointer<UInt8>, to buffer: inout [UInt8]) -> Bool {
        switch self {
        case .utf8, .automatic:
            if Self.isValidUTF8(bytes) {
                buffer.append(contentsOf: bytes)
                return true
            }
            if self == .utf8 { return false }
        case .latin1, .windows1252:
            if !bytes.contains(where: { $0 >= 0x80 }) {
                buffer.append(contentsOf: bytes)
                return true
            }
        }
        guard let text = decode(bytes) else { return false }
        buffer.append(contentsOf: text.utf8)
        return true
    }

    /// Whether bytes are well-formed UTF-8 (no overlong forms, surrogates or values past
    /// U+10FFFF), checked byte by byte with an ASCII fast path.
    static func isValidUTF8(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        let count = bytes.count
        while index < count {
            let lead = bytes[index]
            if lead < 0x80 {
                index += 1
                continue
            }
            let length: Int
            var low: UInt8 = 0x80
            var high: UInt8 = 0xBF
            switch lead {
            case 0xC2...0xDF: length = 2
            case 0xE0: (length, low) = (3, 0xA0)
            case 0xE1...0xEC, 0xEE...0xEF: length = 3
            case 0xED: (length, high) = (3, 0x9F)
            case 0xF0: (length, low) = (4, 0x90)
            case 0xF1...0xF3: length = 4
            case 0xF4: (length, high) = (4, 0x8F)
            default: return false
            }
            guard index + length <= count else { return false }
            let second = bytes[index + 1]
            guard second >= low && second <= high else { return false }
            for offset in 2..<max(2, length) where bytes[index + offset] & 0xC0 != 0x80 { return false }
            index += length
        }
        return true
    }

    /// Windows-1252's characters for 0x80–0x9F (0 where it has none).
    static let windows1252High: [UInt32] = [
        0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0,
        0x017D, 0, 0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A,
        0x0153, 0, 0x017E, 0x0178,
    ]
}
