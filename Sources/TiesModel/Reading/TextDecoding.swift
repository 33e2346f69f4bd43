/// Turns a file's bytes into text, reporting the first byte that is not UTF-8 or a control
/// character a text file may not hold, at its own line and column.
public enum TextDecoding {
    /// Decodes UTF-8 (a leading byte-order mark is dropped); fails on an empty file or invalid
    /// UTF-8.
    public static func utf8(_ bytes: [UInt8], file: String) throws(LoadFailure) -> String {
        var start = 0
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { start = 3 }
        let body = bytes[start...]
        guard body.contains(where: { !isSpace($0) }) else { throw invalid(file, 1, 1, "the file is empty") }
        if let offset = firstInvalidUTF8Offset(body) {
            let (line, column) = lineAndColumn(ofByte: offset, in: body)
            let byte = String(bytes[offset], radix: 16, uppercase: true)
            throw invalid(
                file, line, column,
                "the file is not UTF-8 text: byte 0x\(byte.count == 1 ? "0" + byte : byte) at offset \(offset)")
        }
        return String(decoding: body, as: UTF8.self)
    }

    /// Fails at the first control character other than tab, line feed and carriage return.
    public static func rejectControlCharacters(_ text: String, file: String) throws(LoadFailure) {
        guard let (line, column, scalar) = firstControlCharacter(text) else { return }
        throw invalid(
            file, line, column,
            "a control character \(name(of: scalar)) in the text; a data file cannot hold one"
                + " (write it as an escape in a double-quoted string)")
    }

    /// The first invalid UTF-8 byte's offset, if any.
    static func firstInvalidUTF8Offset(_ bytes: ArraySlice<UInt8>) -> Int? {
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = bytes.makeIterator()
        var offset = bytes.startIndex
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let encoded): offset += encoded.count
            case .emptyInput: return nil
            case .error: return offset
            }
        }
    }

    /// The 1-based line and column (in scalars) of a byte offset, counting valid UTF-8 before it.
    static func lineAndColumn(ofByte offset: Int, in bytes: ArraySlice<UInt8>) -> (Int, Int) {
        let before = bytes[bytes.startIndex..<offset]
        let line = before.count(where: { $0 == 0x0A }) + 1
        let lineStart = before.lastIndex(of: 0x0A).map { $0 + 1 } ?? bytes.startIndex
        let column = String(decoding: bytes[lineStart..<offset], as: UTF8.self).unicodeScalars.count + 1
        return (line, column)
    }

    /// The line, column and scalar of the first control character YAML does not allow.
    static func firstControlCharacter(_ text: String) -> (Int, Int, Unicode.Scalar)? {
        var line = 1
        var column = 1
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x0A:
                line += 1
                column = 1
                continue
            case 0x09, 0x0D, 0x85:
                break
            case 0x00...0x1F, 0x7F...0x9F:
                return (line, column, scalar)
            default:
                break
            }
            column += 1
        }
        return nil
    }

    /// `U+0000 (NUL)`, `U+001B (ESC)`, `U+0085`.
    static func name(of scalar: Unicode.Scalar) -> String {
        let names: [UInt32: String] = [0: "NUL", 0x07: "BEL", 0x08: "BS", 0x0C: "FF", 0x1B: "ESC", 0x7F: "DEL"]
        let hex = String(scalar.value, radix: 16, uppercase: true)
        let code = "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
        return names[scalar.value].map { "\(code) (\($0))" } ?? code
    }

    private static func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 }

    static func invalid(_ file: String, _ line: Int, _ column: Int, _ message: String) -> LoadFailure {
        LoadFailure(
            kind: .invalid,
            diagnostics: [
                Diagnostic(severity: .error, file: file, line: line, column: column, path: "", message: message)
            ])
    }
}
