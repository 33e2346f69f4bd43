/// An area of cooperation, with its state, measures and what holds it back.
public struct Sector: Hashable, Sendable, Identifiable {
    /// The id events use to name the sector.
    public var id: String
    /// The sector's name, e.g. `Food security`.
    public var name: String
    /// How the cooperation stands.
    public var status: SectorStatus
    /// A short account of the sector.
    public var summary: String?
    /// Projects and offers under way or proposed.
    public var initiatives: [String]
    /// Measured or stated quantities, such as the rise in scholarships.
    public var indicators: [Indicator]
    /// What stands in the way, such as an agreement awaiting a decision.
    public var blockers: [Blocker]
    /// The HS chapters (2-digit commodity codes) whose trade belongs to the sector, e.g. 27
    /// (mineral fuels) for energy.
    public var hsChapters: [Int]

    /// Creates a sector.
    public init(
        id: String, name: String, status: SectorStatus, summary: String? = nil,
        initiatives: [String] = [], indicators: [Indicator] = [], blockers: [Blocker] = [], hsChapters: [Int] = []
    ) {
        self.id = id
        self.name = name
        self.status = status
        self.summary = summary
        self.initiatives = initiatives
        self.indicators = indicators
        self.blockers = blockers
        self.hsChapters = hsChapters
    }

    /// The fields of a sector as a relation file names them.
    public enum Field: String, FieldName {
        case id, name, status, summary, initiatives, indicators, blockers
        case hsChapters = "hs"
    }
}

/// How cooperation in a sector stands.
public enum SectorStatus: String, CaseIterable, Sendable, Codable {
    /// Working and steady.
    case active
    /// Working and expanding.
    case growing
    /// Discussed or offered, not yet under way.
    case prospective
    /// Under way but not moving.
    case stalled
    /// Held back by a missing decision or agreement.
    case blocked
    /// Not stated (a sector named only in a table's rows).
    case unknown
}

/// A quantity that describes a sector, with its source.
public struct Indicator: Hashable, Sendable {
    /// What is measured, e.g. `Scholarships for Pakistani students`.
    public var label: String
    /// The value as stated, e.g. `+11%`.
    public var value: String
    /// The period it refers to, in words, e.g. `2023-24 academic year`.
    public var period: String?
    /// Where it is stated.
    public var provenance: Provenance

    /// Creates an indicator.
    public init(label: String, value: String, period: String? = nil, provenance: Provenance) {
        self.label = label
        self.value = value
        self.period = period
        self.provenance = provenance
    }

    /// The fields of an indicator as a relation file names them.
    public enum Field: String, FieldName {
        case label, value, period, source, confidence
    }
}

/// Something that holds back cooperation in a sector.
public struct Blocker: Hashable, Sendable {
    /// A one-line title.
    public var title: String
    /// A longer account.
    public var description: String?
    /// The code of the party whose decision is awaited, if any.
    public var awaiting: String?
    /// Where it is stated.
    public var provenance: Provenance

    /// Creates a blocker.
    public init(title: String, description: String? = nil, awaiting: String? = nil, provenance: Provenance) {
        self.title = title
        self.description = description
        self.awaiting = awaiting
        self.provenance = provenance
    }

    /// The fields of a blocker as a relation file names them.
    public enum Field: String, FieldName {
        case title, description, awaiting, source, confidence
    }
}
