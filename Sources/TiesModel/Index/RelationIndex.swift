import Dispatch
import Synchronization

/// Everything the dashboard asks of a loaded relation, derived once: events in date order,
/// lookups by id, facets per event for filters, folded search text, trade series.
///
/// Built once per load, off the input loop. After that no question scans or sorts all the
/// events: a filter reads compact per-event codes, a search reads one buffer, and a lookup is
/// a dictionary access. Events are addressed by their *position* in date order.
public final class RelationIndex: Sendable {
    /// The relation.
    public let relation: Relation
    /// Where each item starts in its file.
    public let locations: ItemLocations

    /// The event index (into `relation.events`) at each position in date order.
    public let order: [Int32]
    /// The position of each event index.
    private let positionOfEvent: [Int32]

    // Facets per position.
    private let kindCodes: [UInt16]
    /// The kinds, by code.
    private let kindNames: [String]
    private let confidenceCodes: [UInt8]
    private let firstDays: [Int32]
    private let lastDays: [Int32]
    private let startYears: [Int16]
    /// Every year an event starts in.
    private let startingYears: Set<Int>
    private let endYears: [Int16]
    private let sectorCodes: CodeLists
    private let sourceCodes: CodeLists
    private let sectorIDs: [String]
    private let sourceIDs: [String]
    private let planned: [Bool]
    private let isNews: [Bool]
    /// The news events of each month, by `YearMonth.index`.
    public let newsMonths: [Int: NewsMonth]
    /// How many events come from the news layer.
    public let newsEventCount: Int
    private let search: SearchText

    /// Each kind's name and each source's short name as the search text stores text: a query
    /// matches an event whose kind or source it is found in.
    private let foldedKinds: [[UInt8]]
    private let foldedSources: [[UInt8]]
    private let sourceByID: [String: Int]
    private let sectorByID: [String: Int]
    /// The positions of the events linked to each sector id, in date order.
    private let positionsBySector: [String: [Int32]]

    /// Every event kind used, most frequent first, then alphabetically.
    public let eventKinds: [String]
    /// The number of events of each kind.
    public let kindCounts: [String: Int]
    /// The number of events linked to each sector id.
    public let eventCountsBySector: [String: Int]
    /// The measures the trade panel can chart: turnover, then each party's exports.
    public let tradeMeasures: [TradeMeasure]
    /// The series of each measure, in the order of ``tradeMeasures``, for each kind of period.
    private let seriesByKinds: [PeriodKinds: [TradeSeries]]
    /// The figures that state both directions (see ``Relation/balanceSeries``).
    public let balanceSeries: TradeSeries
    /// The composition of each measure in each period that has one, every chapter listed.
    private let compositions: [Period: [TradeMeasure: Composition]]

    /// Builds the index of a relation.
    public init(_ relation: Relation, locations: ItemLocations = ItemLocations()) {
        self.relation = relation
        self.locations = locations
        let events = relation.events
        let count = events.count

        let firstOrdinals = (0..<count).map { Int32(truncatingIfNeeded: events.date(at: $0).firstDay.ordinal) }
        let lastOrdinals = (0..<count).map { Int32(truncatingIfNeeded: events.date(at: $0).lastDay.ordinal) }
        // Sorted as (first day, last day, index) packed in one key, so the sort compares
        // numbers in one array rather than reaching into three.
        var keys = (0..<count).map { index in
            SortKey(
                days: UInt64(UInt32(bitPattern: firstOrdinals[index])) << 32
                    | UInt64(UInt32(bitPattern: lastOrdinals[index])),
                index: Int32(index))
        }
        keys.sort()
        let order = keys.map(\.index)
        keys = []
        self.order = order
        var positions = [Int32](repeating: 0, count: count)
        for (position, event) in order.enumerated() { positions[Int(event)] = Int32(position) }
        let positionOfEvent = positions
        self.positionOfEvent = positionOfEvent

        var built: EventFacets?
        var parts: [SearchText.Part] = []
        let asOf = relation.asOf
        if count < 20_000 {
            built = EventFacets(
                events: events, order: order, positionOfEvent: positionOfEvent, firstDays: firstOrdinals,
                lastDays: lastOrdinals, asOf: asOf)
            parts = [SearchText.Part.fold(events, order: order, positions: 0..<count)]
        } else {
            // Facets on one core while the search text is folded in quarters: the core that
            // finishes first takes the next quarter, so neither waits for the other long.
            let quarters = 4
            let results = Mutex<(EventFacets?, [SearchText.Part?])>((nil, Array(repeating: nil, count: quarters)))
            DispatchQueue.concurrentPerform(iterations: 1 + quarters) { task in
                if task == 0 {
                    let facets = EventFacets(
                        events: events, order: order, positionOfEvent: positionOfEvent, firstDays: firstOrdinals,
                        lastDays: lastOrdinals, asOf: asOf)
                    results.withLock { $0.0 = facets }
                } else {
                    let quarter = (count * (task - 1) / quarters)..<(count * task / quarters)
                    let part = SearchText.Part.fold(events, order: order, positions: quarter)
                    results.withLock { $0.1[task - 1] = part }
                }
            }
            (built, parts) = results.withLock { ($0.0, $0.1.compactMap { $0 }) }
        }
        let facets =
            built
            ?? EventFacets(
                events: [], order: [], positionOfEvent: [], firstDays: [], lastDays: [], asOf: asOf)
        var folding = TextFolding()
        let sourceNames = Dictionary(
            relation.sources.map { ($0.id, $0.shortName) }, uniquingKeysWith: { first, _ in first })
        foldedKinds = facets.kindNames.map { folding.fold($0) }
        foldedSources = facets.sourceIDs.map { folding.fold(sourceNames[$0] ?? $0) }
        kindCodes = facets.kindCodes
        kindNames = facets.kindNames
        confidenceCodes = facets.confidenceCodes
        firstDays = facets.firstDays
        lastDays = facets.lastDays
        startYears = facets.startYears
        startingYears = Set(facets.startYears.map(Int.init))
        endYears = facets.endYears
        planned = facets.planned
        isNews = facets.isNews
        newsMonths = facets.newsMonths
        newsEventCount = facets.newsCount
        sectorCodes = facets.sectorCodes
        sourceCodes = facets.sourceCodes
        sectorIDs = facets.sectorIDs
        sourceIDs = facets.sourceIDs
        search = SearchText(parts: parts)
        positionsBySector = facets.positionsBySector
        eventCountsBySector = facets.positionsBySector.mapValues(\.count)
        let kindNames = facets.kindNames
        let counts = Dictionary(uniqueKeysWithValues: zip(kindNames, facets.kindTally))
        self.kindCounts = counts
        self.eventKinds = kindNames.sorted { (counts[$0] ?? 0, $1) > (counts[$1] ?? 0, $0) }

        sourceByID = Dictionary(
            relation.sources.enumerated().map { ($0.element.id, $0.offset) }, uniquingKeysWith: { first, _ in first })
        sectorByID = Dictionary(
            relation.sectors.enumerated().map { ($0.element.id, $0.offset) }, uniquingKeysWith: { first, _ in first })

        tradeMeasures = relation.tradeMeasures
        balanceSeries = relation.balanceSeries
        compositions = Dictionary(
            uniqueKeysWithValues: Composition.periods(relation.trade).map { period in
                let byMeasure = relation.tradeMeasures.compactMap { measure in
                    Composition(
                        relation.trade, parties: relation.parties, period: period, measure: measure, limit: .max
                    )
                    .map { (measure, $0) }
                }
                return (period, Dictionary(byMeasure, uniquingKeysWith: { first, _ in first }))
            })
        seriesByKinds = Dictionary(
            uniqueKeysWithValues: PeriodKinds.allCases.map { kinds in
                (kinds, relation.tradeMeasures.map { relation.tradeSeries($0, kinds: kinds) })
            })
    }

    /// The composition of a measure in a period, every chapter listed (``Composition/limited(to:)``
    /// lists fewer); nil when the relation has none for them. Built with the index, so a
    /// frame that shows one costs no pass over the relation's commodity figures.
    public func composition(of measure: TradeMeasure, in period: Period) -> Composition? {
        compositions[period]?[measure]
    }

    /// The series of a measure (an index of ``tradeMeasures``, wrapping) with the periods
    /// `kinds` keeps.
    public func tradeSeries(_ measure: Int, kinds: PeriodKinds = .all) -> TradeSeries {
        let series = seriesByKinds[kinds] ?? []
        return series.isEmpty ? TradeSeries(measure: .turnover, figures: []) : series[measure % series.count]
    }

    // MARK: - Events

    /// The number of events.
    public var eventCount: Int { order.count }

    /// The event at a position in date order.
    public func event(at position: Int32) -> Event { relation.events[Int(order[Int(position)])] }

    /// The date of the event at a position, read without making the event.
    public func date(at position: Int32) -> EventDate { relation.events.date(at: Int(order[Int(position)])) }

    /// The position of the event with an id.
    public func position(ofEventID id: String) -> Int32? {
        relation.events.firstIndex(ofID: id).map { positionOfEvent[$0] }
    }

    /// The position of an event index of `relation.events`.
    public func position(ofEventIndex index: Int) -> Int32 { positionOfEvent[index] }

    /// The index in the relation's events of the event at a position.
    public func eventIndex(at position: Int32) -> Int32 { order[Int(position)] }

    /// Whether the event at a position is still to come: marked planned, or (unmarked)
    /// starting after `asOf`.
    public func isPlanned(_ position: Int32) -> Bool { planned[Int(position)] }

    /// Whether the event at a position comes from the news layer.
    public func isNews(_ position: Int32) -> Bool { isNews[Int(position)] }

    /// How many events are curated (not from the news).
    public var curatedEventCount: Int { eventCount - newsEventCount }

    /// The year the event at a position starts in (its heading in the timeline).
    public func startYear(_ position: Int32) -> Int { Int(startYears[Int(position)]) }

    /// The positions of the events linked to a sector, in date order.
    public func positions(inSector id: String) -> [Int32] { positionsBySector[id] ?? [] }

    // MARK: - Lookups

    /// The source with an id, if defined.
    public func source(id: String) -> Source? { sourceByID[id].map { relation.sources[$0] } }

    /// The sector with an id, if defined.
    public func sector(id: String) -> Sector? { sectorByID[id].map { relation.sectors[$0] } }

    /// The short names of a provenance's sources (an undefined id stands for itself).
    public func sourceNames(_ provenance: Provenance) -> [String] {
        provenance.sources.map { source(id: $0)?.shortName ?? $0 }
    }

    /// `The Nation; Arab News · high confidence`.
    public func citation(_ provenance: Provenance, separator: String = " · ") -> String {
        let names = sourceNames(provenance)
        let sources = names.isEmpty ? "no source given" : names.joined(separator: "; ")
        return sources + separator + "\(provenance.confidence.rawValue) confidence"
    }

    // MARK: - Filtering

    /// The positions of the events that pass a filter, in date order.
    ///
    /// One pass over compact per-event codes, then the text search over what passed.
    public func positions(matching filter: EventFilter) -> [Int32] {
        let base = facetPositions(filter)
        guard !filter.text.isEmpty else { return base }
        return positions(base, containing: filter.text)
    }

    /// The positions among `candidates` whose text — title, place, people, description, kind
    /// or sources' names — contains `query`.
    public func positions(_ candidates: [Int32], containing query: String) -> [Int32] {
        let folded = foldedQuery(query)
        guard !folded.isEmpty else { return candidates }
        let kindMatches = foldedKinds.map { SearchText.contains(folded, in: $0) }
        let sourceMatches = Set(
            foldedSources.indices.filter { SearchText.contains(folded, in: foldedSources[$0]) }.map {
                UInt16(truncatingIfNeeded: $0)
            })
        let anyKind = kindMatches.contains(true)
        return search.matches(folded, among: candidates) { position in
            (anyKind && kindMatches[Int(kindCodes[Int(position)])])
                || (!sourceMatches.isEmpty && sourceCodes.contains(any: sourceMatches, at: Int(position)))
        }
    }

    /// A query as the search text stores it.
    public func foldedQuery(_ query: String) -> [UInt8] {
        var folding = TextFolding()
        return folding.fold(query)
    }

    private func facetPositions(_ filter: EventFilter) -> [Int32] {
        let kinds = Set(filter.kinds.compactMap { kindNames.firstIndex(of: $0).map(UInt16.init) })
        let sectors = Set(filter.sectors.compactMap { sectorIDs.firstIndex(of: $0).map(UInt16.init) })
        let sources = Set(filter.sources.compactMap { sourceIDs.firstIndex(of: $0).map(UInt16.init) })
        let confidences = Set(filter.confidences.map(\.code))
        if !filter.kinds.isEmpty && kinds.isEmpty { return [] }
        if !filter.sectors.isEmpty && sectors.isEmpty { return [] }
        if !filter.sources.isEmpty && sources.isEmpty { return [] }
        let spanFirst = filter.span.map { Int32(truncatingIfNeeded: $0.first.ordinal) }
        let spanLast = filter.span.map { Int32(truncatingIfNeeded: $0.last.ordinal) }
        let years = filter.years
        var result: [Int32] = []
        result.reserveCapacity(filter.kinds.isEmpty && filter.sectors.isEmpty ? order.count : 0)
        for position in 0..<order.count {
            if !filter.includesNews && newsEventCount > 0 && isNews[position] { continue }
            if !kinds.isEmpty && !kinds.contains(kindCodes[position]) { continue }
            if !confidences.isEmpty && !confidences.contains(confidenceCodes[position]) { continue }
            if let spanFirst, let spanLast, firstDays[position] > spanLast || lastDays[position] < spanFirst {
                continue
            }
            if !years.isEmpty {
                let start = Int(startYears[position])
                let end = Int(endYears[position])
                if !years.contains(where: { $0 >= start && $0 <= end }) { continue }
            }
            if !sectors.isEmpty && !sectorCodes.contains(any: sectors, at: position) { continue }
            if !sources.isEmpty && !sourceCodes.contains(any: sources, at: position) { continue }
            result.append(Int32(position))
        }
        return result
    }

    /// How many events each value of a facet would leave, under the filter's other facets.
    ///
    /// Values come in the order a picker lists them: kinds and sectors by count, years newest
    /// first, sources by count, confidences from high to low.
    public func counts(of facet: EventFilter.Facet, under filter: EventFilter) -> [(value: String, count: Int)] {
        counts(of: facet, among: positions(matching: filter.clearing(facet)))
    }

    /// How many of some events (positions matching a filter without the facet) each value of
    /// a facet would leave.
    public func counts(of facet: EventFilter.Facet, among base: [Int32]) -> [(value: String, count: Int)] {
        switch facet {
        case .kind:
            var tally = [Int](repeating: 0, count: kindNames.count)
            for position in base { tally[Int(kindCodes[Int(position)])] += 1 }
            return eventKinds.map { kind in (kind, kindNames.firstIndex(of: kind).map { tally[$0] } ?? 0) }
        case .sector:
            var tally = [Int](repeating: 0, count: sectorIDs.count)
            for position in base { sectorCodes.forEach(at: Int(position)) { tally[Int($0)] += 1 } }
            let linked = zip(sectorIDs, tally).map { ($0, $1) }
            let listed = relation.sectors.map(\.id)
            return listed.map { id in (id, linked.first { $0.0 == id }?.1 ?? 0) }
        case .year:
            var tally: [Int: Int] = [:]
            for position in base {
                for year in Int(
                    startYears[Int(position)])...Int(max(startYears[Int(position)], endYears[Int(position)]))
                {
                    tally[year, default: 0] += 1
                }
            }
            return startingYears.union(tally.keys).sorted(by: >).map { (String($0), tally[$0] ?? 0) }
        case .source:
            var tally = [Int](repeating: 0, count: sourceIDs.count)
            for position in base { sourceCodes.forEach(at: Int(position)) { tally[Int($0)] += 1 } }
            return zip(sourceIDs, tally).sorted { ($0.1, $1.0) > ($1.1, $0.0) }.map { ($0.0, $0.1) }
        case .confidence:
            var tally = [Int](repeating: 0, count: 3)
            for position in base { tally[Int(confidenceCodes[Int(position)])] += 1 }
            return Confidence.allCases.map { ($0.rawValue, tally[Int($0.code)]) }
        }
    }

    // MARK: - Search fields

    /// The event field a search query matched in, for saying so beside a row whose visible
    /// text does not show it; nil when the title, kind or place (shown on the row) match.
    public func hiddenField(matching query: String, at position: Int32) -> Event.Field? {
        let event = event(at: position)
        let folded = foldedQuery(query)
        var folding = TextFolding()
        func contains(_ text: String) -> Bool { SearchText.contains(folded, in: folding.fold(text)) }
        if contains(event.title) || contains(event.kind) || contains(event.place ?? "") { return nil }
        if event.people.contains(where: contains) { return .people }
        if contains(event.description ?? "") { return .description }
        if sourceNames(event.provenance).contains(where: contains) { return .source }
        return nil
    }
}

/// An event's place in date order: its first and last days, then its index.
private struct SortKey: Comparable {
    var days: UInt64
    var index: Int32

    static func < (a: SortKey, b: SortKey) -> Bool { a.days != b.days ? a.days < b.days : a.index < b.index }
}
