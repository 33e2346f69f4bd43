/// Builds a complete relation from data files alone, for `ties import`: UN Comtrade
/// downloads become trade figures (each side's own, the mirror pairs among them) and their
/// composition by HS chapter; GDELT exports become the pair's news events.
///
/// The parties are named by the ISO alpha-3 codes given (`RUS:PAK`), which are also their
/// codes in the relation; their names come from the files. The relation's date is today.
public enum RelationImport {
    /// A relation of the trade the Comtrade files report between the pair.
    public static func comtrade(
        files: [String], pair: (String, String), tables: TableOptions = TableOptions()
    ) throws(LoadFailure) -> RelationLoader.Loaded {
        try build(files: files, pair: pair, tables: tables) { decoder, citations in
            guard let imported = decoder.comtrade(citations, currency: "USD", unit: .million) else { return nil }
            return Parts(
                names: imported.names,
                trade: Trade(
                    currency: "USD", unit: .million, figures: imported.figures, composition: imported.composition),
                events: [], what: "UN Comtrade")
        }
    }

    /// A relation of the news events the GDELT files hold between the pair.
    public static func gdelt(
        files: [String], pair: (String, String), tables: TableOptions = TableOptions()
    ) throws(LoadFailure) -> RelationLoader.Loaded {
        try build(files: files, pair: pair, tables: tables) { decoder, citations in
            var events = EventStore()
            let names = decoder.gdeltWithNames(citations, into: &events)
            guard !events.isEmpty else { return nil }
            return Parts(
                names: names, trade: Trade(currency: "USD", unit: .million, figures: []), events: events,
                what: "news events from GDELT")
        }
    }

    private struct Parts {
        var names: [String: String]
        var trade: Trade
        var events: EventStore
        var what: String
    }

    private static func build(
        files: [String], pair: (String, String), tables: TableOptions,
        read: (RelationDecoder, [TableFile]) -> Parts?
    ) throws(LoadFailure) -> RelationLoader.Loaded {
        let name = files.first ?? "-"
        let sink = DiagnosticSink(file: name)
        let decoder = RelationDecoder(sink: sink, tables: tables)
        decoder.parties = [Party(code: pair.0, name: pair.0), Party(code: pair.1, name: pair.1)]
        let citations = files.map { file in
            TableFile(path: file, written: file, citedAt: FileLocation.start(of: file), citedPath: "")
        }
        let parts = read(decoder, citations)
        guard let parts, !sink.hasErrors else {
            if !sink.hasErrors {
                sink.error(
                    "the files hold nothing between \(pair.0) and \(pair.1)", at: FileLocation.start(of: name), path: ""
                )
            }
            throw sink.failure
        }
        let parties = decoder.parties.map { party in
            Party(code: party.code, name: parts.names[party.code] ?? party.code)
        }
        let relation = Relation(
            title: "\(parties[0].name)–\(parties[1].name) (\(parts.what))", parties: parties, asOf: Day.today,
            sources: decoder.addedSources, trade: parts.trade, claims: [], events: parts.events,
            sectors: [])
        return RelationLoader.Loaded(relation: relation, warnings: sink.sortedDiagnostics, locations: decoder.locations)
    }
}
