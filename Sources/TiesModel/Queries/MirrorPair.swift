/// One flow as both parties report it: the exporter's statistics (valued FOB) and the
/// importer's (valued CIF, so usually higher), with the gap between them.
public struct MirrorPair: Sendable {
    /// The value the exporter reports.
    public var exporterReport: TradeSeries.Point
    /// The value the importer reports.
    public var importerReport: TradeSeries.Point

    /// How far the importer's value is above the exporter's, as a ratio (0.06 = 6% higher);
    /// nil when the exporter reports nothing.
    public var gap: Double? {
        let base = exporterReport.amount.value
        guard base > 0 else { return nil }
        return importerReport.amount.value / base - 1
    }

    /// The mirror pair a point belongs to in a series of one flow's exports, if the other
    /// side reports the same period.
    public static func of(_ point: TradeSeries.Point, in series: TradeSeries) -> MirrorPair? {
        guard case .exports(let from) = series.measure, let reporter = point.figure.reporter else { return nil }
        let others = series.points.filter {
            $0.period == point.period && $0.figure.reporter != nil && $0.figure.reporter != reporter
        }
        if reporter == from, let importer = others.first {
            return MirrorPair(exporterReport: point, importerReport: importer)
        }
        if reporter != from, let exporter = others.first(where: { $0.figure.reporter == from }) {
            return MirrorPair(exporterReport: exporter, importerReport: point)
        }
        return nil
    }
}
