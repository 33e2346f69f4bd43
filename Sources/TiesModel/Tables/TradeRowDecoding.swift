extension RelationDecoder {
    /// A trade figure from a row of a trade table: `period`, `value` and `measure`
    /// (`turnover` or `exports:CODE`), with the same rules as a relation file's figures.
    func figure(tableRow row: TableRow<TableReading.TradeColumn>) -> TradeFigure? {
        let reporter = row.optional(.reporter) { reference(.party, $0, $1) }
        let period = row.required(.period) {
            read.period($0, $1, reporter: reporter, fiscalYearStart: reporter.flatMap { fiscalStarts[$0] })
        }
        let stated = row.required(.value, read.amount)
        let qualifier = row.optional(.qualifier) { read.word($0, $1, as: Amount.Qualifier.self, naming: "qualifier") }
        let measure = row.required(.measure, measure)
        let sources = row.required(.source) { value, path in
            read.list(value, path) { reference(.source, $0, $1) }
        }
        let confidence = row.required(.confidence) { read.word($0, $1, as: Confidence.self, naming: "confidence") }
        guard let period, let stated, let measure, let sources, !sources.isEmpty, let confidence else { return nil }
        let amount = Amount(stated.value, qualifier: qualifier ?? .exact)
        locations.figures.append(row.location)
        return TradeFigure(
            period: period, reporter: reporter, turnover: measure == .turnover ? amount : nil,
            exports: { if case .exports(let from) = measure { [from: amount] } else { [:] } }(),
            note: row.optional(.note, read.text),
            provenance: Provenance(sources: internList(sources), confidence: confidence))
    }

    /// `turnover`, or `exports:CODE` for a party's exports to the other.
    private func measure(_ value: FieldValue, _ path: String) -> TradeMeasure? {
        guard let text = read.text(value, path) else { return nil }
        if text.lowercased() == "turnover" { return .turnover }
        if text.lowercased().hasPrefix("exports:") {
            let code = FieldValue(.text(String(text.dropFirst("exports:".count)), plain: false), at: value.location)
            return reference(.party, code, path).map { .exports(from: $0) }
        }
        read.sink.error(
            "expected a measure 'turnover' or 'exports:CODE' (a party's exports), found \(FieldReading.quoted(text))",
            at: value, path: path)
        return nil
    }
}
