/// What a news-derived event (from GDELT) carries beyond a curated one: how it was coded,
/// how the news rated it, how widely it was reported, and the article it came from.
///
/// News events form their own layer of the timeline: they are counted, shown and exported
/// apart from curated events, and never mistaken for them.
public struct NewsFacts: Hashable, Sendable {
    /// The CAMEO event code, e.g. `057` (sign formal agreement).
    public var cameo: String
    /// The Goldstein scale of the code, −10 (conflict) … +10 (cooperation).
    public var goldstein: Double
    /// The average tone of the articles, −100 … +100 (usually −10 … +10).
    public var tone: Double
    /// How many sources reported it.
    public var sources: Int
    /// How many articles mentioned it.
    public var articles: Int
    /// The article it was coded from (a URL, or a citation such as `BBC Monitoring`).
    public var url: String?

    /// Creates news facts.
    public init(cameo: String, goldstein: Double, tone: Double, sources: Int, articles: Int, url: String? = nil) {
        self.cameo = cameo
        self.goldstein = goldstein
        self.tone = tone
        self.sources = sources
        self.articles = articles
        self.url = url
    }

    /// The range of the Goldstein scale.
    public static let goldsteinRange = -10.0...10.0
    /// The range of a tone.
    public static let toneRange = -100.0...100.0

    /// The fields of a news event's `news` mapping in a relation file.
    public enum Field: String, FieldName {
        case cameo, goldstein, tone, sources, articles, url
    }
}

/// Holds an event's news facts out of line, so curated events (most of a relation) pay one
/// pointer for them.
final class NewsFactsBox: Sendable {
    let facts: NewsFacts

    init(_ facts: NewsFacts) { self.facts = facts }
}
