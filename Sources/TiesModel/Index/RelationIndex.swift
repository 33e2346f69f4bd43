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
    private let endYears: [Int16]
    private let sectorCodes: CodeLists
    private let sourceCodes: CodeLists
    private let sectorIDs: [String]
    private let sourceIDs: [String]
    private let planned: [Bool]
    private let search: SearchText

    private let eventByID: [String: Int32]
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
    /// The series of each measure, in the order of ``tradeMeasures``.
    public let tradeSeries: [TradeSeries]

    /// Builds the index of a relation.
    public init(_ relation: Relation, locations: ItemLocations = ItemLocations()) {
        self.relation = relation
        self.locations = locations
        let events = relation.events
        let count = events.count

        var firstOrdinals = [Int32](repeating: 0, count: count)
        var lastOrdinals = [Int32](repeating: 0, count: count)
        for (index, event) in events.enumerated() {
            firstOrdinals[index] = Int32(truncatingIfNeeded: event.date.firstDay.ordinal)
            lastOrdinals[index] = Int32(truncatingIfNeeded: event.date.lastDay.ordinal)
        }
        let order = (0..<Int32(count)).sorted {
            let a = Int($0)
            let b = Int($1)
            return (firstOrdinals[a], lastOrdinals[a], $0) < (firstOrdinals[b], lastOrdinals[b], $1)
        }
        self.order = order
        var positionOfEvent = [Int32](repeating: 0, count: count)
        for (position, event) in order.enumerated() { positionOfEvent[Int(event)] = Int32(position) }
        self.positionOfEvent = positionOfEvent

        var kindCode: [String: UInt16] = [:]
        var kindNames: [String] = []
        var kindTally: [Int] = []
        var sectorCode: [String: UInt16] = [:]
        var sectorIDs: [String] = []
        var sourceCode: [String: UInt16] = [:]
        var sourceIDs: [String] = []
        var kinds = [UInt16](repeating: 0, count: count)
        var confidences = [UInt8](repeating: 0, count: count)
        var firstDays = [Int32](repeating: 0, count: count)
        var lastDays = [Int32](repeating: 0, count: count)
        var startYears = [Int16](repeating: 0, count: count)
        var endYears = [Int16](repeating: 0, count: count)
        var planned = [Bool](repeating: false, count: count)
        var sectorLists = CodeLists.Builder()
        var sourceLists = CodeLists.Builder()
        var positionsBySector: [String: [Int32]] = [:]
        var search = SearchText()
        var folding = TextFolding()
        let sourceNames = Dictionary(
            relation.sources.map { ($0.id, $0.shortName) }, uniquingKeysWith: { first, _ in first })

        func code(_ text: String, _ codes: inout [String: UInt16], _ names: inout [String]) -> UInt16 {
            if let known = codes[text] { return known }
            let next = UInt16(truncatingIfNeeded: names.count)
            codes[text] = next
            names.append(text)
            return next
        }

        for position in 0..<count {
            let event = events[Int(order[position])]
            let kind = code(event.kind, &kindCode, &kindNames)
            if Int(kind) == kindTally.count { kindTally.append(0) }
            kindTally[Int(kind)] += 1
            kinds[position] = kind
            confidences[position] = event.provenance.confidence.code
            firstDays[position] = firstOrdinals[Int(order[position])]
            lastDays[position] = lastOrdinals[Int(order[position])]
            startYears[position] = Int16(clamping: event.date.firstDay.year)
            endYears[position] = Int16(clamping: event.date.lastDay.year)
            planned[position] = event.status.map { $0 == .planned } ?? (event.date.firstDay > relation.asOf)
            sectorLists.append(event.sectors.map { code($0, &sectorCode, &sectorIDs) })
            sourceLists.append(event.provenance.sources.map { code($0, &sourceCode, &sourceIDs) })
            for sector in event.sectors { positionsBySector[sector, default: []].append(Int32(position)) }
            search.append(fields: Self.searchFields(event, sourceNames: sourceNames), folding: &folding)
        }
        self.kindCodes = kinds
        self.kindNames = kindNames
        self.confidenceCodes = confidences
        self.firstDays = firstDays
        self.lastDays = lastDays
        self.startYears = startYears
        self.endYears = endYears
        self.planned = planned
        self.sectorCodes = sectorLists.build()
        self.sourceCodes = sourceLists.build()
        self.sectorIDs = sectorIDs
        self.sourceIDs = sourceIDs
        self.search = search
        self.positionsBySector = positionsBySector
        self.eventCountsBySector = positionsBySector.mapValues(\.count)
        let counts = Dictionary(uniqueKeysWithValues: zip(kindNames, kindTally))
        self.kindCounts = counts
        self.eventKinds = kindNames.sorted { (counts[$0] ?? 0, $1) > (counts[$1] ?? 0, $0) }

        eventByID = Dictionary(
            events.enumerated().map { ($0.element.id, Int32($0.offset)) }, uniquingKeysWith: { first, _ in first })
        sourceByID = Dictionary(
            relation.sources.enumerated().map { ($0.element.id, $0.offset) }, uniquingKeysWith: { first, _ in first })
        sectorByID = Dictionary(
            relation.sectors.enumerated().map { ($0.element.id, $0.offset) }, uniquingKeysWith: { first, _ in first })

        tradeMeasures = relation.tradeMeasures
        tradeSeries = relation.tradeMeasures.map(relation.tradeSeries)
    }

    // MARK: - Events

    /// The number of events.
    public var eventCount: Int { order.count }

    /// The event at a position in date order.
    public func event(at position: Int32) -> Event { relation.events[Int(order[Int(position)])] }

    /// The position of the event with an id.
    public func position(ofEventID id: String) -> Int32? {
        eventByID[id].map { positionOfEvent[Int($0)] }
    }

    /// The position of an event index of `relation.events`.
    public func position(ofEventIndex index: Int) -> Int32 { positionOfEvent[index] }

    /// Whether the event at a position is still to come: marked planned, or (unmarked)
    /// starting after `asOf`.
    public func isPlanned(_ position: Int32) -> Bool { planned[Int(position)] }

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
        return search.matches(foldedQuery(filter.text), among: base)
    }

    /// The positions among `candidates` whose text contains `query`.
    public func positions(_ candidates: [Int32], containing query: String) -> [Int32] {
        search.matches(foldedQuery(query), among: candidates)
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
        let base = positions(matching: filter.clearing(facet))
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
            let all = Set(startYears.map(Int.init)).union(tally.keys)
            return all.sorted(by: >).map { (String($0), tally[$0] ?? 0) }
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

    /// The fields an event's search text holds, in this order.
    static func searchFields(_ event: Event, sourceNames: [String: String]) -> [String] {
        [
            event.title, event.kind, event.place ?? "", event.people.joined(separator: ", "),
            event.description ?? "", event.provenance.sources.map { sourceNames[$0] ?? $0 }.joined(separator: "; "),
        ]
    }

    /// The event field a search query matched in, for saying so beside a row whose visible
    /// text does not show it; nil when the title, kind or place (shown on the row) match.
    public func hiddenField(matching query: String, at position: Int32) -> Event.Field? {
        let event = event(at: position)
        let folded = foldedQuery(query)
        var folding = TextFolding()
        func contains(_ text: String) -> Bool {
            var single = SearchText()
            single.append(fields: [text], folding: &folding)
            return single.contains(folded, event: 0)
        }
        if contains(event.title) || contains(event.kind) || contains(event.place ?? "") { return nil }
        if event.people.contains(where: contains) { return .people }
        if contains(event.description ?? "") { return .description }
        if sourceNames(event.provenance).contains(where: contains) { return .source }
        return nil
    }
}

extension Confidence {
    /// A small number for compact storage: 0 high, 1 medium, 2 low.
    var code: UInt8 {
        switch self {
        case .high: 0
        case .medium: 1
        case .low: 2
        }
    }
}

/// Short lists of codes per event (its sectors, its sources), stored flat.
struct CodeLists: Sendable {
    private let starts: [Int32]
    private let codes: [UInt16]

    struct Builder {
        private var starts: [Int32] = [0]
        private var codes: [UInt16] = []

        mutating func append(_ list: [UInt16]) {
            codes += list
            starts.append(Int32(truncatingIfNeeded: codes.count))
        }

        func build() -> CodeLists { CodeLists(starts: starts, codes: codes) }
    }

    func contains(any wanted: Set<UInt16>, at index: Int) -> Bool {
        for offset in Int(starts[index])..<Int(starts[index + 1]) where wanted.contains(codes[offset]) { return true }
        return false
    }

    func forEach(at index: Int, _ body: (UInt16) -> Void) {
        for offset in Int(starts[index])..<Int(starts[index + 1]) { body(codes[offset]) }
    }
}
