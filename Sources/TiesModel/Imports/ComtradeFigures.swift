/// What UN Comtrade files say of a pair, as ties' trade figures, composition and sources.
///
/// Each reporter's statistics become figures of their own, citing `UN Comtrade, reported by
/// …`: a reporter's exports are the flow from it, its imports the flow from the other party.
/// So Russia's reported exports to Pakistan and Pakistan's reported imports from Russia are
/// two figures for one measure and period — the mirror pair, which ties shows as disputed,
/// side by side, with the gap between them. Imports are valued CIF, exports FOB; each figure
/// says so in its note.
struct ComtradeFigures {
    var figures: [TradeFigure] = []
    var composition: [CommodityFigure] = []
    var sources: [Source] = []
    /// The names the files give the parties, by alpha-3 code.
    var names: [String: String] = [:]

    /// The source id of a reporter's statistics.
    static func sourceID(_ alpha3: String) -> String { "comtrade-\(alpha3.lowercased())" }

    /// Builds figures in `unit` (Comtrade values are US dollars) for the two parties, found in
    /// the files by their alpha-3 codes.
    init(_ data: ComtradeReader.Data, parties: [Party], unit: TradeUnit) {
        let byAlpha3 = Dictionary(parties.map { ($0.alpha3, $0) }, uniquingKeysWith: { first, _ in first })
        names = data.names.filter { byAlpha3[$0.key] != nil }
        // In whole cents first: a sum of dollar amounts carries binary noise (860.8189031200001),
        // and an integer divided by a power of ten is the double nearest the decimal.
        func amount(_ dollars: Double) -> Amount { Amount((dollars * 100).rounded() / (unit.multiplier * 100)) }
        let flows = Set(data.totals.keys).union(data.chapters.keys)
        let reporters = Set(flows.map(\.reporter)).sorted()
        for reporter in reporters {
            guard let party = byAlpha3[reporter] else { continue }
            let name = data.names[reporter] ?? party.name
            sources.append(
                Source(
                    id: Self.sourceID(reporter), title: "UN Comtrade, reported by \(name)",
                    author: "United Nations Statistics Division", url: "https://comtradeplus.un.org/"))
            let provenance = Provenance(sources: [Self.sourceID(reporter)], confidence: .high)
            let periods = Set(data.totals.keys.filter { $0.reporter == reporter }.map(\.period)).sorted()
            for period in periods {
                var dollars: [String: Double] = [:]
                for exporter in parties {
                    let flow = ComtradeReader.Flow(period: period, reporter: reporter, exporter: exporter.alpha3)
                    if let total = data.totals[flow] { dollars[exporter.code] = total }
                }
                let exports = dollars.mapValues(amount)
                // Summed in dollars, converted once.
                let turnover = dollars.count == 2 ? amount(dollars.values.reduce(0, +)) : nil
                figures.append(
                    TradeFigure(
                        period: period, reporter: party.code, turnover: turnover, exports: exports,
                        note: "As \(name) reports it: its imports are valued CIF (with freight and insurance to"
                            + " its border), its exports FOB (at the exporter's border).",
                        provenance: provenance))
            }
            for flow in flows where flow.reporter == reporter {
                guard let exporter = byAlpha3[flow.exporter] else { continue }
                for (chapter, value) in data.chapterValues(of: flow).sorted(by: { $0.key < $1.key }) {
                    composition.append(
                        CommodityFigure(
                            period: flow.period, reporter: party.code, from: exporter.code, chapter: chapter,
                            value: amount(value), provenance: provenance))
                }
            }
        }
        composition.sort {
            ($0.period, $0.reporter, $0.from, $0.chapter) < ($1.period, $1.reporter, $1.from, $1.chapter)
        }
    }

    /// A note on what was skipped, e.g. "skipped 12 rows: 8 world totals, 4 other partners".
    static func skippedNote(_ data: ComtradeReader.Data) -> String? {
        let total = data.skipped.values.reduce(0, +)
        guard total > 0 else { return nil }
        let parts = data.skipped.sorted { ($1.value, $0.key) < ($0.value, $1.key) }.map {
            "\($0.value.grouped) \($0.key)"
        }
        return "skipped \(total.counting("row")) not between the pair: "
            + parts.joined(separator: ", ")
    }
}
