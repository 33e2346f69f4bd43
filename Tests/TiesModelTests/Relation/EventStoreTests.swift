import Testing

@testable import TiesModel

/// The column store gives back every event as it was stored, and its columns agree with the
/// events it makes.
@Suite struct EventStoreTests {
    private static func day(_ text: String) -> EventDate {
        guard case .success(let date) = EventDate.parse(text) else { preconditionFailure("not a date: \(text)") }
        return date
    }

    private static let events = [
        Event(
            id: "visit-1", date: day("2024-10-01..2024-10-02"), title: "Visit to Islamabad", kind: "visit",
            place: "Islamabad", people: ["A. Overchuk", "S. Sharif"], sectors: ["energy", "trade"],
            description: "Talks on the Pakistan Stream gas pipeline.",
            provenance: Provenance(sources: ["tass", "dawn"], confidence: .high), status: .past),
        Event(
            id: "e2", date: day("2025-05"), title: "Переговоры о торговле", kind: "forum", place: nil,
            provenance: Provenance(sources: ["tass"], confidence: .low)),
        Event(
            id: "news-3", date: day("2025"), title: "مذاکرات", kind: "visit", place: "Islamabad", people: [],
            sectors: ["energy", "trade"], description: "",
            provenance: Provenance(sources: ["gdelt"], confidence: .medium), status: .planned,
            news: NewsFacts(cameo: "057", goldstein: 8, tone: -1.5, sources: 2, articles: 7, url: nil)),
    ]

    @Test func givesBackEveryEventAsStored() {
        let store = EventStore(Self.events)
        #expect(store.count == 3)
        #expect(Array(store) == Self.events)
        // An empty description is not a missing one.
        #expect(store[2].description == "")
        #expect(store[1].description == nil)
        #expect(store[1].place == nil)
    }

    @Test func internsKindsPlacesAndLists() {
        let store = EventStore(Self.events)
        #expect(store.kindCode(at: 0) == store.kindCode(at: 2))
        #expect(store.kindCode(at: 0) != store.kindCode(at: 1))
        #expect(store.sectorsCode(at: 0) == store.sectorsCode(at: 2))
        #expect(store.name(store.kindCode(at: 1)) == "forum")
        #expect(store.list(store.sourcesCode(at: 0)) == ["tass", "dawn"])
        // visit, Islamabad, forum
        #expect(store.nameCount == 3)
    }

    @Test func columnsAgreeWithTheEvents() {
        let store = EventStore(Self.events)
        for (index, event) in Self.events.enumerated() {
            #expect(store.id(at: index) == event.id)
            #expect(store[index].title == event.title)
            #expect(store.date(at: index) == event.date)
            #expect(store.confidence(at: index) == event.provenance.confidence)
            #expect(store.status(at: index) == event.status)
            #expect(store.news(at: index) == event.news)
            #expect(store.isNews(at: index) == event.isNews)
        }
        #expect(store.newsCount == 1)
        #expect(store.firstIndex(ofID: "e2") == 1)
        #expect(store.firstIndex(ofID: "e") == nil)
        #expect(store.firstIndex(ofID: "") == nil)
    }

    @Test func searchFieldsAreTitlePlacePeopleDescription() {
        let store = EventStore(Self.events)
        var fields: [String] = []
        store.forEachSearchField(at: 0) { fields.append(String(decoding: $0, as: UTF8.self)) }
        #expect(
            fields == [
                "Visit to Islamabad", "Islamabad", "A. Overchuk", "S. Sharif",
                "Talks on the Pakistan Stream gas pipeline.",
            ])
        fields = []
        store.forEachSearchField(at: 1) { fields.append(String(decoding: $0, as: UTF8.self)) }
        #expect(fields == ["Переговоры о торговле"])
    }

    @Test func editsKeepTheOtherEvents() {
        var store = EventStore(Self.events)
        store[1].title = "Renamed"
        store[0].place = "Moscow"
        #expect(store[1].title == "Renamed")
        #expect(store[0].place == "Moscow")
        #expect(store[2] == Self.events[2])
        #expect(store.count == 3)

        store.removeAll { $0.id == "visit-1" }
        #expect(store.map(\.id) == ["e2", "news-3"])
        store.insert(Self.events[0], at: 0)
        #expect(store.map(\.id) == ["visit-1", "e2", "news-3"])
        store.append(contentsOf: Self.events.prefix(1))
        #expect(store.count == 4)
        #expect(store != EventStore(Self.events))
        store.removeLast()
        #expect(store.map(\.title) == ["Visit to Islamabad", "Renamed", "مذاکرات"])
    }

    @Test func equalStoresHashAlike() {
        let a = EventStore(Self.events)
        var b = EventStore(Self.events.reversed())
        #expect(a != b)
        b = EventStore(Self.events)
        #expect(a == b)
        #expect(a.hashValue == b.hashValue)
        let literal: EventStore = [Self.events[0]]
        #expect(literal.count == 1)
    }
}
