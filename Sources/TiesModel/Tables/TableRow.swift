/// The columns of a table: which field each holds, how messages name it, and what a row
/// gets when it leaves a field out.
final class TableColumns<Field: FieldName> {
    /// The file's name in diagnostics.
    let file: String
    private let columnOfField: [Field: Int]
    private let paths: [Field: String]
    private let lists: Set<Field>
    private let numbers: Set<Field>
    /// What a row gets for a field it has no value for (an absent column or an empty cell).
    var defaults: [Field: String] = [:]

    /// Maps a header to fields, matching names case-insensitively (`aliases` adds other
    /// names); reports unknown columns in one warning and each missing required one.
    init?(
        header: DelimitedReader.Record, file: String, required: [Field], lists: Set<Field>, numbers: Set<Field>,
        aliases: [String: Field] = [:], optionalNote: String = "", sink: DiagnosticSink
    ) {
        self.file = file
        self.lists = lists
        self.numbers = numbers
        var columnOfField: [Field: Int] = [:]
        var paths: [Field: String] = [:]
        var unknown: [String] = []
        for (index, name) in header.fields.enumerated() {
            let written = (name ?? "").trimmingSpaces
            let key = written.lowercased()
            guard !key.isEmpty else { continue }
            guard let field = Field.allCases.first(where: { $0.rawValue.lowercased() == key }) ?? aliases[key] else {
                unknown.append(written)
                continue
            }
            if columnOfField[field] == nil {
                columnOfField[field] = index
                paths[field] = "column \(written)"
            }
        }
        let names = Field.allCases.map(\.rawValue)
        if !unknown.isEmpty {
            sink.warning(
                "unknown column\(unknown.count == 1 ? "" : "s") "
                    + unknown.map { FieldReading.quoted($0) + Suggestion.hint(for: $0, in: names) }.joined(
                        separator: ", ")
                    + " ignored" + optionalNote,
                at: header.location(of: 0, in: file), path: "")
        }
        var complete = true
        for field in required where columnOfField[field] == nil {
            sink.error(
                "the table has no column '\(field.rawValue)'; it needs "
                    + required.map { "'\($0.rawValue)'" }.joined(separator: ", "),
                at: header.location(of: 0, in: file), path: "")
            complete = false
        }
        guard complete else { return nil }
        self.columnOfField = columnOfField
        self.paths = paths
    }

    /// Whether the table has a column for a field.
    func has(_ field: Field) -> Bool { columnOfField[field] != nil }

    func column(_ field: Field) -> Int? { columnOfField[field] }
    func path(_ field: Field) -> String { paths[field] ?? "column \(field.rawValue)" }
    func isList(_ field: Field) -> Bool { lists.contains(field) }
    func isNumber(_ field: Field) -> Bool { numbers.contains(field) }
}

/// One row of a table, read by field name like a YAML record.
struct TableRow<Field: FieldName>: FieldAccess {
    let columns: TableColumns<Field>
    let record: DelimitedReader.Record
    let reading: FieldReading

    var location: FileLocation { FileLocation(file: columns.file, line: record.line, column: 1) }
    var path: String { "" }

    func value(_ field: Field) -> FieldValue? {
        guard let index = columns.column(field), let cell = record.field(index) else {
            return defaultValue(field)
        }
        let text = cell.trimmingSpaces
        guard !text.isEmpty else { return defaultValue(field) }
        return FieldValue(
            .text(text, plain: columns.isNumber(field)), at: record.location(of: index, in: columns.file),
            listSeparator: columns.isList(field) ? ";" : nil)
    }

    func path(_ field: Field) -> String { columns.path(field) }

    private func defaultValue(_ field: Field) -> FieldValue? {
        columns.defaults[field].map {
            FieldValue(.text($0, plain: false), at: location, listSeparator: columns.isList(field) ? ";" : nil)
        }
    }

    /// An empty cell or an absent column, said of the cell — unless the cell's text could not
    /// be decoded, which the reader has reported already.
    func reportMissing(_ field: Field) {
        if let index = columns.column(field), index < record.count, !record.isDecoded(index) {
            return
        }
        let place = columns.column(field).map { record.location(of: $0, in: columns.file) } ?? location
        reading.sink.error("the cell is empty; every row needs a value here", at: place, path: path(field))
    }
}
