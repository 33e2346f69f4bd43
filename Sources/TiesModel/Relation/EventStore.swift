/// A relation's events, stored by column: a collection of ``Event`` values that keeps a
/// million of them in a few flat arrays.
///
/// Each event is one fixed-size record of numbers: where its id, title and description lie
/// in one shared buffer of UTF-8 text, its packed date, and codes for its kind, place, people,
/// sectors and sources. Kinds and places are interned once in a table of names, and lists
/// (people, sectors, sources) once in a table of lists, since a table of events repeats a
/// few of each a million times. An ``Event`` is made only when one is read.
///
/// The index reads the columns directly (``date(at:)``, ``kindCode(at:)``,
/// ``forEachSearchField(at:_:)``…), so building it makes no `Event` and no string per event.
public struct EventStore: Sendable {
    /// The fixed part of an event.
    struct Record: Sendable {
        /// Where the id starts in `text`; the title follows the id, and the description (if
        /// any) the title.
        var start: Int
        var date: EventDate
        var titleLength: UInt32
        var descriptionLength: UInt32
        var kind: UInt32
        /// The place's name code plus one; 0 for none.
        var place: UInt32
        var people: UInt32
        var sectors: UInt32
        var sources: UInt32
        /// The news facts' index plus one; 0 for a curated event.
        var news: UInt32
        var idLength: UInt16
        var confidence: UInt8
        /// Bit 0: has a description; bits 1–2: status (0 none, 1 past, 2 planned).
        var flags: UInt8

        /// Where the title starts in `text`.
        var titleStart: Int { start + Int(idLength) }
        /// Where the description starts in `text`.
        var descriptionStart: Int { titleStart + Int(titleLength) }
        /// Whether the event has a description (perhaps empty).
        var hasDescription: Bool { flags & 1 != 0 }
    }

    private var records: [Record] = []
    private var text: [UInt8] = []
    private var names: [String] = []
    private var nameCodes: [String: UInt32] = [:]
    private var lists: [[String]] = []
    private var listCodes: [[String]: UInt32] = [:]
    private var newsFacts: [NewsFacts] = []

    /// No events.
    public init() {}

    /// The events of a list, in order.
    public init(_ events: some Sequence<Event>) {
        self.init()
        for event in events { append(event) }
    }

    /// Makes room for a number of events more, with about `textBytes` more of ids, titles
    /// and descriptions.
    public mutating func reserveCapacity(forMore count: Int, textBytes: Int) {
        records.reserveCapacity(records.count + count)
        text.reserveCapacity(text.count + textBytes)
    }

    // MARK: - Interning

    /// The code of a kind or place name, interning it when new.
    public mutating func nameCode(_ name: String) -> UInt32 {
        if let code = nameCodes[name] { return code }
        let code = UInt32(names.count)
        names.append(name)
        nameCodes[name] = code
        return code
    }

    /// The code of a list of people, sectors or sources, interning it when new.
    public mutating func listCode(_ list: [String]) -> UInt32 {
        if let code = listCodes[list] { return code }
        let code = UInt32(lists.count)
        lists.append(list)
        listCodes[list] = code
        return code
    }

    /// The name with a code.
    public func name(_ code: UInt32) -> String { names[Int(code)] }

    /// The number of names interned (kinds and places): every name code is below it.
    public var nameCount: Int { names.count }

    /// The list with a code.
    public func list(_ code: UInt32) -> [String] { lists[Int(code)] }

    /// The number of lists interned: every list code is below it.
    public var listCount: Int { lists.count }

    // MARK: - Adding

    /// Adds an event whose kind, place and lists are already interned.
    public mutating func append(
        id: String, date: EventDate, title: String, kind: UInt32, place: UInt32?, people: UInt32, sectors: UInt32,
        sources: UInt32, confidence: Confidence, status: EventStatus?, description: String?, news: NewsFacts? = nil
    ) {
        var title = title
        title.withUTF8 { title in
            func add(_ description: UnsafeBufferPointer<UInt8>?) {
                append(
                    id: id, date: date, title: title, kind: kind, place: place, people: people, sectors: sectors,
                    sources: sources, confidence: confidence, status: status, description: description, news: news)
            }
            if var description { description.withUTF8 { add($0) } } else { add(nil) }
        }
    }

    /// Adds an event whose kind, place and lists are already interned, with its title and
    /// description as UTF-8 bytes (the fast path of a table's rows, which copies the bytes
    /// where the reader left them).
    public mutating func append(
        id: String, date: EventDate, title: UnsafeBufferPointer<UInt8>, kind: UInt32, place: UInt32?, people: UInt32,
        sectors: UInt32, sources: UInt32, confidence: Confidence, status: EventStatus?,
        description: UnsafeBufferPointer<UInt8>?, news: NewsFacts? = nil
    ) {
        var record = Record(
            start: text.count, date: date, titleLength: 0, descriptionLength: 0, kind: kind,
            place: place.map { $0 + 1 } ?? 0, people: people, sectors: sectors, sources: sources, news: 0, idLength: 0,
            confidence: confidence.code, flags: Self.flags(description: description != nil, status: status))
        var id = id
        let idLength = id.withUTF8 { bytes in
            text.append(contentsOf: bytes)
            return bytes.count
        }
        // Ids pass the id rule (at most 200 bytes) wherever they are read.
        assert(idLength <= Int(UInt16.max), "an event id longer than 65,535 bytes")
        text.append(contentsOf: title)
        if let description { text.append(contentsOf: description) }
        record.idLength = UInt16(clamping: idLength)
        record.titleLength = UInt32(clamping: title.count)
        record.descriptionLength = UInt32(clamping: description?.count ?? 0)
        if let news {
            newsFacts.append(news)
            record.news = UInt32(newsFacts.count)
        }
        records.append(record)
    }

    /// Adds an event.
    public mutating func append(_ event: Event) {
        append(
            id: event.id, date: event.date, title: event.title, kind: nameCode(event.kind),
            place: event.place.map { nameCode($0) }, people: listCode(event.people), sectors: listCode(event.sectors),
            sources: listCode(event.provenance.sources), confidence: event.provenance.confidence,
            status: event.status, description: event.description, news: event.news)
    }

    /// Adds events.
    public mutating func append(contentsOf events: some Sequence<Event>) {
        for event in events { append(event) }
    }

    private static func flags(description: Bool, status: EventStatus?) -> UInt8 {
        let statusBits: UInt8 =
            switch status {
            case nil: 0
            case .past: 1
            case .planned: 2
            }
        return (description ? 1 : 0) | statusBits << 1
    }

    // MARK: - Columns

    /// The date of the event at an index.
    public func date(at index: Int) -> EventDate { records[index].date }

    /// The kind's name code of the event at an index.
    public func kindCode(at index: Int) -> UInt32 { records[index].kind }

    /// The sectors' list code of the event at an index.
    public func sectorsCode(at index: Int) -> UInt32 { records[index].sectors }

    /// The sources' list code of the event at an index.
    public func sourcesCode(at index: Int) -> UInt32 { records[index].sources }

    /// The confidence of the event at an index.
    public func confidence(at index: Int) -> Confidence { Confidence(code: records[index].confidence) }

    /// The status the file gives the event at an index, if any.
    public func status(at index: Int) -> EventStatus? {
        switch records[index].flags >> 1 & 3 {
        case 1: .past
        case 2: .planned
        default: nil
        }
    }

    /// The news facts of the event at an index; nil for a curated event.
    public func news(at index: Int) -> NewsFacts? {
        let news = records[index].news
        return news == 0 ? nil : newsFacts[Int(news - 1)]
    }

    /// Whether the event at an index comes from the news layer.
    public func isNews(at index: Int) -> Bool { records[index].news != 0 }

    /// How many events come from the news layer.
    public var newsCount: Int { newsFacts.count }

    /// The id of the event at an index.
    public func id(at index: Int) -> String {
        let record = records[index]
        return string(record.start, Int(record.idLength))
    }

    /// The index of the first event with an id, compared byte for byte.
    public func firstIndex(ofID id: String) -> Int? {
        var id = id
        return id.withUTF8 { wanted in
            text.withUnsafeBufferPointer { text in
                records.firstIndex { record in
                    Int(record.idLength) == wanted.count
                        && text[record.start..<(record.start + wanted.count)].elementsEqual(wanted)
                }
            }
        }
    }

    /// Calls `body` with the UTF-8 of each field a search reads of the event at an index:
    /// title, place, people, description.
    func forEachSearchField(at index: Int, _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        let record = records[index]
        text.withUnsafeBufferPointer { text in
            body(UnsafeBufferPointer(rebasing: text[record.titleStart..<record.descriptionStart]))
            if record.place != 0 { Self.withUTF8(names[Int(record.place - 1)], body) }
            for person in lists[Int(record.people)] { Self.withUTF8(person, body) }
            if record.hasDescription {
                let start = record.descriptionStart
                body(UnsafeBufferPointer(rebasing: text[start..<(start + Int(record.descriptionLength))]))
            }
        }
    }

    private static func withUTF8(_ string: String, _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        var string = string
        string.withUTF8 { body($0) }
    }

    private func string(_ start: Int, _ count: Int) -> String {
        text.withUnsafeBufferPointer { text in
            String(decoding: UnsafeBufferPointer(rebasing: text[start..<(start + count)]), as: UTF8.self)
        }
    }
}

extension EventStore: RandomAccessCollection, MutableCollection, RangeReplaceableCollection {
    /// The first index, 0.
    public var startIndex: Int { 0 }
    /// One past the last index.
    public var endIndex: Int { records.count }

    /// The event at an index, made from its columns; setting one stores it anew (its old text
    /// stays in the buffer until the store is rebuilt).
    public subscript(index: Int) -> Event {
        get {
            let record = records[index]
            let description =
                record.hasDescription ? string(record.descriptionStart, Int(record.descriptionLength)) : nil
            return Event(
                id: id(at: index), date: record.date, title: string(record.titleStart, Int(record.titleLength)),
                kind: names[Int(record.kind)],
                place: record.place == 0 ? nil : names[Int(record.place - 1)], people: lists[Int(record.people)],
                sectors: lists[Int(record.sectors)], description: description,
                provenance: Provenance(sources: lists[Int(record.sources)], confidence: confidence(at: index)),
                status: status(at: index), news: news(at: index))
        }
        set {
            append(newValue)
            records[index] = records.removeLast()
        }
    }

    /// Replaces a range of events (by rebuilding the store: for edits, not for loading).
    public mutating func replaceSubrange(_ range: Range<Int>, with events: some Collection<Event>) {
        var rebuilt = EventStore()
        rebuilt.reserveCapacity(forMore: count - range.count + events.count, textBytes: text.count)
        for index in 0..<range.lowerBound { rebuilt.append(self[index]) }
        rebuilt.append(contentsOf: events)
        for index in range.upperBound..<count { rebuilt.append(self[index]) }
        self = rebuilt
    }
}

extension EventStore: Hashable {
    /// Whether two stores hold the same events in the same order.
    public static func == (a: EventStore, b: EventStore) -> Bool {
        a.count == b.count && a.indices.allSatisfy { a[$0] == b[$0] }
    }

    /// Hashes the events.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(count)
        for index in indices {
            hasher.combine(id(at: index))
            hasher.combine(date(at: index))
        }
    }
}

extension EventStore: ExpressibleByArrayLiteral {
    /// The events of a literal list.
    public init(arrayLiteral events: Event...) {
        self.init(events)
    }
}
