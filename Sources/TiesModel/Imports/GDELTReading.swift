extension RelationDecoder {
    /// Reads the GDELT exports a relation's events section names (`gdelt: [...]`, `.zip`
    /// files too): the news events between the two parties, matched by their ISO alpha-3
    /// codes (a party's `iso3`, else its code), citing GDELT. They form the news layer of the
    /// timeline, apart from the curated events.
    func gdelt(_ files: [TableFile], into events: inout EventStore) {
        gdeltWithNames(files, into: &events)
    }

    /// Adds the news events to a store; the names the files most often give the parties'
    /// countries.
    @discardableResult
    func gdeltWithNames(_ files: [TableFile], into events: inout EventStore) -> [String: String] {
        guard let first = files.first, parties.count == 2 else { return [:] }
        let reader = GDELTReader(pair: (parties[0].alpha3, parties[1].alpha3), sink: sink)
        var tally = GDELTReader.Tally()
        let before = events.count
        for file in files {
            guard
                let (table, firstRow) = TableReading.open(
                    file, self, defaultEncoding: .automatic, separator: 0x09, quoting: false)
            else { continue }
            table.wanted = GDELTReader.wanted
            func take(_ record: DelimitedReader.Record) {
                guard let event = reader.event(record, file: table.file, tally: &tally) else { return }
                guard eventIDs.insert(event.id).inserted else { return }
                events.append(event)
                locations.events.append(FileLocation(file: table.file, line: record.line, column: 1))
            }
            take(firstRow)
            TableReading.forEachRow(table, sink, take)
        }
        if tally.rows > 0 && events.count == before && tally.skipped == tally.rows {
            reportNothingBetweenThePair("events", codesSeen: tally.codesSeen, cited: first)
            return [:]
        }
        defineImported([GDELTReader.source], cited: first)
        if tally.skipped > 0 {
            sink.report(
                .note,
                "skipped \(tally.skipped.counting("GDELT row")) not between the pair",
                at: first.citedAt, path: first.citedPath)
        }
        var names: [String: String] = [:]
        for party in parties { names[party.alpha3] = tally.name(of: party.alpha3) }
        return names
    }
}
