/// What one direction of trade carried in one HS chapter over a period, as one reporter's
/// statistics give it (UN Comtrade rows below the total).
public struct CommodityFigure: Hashable, Sendable {
    /// The span of time covered.
    public var period: Period
    /// The party whose statistics these are.
    public var reporter: String
    /// The exporting party: the flow goes from it to the other party.
    public var from: String
    /// The HS chapter, 1…99.
    public var chapter: Int
    /// The value, in the trade section's currency and unit.
    public var value: Amount
    /// Where the figure comes from.
    public var provenance: Provenance

    /// Creates a commodity figure.
    public init(period: Period, reporter: String, from: String, chapter: Int, value: Amount, provenance: Provenance) {
        self.period = period
        self.reporter = reporter
        self.from = from
        self.chapter = chapter
        self.value = value
        self.provenance = provenance
    }

    /// Whether the reporter is the exporter (a value FOB) rather than the importer (CIF).
    public var isReportedByExporter: Bool { reporter == from }

    /// How the value was taken: `exports, FOB` from the exporter, `imports, CIF` from the
    /// importer.
    public var valuation: String { Self.valuation(reportedByExporter: isReportedByExporter) }

    /// How a flow's values are taken when its exporter reports it, or its importer.
    public static func valuation(reportedByExporter: Bool) -> String {
        reportedByExporter ? "exports, FOB" : "imports, CIF"
    }

    /// The fields of a composition entry in a relation file.
    public enum Field: String, FieldName {
        case period, reporter, from, hs, value, source, confidence
    }
}
