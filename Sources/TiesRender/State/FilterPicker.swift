import Foundation
import TiesModel

/// The filter picker: a draft of the timeline's filter, edited facet by facet (kind, sector,
/// year, source, confidence) with each value's count under the draft's other facets, applied
/// with `Enter` or dropped with `Esc`.
public struct FilterPicker: Hashable, Sendable {
    /// The facet shown.
    public var facet: EventFilter.Facet = .kind
    /// The highlighted value, an index into the facet's values.
    public var cursor = 0
    /// The filter being composed.
    public var draft: EventFilter
    /// Whether the picker jumps to a year rather than filtering by it (`Enter` moves the
    /// timeline to the year's first event; nothing is filtered).
    public var jumpsToYear = false
    /// The values of the facet shown, counted when the draft or the facet changes — not on
    /// every key or frame, as counting scans every event.
    public private(set) var choices: [Choice] = []
    /// How many events the draft would leave.
    public private(set) var wouldShow = 0

    /// A picker starting from the current filter; with `jumpsToYear`, a year picker for
    /// jumping: the years of the current timeline, with their counts.
    public init(draft: EventFilter, index: RelationIndex, jumpsToYear: Bool = false) {
        self.draft = draft
        self.jumpsToYear = jumpsToYear
        if jumpsToYear { facet = .year }
        count(index)
    }

    /// One value of the facet shown, with how many events it would leave.
    public struct Choice: Hashable, Sendable {
        /// The value as the filter holds it (an id, a year, a word).
        public var value: String
        /// How it is shown (a sector's or a source's name).
        public var label: String
        /// The events it would leave, with the draft's other facets.
        public var count: Int
        /// Whether the draft holds it.
        public var isChosen: Bool
    }

    /// Counts the facet's values and what the draft leaves.
    private mutating func count(_ index: RelationIndex) {
        // A year jump filters nothing, so what the draft leaves is not shown; when the facet
        // has nothing chosen, its values are counted among the events the draft leaves.
        let shown = jumpsToYear ? nil : index.positions(matching: draft)
        wouldShow = shown?.count ?? 0
        let chosen = draft.values(of: facet)
        let base = chosen.isEmpty ? shown : nil
        let counted = index.counts(of: facet, among: base ?? index.positions(matching: draft.clearing(facet))).map {
            value, count in
            let label: String
            switch facet {
            case .sector: label = index.sector(id: value)?.name ?? value
            case .source:
                // A source by its publisher and title, so two from one outlet are told apart.
                let source = index.source(id: value)
                label = source.map { found in found.publisher.map { "\($0): \(found.title)" } ?? found.title } ?? value
            default: label = value
            }
            return Choice(value: value, label: label, count: count, isChosen: chosen.contains(value))
        }
        choices =
            facet == .source
            ? counted.sorted { $0.label.localizedStandardCompare($1.label) == .orderedAscending } : counted
        cursor = max(0, min(cursor, choices.count - 1))
    }

    /// Adds the value under the cursor to the draft, or takes it out.
    public mutating func toggleChoice(_ index: RelationIndex) {
        guard choices.indices.contains(cursor) else { return }
        draft = draft.toggling(choices[cursor].value, in: facet)
        count(index)
    }

    /// Takes every value out of the draft, keeping its text, period and layer.
    public mutating func clearChoices(_ index: RelationIndex) {
        draft = draft.clearingFacets
        count(index)
    }

    /// Moves to the next (or previous) facet (a year jump stays on years).
    public mutating func stepFacet(_ step: Int, index: RelationIndex) {
        guard !jumpsToYear else { return }
        let all = EventFilter.Facet.allCases
        let current = all.firstIndex(of: facet) ?? 0
        facet = all[(current + step + all.count) % all.count]
        cursor = 0
        count(index)
    }
}
