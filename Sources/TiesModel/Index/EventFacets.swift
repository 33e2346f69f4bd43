/// What filters read of each event, in compact arrays by position in date order: kind,
/// confidence, days, years, planned or past, sector and source codes.
///
/// Built by reading the events in the order they were loaded (sequentially through memory)
/// and writing each into its position, which keeps a million events from costing a cache
/// miss each.
struct EventFacets: Sendable {
    var kindCodes: [UInt16]
    var kindNames: [String] = []
    var kindTally: [Int] = []
    var confidenceCodes: [UInt8]
    var firstDays: [Int32]
    var lastDays: [Int32]
    var startYears: [Int16]
    var endYears: [Int16]
    var planned: [Bool]
    /// Whether the event at a position comes from the news layer.
    var isNews: [Bool]
    /// The news events of each month (by `YearMonth.index`): how many, and their Goldstein
    /// scores and tones summed.
    var newsMonths: [Int: NewsMonth] = [:]
    /// How many events are news.
    var newsCount = 0
    var sectorCodes = CodeLists.empty
    var sourceCodes = CodeLists.empty
    var sectorIDs: [String] = []
    var sourceIDs: [String] = []
    /// The positions of each sector's events, ascending.
    var positionsBySector: [String: [Int32]] = [:]

    init(
        events: EventStore, order: [Int32], positionOfEvent: [Int32], firstDays byIndexFirst: [Int32],
        lastDays byIndexLast: [Int32], asOf: Day
    ) {
        let count = events.count
        kindCodes = [UInt16](repeating: 0, count: count)
        confidenceCodes = [UInt8](repeating: 0, count: count)
        firstDays = [Int32](repeating: 0, count: count)
        lastDays = [Int32](repeating: 0, count: count)
        startYears = [Int16](repeating: 0, count: count)
        endYears = [Int16](repeating: 0, count: count)
        planned = [Bool](repeating: false, count: count)
        isNews = [Bool](repeating: false, count: count)
        // The store's kind names and lists, translated once each into the codes facets use:
        // kinds numbered from 0, sector and source ids numbered from 0.
        var kindOfName = [UInt16?](repeating: nil, count: events.nameCount)
        var sectorLists = ListTranslation(lists: events.listCount)
        var sourceLists = ListTranslation(lists: events.listCount)
        var positionsBySectorCode: [[Int32]] = []

        for index in 0..<count {
            let position = Int(positionOfEvent[index])
            let name = Int(events.kindCode(at: index))
            let kind: UInt16
            if let known = kindOfName[name] {
                kind = known
            } else {
                kind = UInt16(truncatingIfNeeded: kindNames.count)
                kindNames.append(events.name(UInt32(name)))
                kindTally.append(0)
                kindOfName[name] = kind
            }
            kindTally[Int(kind)] += 1
            kindCodes[position] = kind
            confidenceCodes[position] = events.confidence(at: index).code
            firstDays[position] = byIndexFirst[index]
            lastDays[position] = byIndexLast[index]
            let date = events.date(at: index)
            let first = date.firstDay
            startYears[position] = Int16(clamping: first.year)
            endYears[position] = Int16(clamping: date.lastDay.year)
            planned[position] = events.status(at: index).map { $0 == .planned } ?? (first > asOf)
            if let news = events.news(at: index) {
                isNews[position] = true
                newsCount += 1
                let month = first.year * 12 + first.month - 1
                newsMonths[month, default: NewsMonth()].add(news)
            }
            for offset in sectorLists.append(events.sectorsCode(at: index), of: events) {
                let code = sectorLists[offset]
                while code >= positionsBySectorCode.count { positionsBySectorCode.append([]) }
                positionsBySectorCode[code].append(Int32(position))
            }
            sourceLists.append(events.sourcesCode(at: index), of: events)
        }
        (sectorIDs, sourceIDs) = (sectorLists.ids, sourceLists.ids)
        sectorCodes = sectorLists.build().reordered(by: order)
        sourceCodes = sourceLists.build().reordered(by: order)
        for code in positionsBySectorCode.indices { positionsBySectorCode[code].sort() }
        positionsBySector = Dictionary(zip(sectorIDs, positionsBySectorCode), uniquingKeysWith: { first, _ in first })
    }
}

/// Lists of ids (an event's sectors or sources) as lists of small codes, one per distinct id,
/// built event by event. Each of the store's lists is translated at its first event and then
/// copied from `translated`, so an event costs no array and no string hashing.
private struct ListTranslation {
    /// The ids, by code.
    private(set) var ids: [String] = []
    private var codeOfID: [String: UInt16] = [:]
    /// Where each of the store's lists starts in `translated` (its length, then its codes);
    /// -1 before its first event.
    private var starts: [Int32]
    private var translated: [UInt16] = []
    private var built = CodeLists.Builder()

    init(lists: Int) {
        starts = [Int32](repeating: -1, count: lists)
    }

    /// Appends the next event's list (a list code of `events`); where its codes are (read
    /// them with the subscript).
    @discardableResult
    mutating func append(_ list: UInt32, of events: EventStore) -> Range<Int> {
        if starts[Int(list)] < 0 {
            starts[Int(list)] = Int32(translated.count)
            let items = events.list(list)
            translated.append(UInt16(truncatingIfNeeded: items.count))
            for id in items { translated.append(code(id)) }
        }
        let start = Int(starts[Int(list)]) + 1
        let codes = start..<(start + Int(translated[start - 1]))
        for offset in codes { built.append(code: translated[offset]) }
        built.endList()
        return codes
    }

    /// A code of a list `append` gave the place of.
    subscript(offset: Int) -> Int { Int(translated[offset]) }

    private mutating func code(_ id: String) -> UInt16 {
        if let known = codeOfID[id] { return known }
        let next = UInt16(truncatingIfNeeded: ids.count)
        ids.append(id)
        codeOfID[id] = next
        return next
    }

    /// The lists appended, one per event.
    func build() -> CodeLists { built.build() }
}

/// The news events of one month: how many, and their Goldstein scores and tones summed.
public struct NewsMonth: Hashable, Sendable {
    /// How many news events.
    public var count = 0
    /// Their Goldstein scores summed.
    public var goldsteinSum = 0.0
    /// Their tones summed.
    public var toneSum = 0.0

    /// No events.
    public init() {}

    /// Adds another month's events.
    public mutating func add(_ other: NewsMonth) {
        count += other.count
        goldsteinSum += other.goldsteinSum
        toneSum += other.toneSum
    }

    /// Adds an event's facts.
    mutating func add(_ news: NewsFacts) {
        count += 1
        goldsteinSum += news.goldstein
        toneSum += news.tone
    }

    /// The mean Goldstein score, −10 … +10.
    public var meanGoldstein: Double { count > 0 ? goldsteinSum / Double(count) : 0 }
    /// The mean tone.
    public var meanTone: Double { count > 0 ? toneSum / Double(count) : 0 }
}
