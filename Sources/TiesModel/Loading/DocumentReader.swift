import Foundation
import Yams

/// Reads a data file into a YAML node tree, reporting each way it can fail with a location.
///
/// Shared by relation and theme loading: a missing file, a directory, unreadable bytes,
/// text that is not UTF-8, an empty document and YAML syntax errors all become diagnostics.
public enum DocumentReader {
    /// Reads the file at `path` and parses it as YAML; `displayName` is used in diagnostics.
    public static func node(
        fromFileAt path: String, displayName: String? = nil
    ) throws(LoadFailure) -> Node {
        let name = displayName ?? path
        let data = try bytes(ofFileAt: path, displayName: name)
        return try node(from: data, file: name)
    }

    /// Parses bytes as a YAML document; `file` names it in diagnostics.
    public static func node(from data: Data, file: String) throws(LoadFailure) -> Node {
        try node(from: try text(from: data, file: file), file: file)
    }

    /// Parses text as a YAML document; `file` names it in diagnostics.
    public static func node(from text: String, file: String) throws(LoadFailure) -> Node {
        let root: Node?
        do {
            // The basic resolver leaves plain scalars untyped; ``ScalarKind`` types them without
            // the regular expressions Yams' default resolver runs on every tag lookup.
            root = try Yams.compose(yaml: text, .basic)
        } catch let error as YamlError {
            throw invalid(file, syntaxDiagnostic(error, file: file))
        } catch {
            throw invalid(file, at: (1, 1), "cannot parse: \(error)")
        }
        guard let root else {
            throw invalid(file, at: (1, 1), "the document holds no data, only comments or blank lines")
        }
        return root
    }

    /// Reads a file's bytes, or fails as unreadable.
    public static func bytes(ofFileAt path: String, displayName: String) throws(LoadFailure) -> Data {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw unreadable(displayName, "cannot read the file: no such file")
        }
        guard !isDirectory.boolValue else {
            throw unreadable(displayName, "cannot read the file: it is a directory")
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw unreadable(displayName, "cannot read the file: permission denied or I/O error")
        }
        return data
    }

    /// Decodes bytes as UTF-8 text, failing at the first invalid byte or on an empty file.
    public static func text(from data: Data, file: String) throws(LoadFailure) -> String {
        guard !data.isEmpty else { throw invalid(file, at: (1, 1), "the file is empty") }
        var bytes = [UInt8](data)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        if let offset = firstInvalidUTF8Offset(bytes) {
            let position = lineAndColumn(ofByte: offset, in: bytes)
            let byte = String(bytes[offset], radix: 16, uppercase: true)
            throw invalid(
                file, at: position,
                "the file is not UTF-8 text: byte 0x\(byte.count == 1 ? "0" + byte : byte) at offset \(offset)")
        }
        let text = String(decoding: bytes, as: UTF8.self)
        guard text.contains(where: { !$0.isWhitespace }) else {
            throw invalid(file, at: (1, 1), "the file is empty")
        }
        return text
    }

    // MARK: - Helpers

    static func firstInvalidUTF8Offset(_ bytes: [UInt8]) -> Int? {
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = bytes.makeIterator()
        var offset = 0
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let encoded): offset += encoded.count
            case .emptyInput: return nil
            case .error: return offset
            }
        }
    }

    /// The 1-based line and column (in scalars) of a byte offset in valid UTF-8 before it.
    static func lineAndColumn(ofByte offset: Int, in bytes: [UInt8]) -> (Int, Int) {
        let before = bytes[..<offset]
        let line = before.count(where: { $0 == 0x0A }) + 1
        let lineStart = before.lastIndex(of: 0x0A).map { $0 + 1 } ?? 0
        let column = String(decoding: bytes[lineStart..<offset], as: UTF8.self).unicodeScalars.count + 1
        return (line, column)
    }

    static func syntaxDiagnostic(_ error: YamlError, file: String) -> Diagnostic {
        func make(_ mark: Mark, _ problem: String, _ context: YamlError.Context?) -> Diagnostic {
            var message = "not valid YAML: \(problem)"
            if let context, !context.text.isEmpty {
                message += " (\(context.text) at \(context.mark.line):\(context.mark.column))"
            }
            return Diagnostic(
                severity: .error, file: file, line: mark.line, column: mark.column, path: "",
                message: message)
        }
        switch error {
        case .scanner(let context, let problem, let mark, _),
            .parser(let context, let problem, let mark, _),
            .composer(let context, let problem, let mark, _):
            return make(mark, problem, context)
        case .duplicatedKeysInMapping(let duplicates, let context):
            let keys = duplicates.map { "'\($0)'" }.joined(separator: ", ")
            return Diagnostic(
                severity: .error, file: file, line: context.mark.line, column: context.mark.column,
                path: "", message: "duplicate key \(keys) in one mapping")
        case .reader(let problem, _, _, _):
            return Diagnostic(
                severity: .error, file: file, line: 1, column: 1, path: "",
                message: "not readable as YAML: \(problem)")
        default:
            return Diagnostic(
                severity: .error, file: file, line: 1, column: 1, path: "",
                message: "not valid YAML: \(error)")
        }
    }

    static func invalid(_ file: String, _ diagnostic: Diagnostic) -> LoadFailure {
        LoadFailure(kind: .invalid, diagnostics: [diagnostic])
    }

    static func invalid(_ file: String, at position: (Int, Int), _ message: String) -> LoadFailure {
        invalid(
            file,
            Diagnostic(
                severity: .error, file: file, line: position.0, column: position.1, path: "",
                message: message))
    }

    static func unreadable(_ file: String, _ message: String) -> LoadFailure {
        LoadFailure(
            kind: .unreadable,
            diagnostics: [
                Diagnostic(severity: .error, file: file, line: 1, column: 1, path: "", message: message)
            ])
    }
}
