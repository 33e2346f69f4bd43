/// A sector's trade in one period: the flows both ways in the HS chapters the sector names,
/// each direction from its reporter as in ``Composition``.
public struct SectorTrade: Sendable {
    /// The chapters' lines (with their figures, for citing), largest first.
    public let rows: [Composition.Row]
    /// Their total, in the trade section's unit.
    public let total: Double
    /// The share of all trade in the period (the reported total where there is one), 0…1.
    public let share: Double
    /// What of the period's reported total no chapter covers: the sector's trade may be
    /// larger than ``total`` by up to this much (0 when the chapters cover it all).
    public let uncovered: Double

    /// The trade of a sector in a period's turnover composition, every chapter listed (as
    /// ``RelationIndex/composition(of:in:)`` gives it); nil when the sector names no chapters.
    public init?(_ sector: Sector, in all: Composition) {
        guard !sector.hsChapters.isEmpty else { return nil }
        let chapters = Set(sector.hsChapters)
        rows = all.rows.filter { chapters.contains($0.chapter) }
        total = rows.reduce(0) { $0 + $1.value }
        share = all.shareBase > 0 ? total / all.shareBase : 0
        uncovered = all.unlisted ?? 0
    }
}
