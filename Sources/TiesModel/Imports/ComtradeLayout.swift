/// The two layouts of UN Comtrade downloads, told apart by their header, and where each
/// keeps what ties reads.
///
/// - The current layout (Comtrade Plus, 47 columns): `typeCode,freqCode,refPeriodId,refYear,
///   refMonth,period,reporterCode,reporterISO,…,cmdCode,cmdDesc,aggrLevel,…,primaryValue,…`,
///   in camelCase or in the PascalCase of web exports (which spell `Prtner2Code` and
///   `AtlQty`); `refMonth` 52 marks annual data.
/// - The legacy layout (35 columns): `Classification,Year,Period,Period Desc.,Aggregate
///   Level,…,Trade Flow Code,Trade Flow,…,Commodity Code,…,Trade Value (US$),…,Flag`.
struct ComtradeLayout {
    /// What ties reads from a row.
    enum Column {
        case reporter, reporterName, partner, partnerName, flow, period, commodity, commodityName, level, value
        case frequency, partner2, customs, transport
    }

    /// Which layout.
    enum Kind: String {
        case current = "the current UN Comtrade layout (47 columns)"
        case legacy = "the legacy UN Comtrade layout (35 columns)"
    }

    /// The number of columns of the header.
    let width: Int
    private let indexes: [Column: Int]
    private let names: [Column: String]

    /// Column names in each layout (lower case; the first name found is used).
    private static let current: [Column: [String]] = [
        .reporter: ["reporteriso"], .reporterName: ["reporterdesc"], .partner: ["partneriso"],
        .partnerName: ["partnerdesc"], .flow: ["flowcode"], .period: ["period"], .commodity: ["cmdcode"],
        .commodityName: ["cmddesc"], .level: ["aggrlevel"], .value: ["primaryvalue"], .frequency: ["freqcode"],
        .partner2: ["partner2code", "prtner2code"], .customs: ["customscode"], .transport: ["motcode"],
    ]
    private static let legacy: [Column: [String]] = [
        .reporter: ["reporter iso"], .reporterName: ["reporter"], .partner: ["partner iso"],
        .partnerName: ["partner"], .flow: ["trade flow code", "trade flow"], .period: ["period"],
        .commodity: ["commodity code"], .commodityName: ["commodity"], .level: ["aggregate level"],
        .value: ["trade value (us$)"],
    ]
    /// The columns a file must have.
    private static let required: [Column] = [.reporter, .partner, .flow, .period, .commodity, .value]

    /// The layout of a header, or nil (reported) when it is neither: the message says which
    /// layout the header looked like and which columns it lacks.
    init?(header: DelimitedReader.Record, file: String, sink: DiagnosticSink) {
        let written = header.fields.map { ($0 ?? "").lowercased() }
        func match(_ table: [Column: [String]]) -> [Column: Int] {
            var found: [Column: Int] = [:]
            for (column, candidates) in table {
                for name in candidates {
                    if let index = written.firstIndex(of: name) {
                        found[column] = index
                        break
                    }
                }
            }
            return found
        }
        let currentMatch = match(Self.current)
        let legacyMatch = match(Self.legacy)
        let kind: Kind = currentMatch.count >= legacyMatch.count ? .current : .legacy
        let (table, found) = kind == .current ? (Self.current, currentMatch) : (Self.legacy, legacyMatch)
        let missing = Self.required.filter { found[$0] == nil }
        guard missing.isEmpty else {
            let names = missing.compactMap { table[$0]?.first }.map { "'\($0)'" }
            sink.error(
                "not a UN Comtrade download: the header looks most like \(kind.rawValue) but lacks "
                    + names.joined(separator: ", "),
                at: header.location(of: 0, in: file), path: "")
            return nil
        }
        width = header.fields.count
        indexes = found
        names = found.reduce(into: [:]) { names, pair in names[pair.key] = header.fields[pair.value] ?? "" }
    }

    /// Which columns are read: the others are skipped without being decoded. The field after
    /// the last column is read too: a download ends each row with a comma, and anything but
    /// an empty field there is an error.
    var wanted: [Bool] {
        var wanted = [Bool](repeating: false, count: width + 1)
        for index in indexes.values { wanted[index] = true }
        wanted[width] = true
        return wanted
    }

    /// The index of a column, if the file has it.
    func index(_ column: Column) -> Int? { indexes[column] }

    /// The name a column has in the file, for messages.
    func name(_ column: Column) -> String { names[column] ?? "\(column)" }
}
