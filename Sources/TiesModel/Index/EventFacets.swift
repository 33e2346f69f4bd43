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
        // The store's name and list codes, translated once each into the codes facets use:
        // kinds numbered from 0, and lists of sector and source codes.
        var kindOfName = [UInt16?](repeating: nil, count: events.nameCount)
        // A list's facet codes, translated at its first event, lie in `translated` from
        // `start[list]` (-1 before): reading them copies no array per event.
        var sectorsStart = [Int32](repeating: -1, count: events.listCount)
        var sourcesStart = [Int32](repeating: -1, count: events.listCount)
        var translated: [UInt16] = []
        var sectorCode: [String: UInt16] = [:]
        var sourceCode: [String: UInt16] = [:]
        var sectorLists = CodeLists.Builder()
        var sourceLists = CodeLists.Builder()
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
            planned[position] =
                events.status(at: index).map { $0 == .planned } ?? (first > asOf)
            if let news = events.news(at: index) {
                isNews[position] = true
                newsCount += 1
                let month = first.year * 12 + first.month - 1
                newsMonths[month, default: NewsMonth()].add(news)
            }
            let sectorsCode = Int(events.sectorsCode(at: index))
            if sectorsStart[sectorsCode] < 0 {
                sectorsStart[sectorsCode] = Int32(translated.count)
                let list = events.list(UInt32(sectorsCode))
                translated.append(UInt16(truncatingIfNeeded: list.count))
                for sector in list { translated.append(Self.code(sector, &sectorCode, &sectorIDs)) }
            }
            let sectors = Int(sectorsStart[sectorsCode])
            let sectorCount = Int(translated[sectors])
            for offset in (sectors + 1)..<(sectors + 1 + sectorCount) {
                let code = Int(translated[offset])
                sectorLists.append(code: UInt16(truncatingIfNeeded: code))
                while code >= positionsBySectorCode.count { positionsBySectorCode.append([]) }
                positionsBySectorCode[code].append(Int32(position))
            }
            sectorLists.endList()
            let sourcesCode = Int(events.sourcesCode(at: index))
            if sourcesStart[sourcesCode] < 0 {
                sourcesStart[sourcesCode] = Int32(translated.count)
                let list = events.list(UInt32(sourcesCode))
                translated.append(UInt16(truncatingIfNeeded: list.count))
                for source in list { translated.append(Self.code(source, &sourceCode, &sourceIDs)) }
            }
            let sources = Int(sourcesStart[sourcesCode])
            for offset in (sources + 1)..<(sources + 1 + Int(translated[sources])) {
                sourceLists.append(code: translated[offset])
            }
            sourceLists.endList()
        }
        sectorCodes = sectorLists.build().reordered(by: order)
        sourceCodes = sourceLists.build().reordered(by: order)
        for code in positionsBySectorCode.indices { positionsBySectorCode[code].sort() }
        positionsBySector = Dictionary(zip(sectorIDs, positionsBySectorCode), uniquingKeysWith: { first, _ in first })
    }

    /// The code of a name: a scan while there are few names (interned names compare by
    /// identity), a dictionary after.
    private static func code(_ text: String, _ codes: inout [String: UInt16], _ names: inout [String]) -> UInt16 {
        if names.count <= 24 {
            if let index = names.firstIndex(of: text) { return UInt16(truncatingIfNeeded: index) }
        } else if let known = codes[text] {
            return known
        }
        let next = UInt16(truncatingIfNeeded: names.count)
        names.append(text)
        if names.count == 25 {
            for (index, name) in names.enumerated() { codes[name] = UInt16(truncatingIfNeeded: index) }
        } else if names.count > 25 {
            codes[text] = next
        }
        return next
    }
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
