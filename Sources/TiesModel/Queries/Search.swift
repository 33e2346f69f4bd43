// MARK: - Text search over the small lists
//
// Sectors and trade figures number in the tens, so they are searched directly; events are
// searched through ``RelationIndex``. Every search ignores case and diacritics alike
// (``TextFolding``), so "sümmit" finds "Summit" and "ISLAMABAD" finds "Islamabad".

extension String {
    /// Whether the string contains `text`, ignoring case and diacritics.
    public func containsIgnoringCaseAndDiacritics(_ text: String) -> Bool {
        var folding = TextFolding()
        let needle = folding.fold(text)
        guard !needle.isEmpty else { return true }
        let haystack = folding.fold(self)
        return haystack.withUnsafeBufferPointer { text in
            needle.withUnsafeBufferPointer { query in
                guard let textBase = text.baseAddress, let queryBase = query.baseAddress else { return false }
                return ByteSearch.contains(queryBase, count: query.count, in: textBase, count: text.count)
            }
        }
    }
}

extension Sector {
    /// Whether the sector's name, summary, initiatives, indicators or blockers contain `text`.
    public func matches(text: String) -> Bool {
        ([name, summary ?? ""] + initiatives + indicators.map(\.label) + blockers.map(\.title))
            .contains { $0.containsIgnoringCaseAndDiacritics(text) }
    }
}

extension RelationIndex {
    /// Whether a trade figure's period, note, or sources' titles and publishers contain `text`.
    public func figure(_ figure: TradeFigure, matches text: String) -> Bool {
        let sources = figure.provenance.sources.compactMap(source(id:))
        let fields =
            [figure.period.shortLabel, figure.period.description, figure.note ?? ""]
            + sources.flatMap { [$0.title, $0.publisher ?? ""] }
        return fields.contains { $0.containsIgnoringCaseAndDiacritics(text) }
    }
}
