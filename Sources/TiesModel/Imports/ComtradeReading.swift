extension RelationDecoder {
    /// Reads the UN Comtrade files a relation's trade section names (`comtrade: [...]`): the
    /// figures each party reports of its trade with the other, their composition by HS
    /// chapter, and one source per reporter. Files are matched to the parties by their ISO
    /// alpha-3 codes (a party's `iso3`, else its code). Nil when nothing could be read
    /// (reported).
    func comtrade(_ files: [TableFile], currency: String, unit: TradeUnit) -> ComtradeFigures? {
        guard let first = files.first else { return nil }
        guard currency.uppercased() == "USD" else {
            sink.error(
                "UN Comtrade values are US dollars; this trade section is in \(currency)", at: first.citedAt,
                path: first.citedPath)
            return nil
        }
        guard parties.count == 2 else { return nil }
        let reader = ComtradeReader(pair: (parties[0].alpha3, parties[1].alpha3), sink: sink)
        var data = ComtradeReader.Data()
        for file in files {
            guard let (table, header) = TableReading.open(file, self, defaultEncoding: .automatic) else { continue }
            reader.read(table, header: header, into: &data)
        }
        if data.rows > 0 && data.pairRows == 0 {
            reportNothingBetweenThePair("rows", codesSeen: data.codesSeen.subtracting(["W00", "WLD"]), cited: first)
            return nil
        }
        let figures = ComtradeFigures(data, parties: parties, unit: unit)
        defineImported(figures.sources, cited: first)
        if let note = ComtradeFigures.skippedNote(data) {
            sink.report(.note, note, at: first.citedAt, path: first.citedPath)
        }
        return figures
    }
}
