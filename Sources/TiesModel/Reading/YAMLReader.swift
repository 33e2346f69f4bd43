internal import Yams

/// Parses YAML (and JSON, which is YAML) into ``FieldValue``s: the only place ties uses Yams.
///
/// Mappings are wrapped, not copied: their fields are converted as a decoder asks for them.
/// Syntax errors become located diagnostics in ties' own words.
enum YAMLReader {
    /// The document's root value; fails on a syntax error or a document with no data.
    static func root(text: String, file: String) throws(LoadFailure) -> FieldValue {
        if let tag = plainStringTag(in: text) {
            throw TextDecoding.invalid(
                file, tag.line, tag.column,
                "the YAML tag !!str before a bare value is not supported; put the value in quotes instead")
        }
        let root: Node?
        do {
            // The basic resolver leaves plain scalars untyped; ``PlainScalar`` types them without
            // the regular expressions Yams' default resolver runs on every tag lookup.
            root = try Yams.compose(yaml: JSONEscapes.joiningSurrogatePairs(text), .basic)
        } catch let error as YamlError {
            throw LoadFailure(kind: .invalid, diagnostics: [syntaxDiagnostic(error, file: file)])
        } catch {
            throw TextDecoding.invalid(file, 1, 1, "cannot parse the file as YAML")
        }
        guard let root else {
            throw TextDecoding.invalid(file, 1, 1, "the document holds no data, only comments or blank lines")
        }
        return value(root, file: file)
    }

    static func value(_ node: Node, file: String) -> FieldValue {
        let location = FileLocation(file: file, line: node.mark?.line ?? 1, column: node.mark?.column ?? 1)
        switch node {
        case .scalar(let scalar):
            let tag = scalar.tag.description
            let plain = scalar.style == .plain || scalar.style == .any
            switch tag {
            case Tag.Name.str.rawValue, Tag.Name.implicit.rawValue, Tag.Name.nonSpecific.rawValue:
                return FieldValue(.text(scalar.string, plain: plain), at: location)
            case Tag.Name.int.rawValue, Tag.Name.float.rawValue, Tag.Name.bool.rawValue, Tag.Name.null.rawValue:
                return FieldValue(.text(scalar.string, plain: true), at: location)
            default:
                return FieldValue(.unsupported(unsupportedTag(tag)), at: location)
            }
        case .mapping(let mapping):
            guard Self.isDefault(mapping.tag, .map) else {
                return FieldValue(.unsupported(unsupportedTag(mapping.tag.description)), at: location)
            }
            return FieldValue(.record(YAMLRecord(mapping: mapping, location: location)), at: location)
        case .sequence(let sequence):
            guard Self.isDefault(sequence.tag, .seq) else {
                return FieldValue(.unsupported(unsupportedTag(sequence.tag.description)), at: location)
            }
            return FieldValue(.list(sequence.map { value($0, file: file) }), at: location)
        case .alias:
            return FieldValue(.unsupported("an alias"), at: location)
        }
    }

    /// Whether a collection's tag is its kind's own (written or implicit).
    private static func isDefault(_ tag: Tag, _ name: Tag.Name) -> Bool {
        [name.rawValue, Tag.Name.implicit.rawValue, Tag.Name.nonSpecific.rawValue].contains(tag.description)
    }

    private static func unsupportedTag(_ tag: String) -> String {
        let short = tag.hasPrefix("tag:yaml.org,2002:") ? "!!" + tag.dropFirst("tag:yaml.org,2002:".count) : tag
        return "a value tagged \(FieldReading.quoted(short)) (ties reads text, numbers, lists and mappings;"
            + " tags other than !!str, !!int, !!float, !!bool, !!null, !!map and !!seq are not supported)"
    }

    /// Where `!!str` stands before a bare (unquoted) value: the one tag the basic resolver
    /// cannot tell from an untagged value, so it is refused rather than silently ignored.
    static func plainStringTag(in text: String) -> (line: Int, column: Int)? {
        guard ByteSearch.contains("!!str", in: text) else { return nil }
        var line = 1
        for row in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var search = row[...]
            while let range = search.range(of: "!!str") {
                let before = row[..<range.lowerBound].last
                let after = row[range.upperBound...].drop { $0 == " " || $0 == "\t" }.first
                let startsToken = before == nil || " \t[{,:-".contains(before ?? " ")
                let quoted = after == "\"" || after == "'" || after == "|" || after == ">"
                if startsToken && !quoted && row[range.upperBound...].first.map({ $0 == " " || $0 == "\t" }) != false {
                    return (line, row.unicodeScalars.distance(from: row.startIndex, to: range.lowerBound) + 1)
                }
                search = row[range.upperBound...]
            }
            line += 1
        }
        return nil
    }

    static func syntaxDiagnostic(_ error: YamlError, file: String) -> Diagnostic {
        func make(_ line: Int, _ column: Int, _ message: String) -> Diagnostic {
            Diagnostic(severity: .error, file: file, line: line, column: column, path: "", message: message)
        }
        func explain(_ problem: String) -> String {
            if problem.contains("max_nest_level") || problem.contains("nest level") || problem.contains("depth") {
                return "nested deeper than \(LoadLimits.nesting.grouped) levels"
            }
            return "not valid YAML: \(VisibleText.sanitize(problem))"
        }
        switch error {
        case .scanner(let context, let problem, let mark, _),
            .parser(let context, let problem, let mark, _),
            .composer(let context, let problem, let mark, _):
            var message = explain(problem)
            if let context, !context.text.isEmpty, message.hasPrefix("not valid YAML") {
                message += " (\(VisibleText.sanitize(context.text)) at \(context.mark.line):\(context.mark.column))"
            }
            return make(mark.line, mark.column, message)
        case .duplicatedKeysInMapping(let duplicates, let context):
            let keys = duplicates.map { FieldReading.quoted($0) }.joined(separator: ", ")
            return make(context.mark.line, context.mark.column, "duplicate key \(keys) in one mapping")
        case .reader(let problem, _, _, _):
            return make(1, 1, "not readable as YAML: \(VisibleText.sanitize(problem))")
        case .memory:
            return make(1, 1, "the document is too large to parse")
        default:
            return make(1, 1, "not valid YAML")
        }
    }
}

/// One YAML mapping as a record; its values are converted when read.
struct YAMLRecord: FieldRecord {
    let mapping: Node.Mapping
    let location: FileLocation

    func entries() -> [(key: FieldValue, value: FieldValue)] {
        mapping.map { (YAMLReader.value($0.key, file: location.file), YAMLReader.value($0.value, file: location.file)) }
    }
}
