import Foundation

/// A readable Markdown brief of a relation: trade table, claims, timeline, sectors, sources.
///
/// Every line of data text passes through ``VisibleText`` so a brief printed to a terminal
/// cannot carry control characters from the file.
public struct MarkdownBrief {
    /// The relation described, indexed.
    public let index: RelationIndex
    private var relation: Relation { index.relation }

    /// Creates a brief of an indexed relation.
    public init(index: RelationIndex) {
        self.index = index
    }

    /// The whole brief.
    public func render() -> String {
        var lines: [String] = []
        lines += header()
        lines += tradeSection()
        lines += mirrorSection()
        lines += compositionSection()
        lines += claimsSection()
        lines += timelineSection()
        lines += newsSection()
        lines += sectorsSection()
        lines += sourcesSection()
        return lines.joined(separator: "\n") + "\n"
    }

    // MARK: - Sections

    private func header() -> [String] {
        let parties = relation.parties.map { party in
            var text = "\(clean(party.name)) (\(clean(party.code))"
            if let month = party.fiscalYearStart, month != 1 {
                text += "; fiscal year from \(monthAbbreviations[month - 1])"
            }
            return text + ")"
        }
        return [
            "# \(clean(relation.title))", "",
            "As of \(DatePoint.day(relation.asOf).displayText)"
                + " · \(parties.joined(separator: " and "))",
            "",
        ]
    }

    private func tradeSection() -> [String] {
        let trade = relation.trade
        let flows = relation.tradeMeasures.dropFirst()
        var lines = ["## Trade (\(clean(trade.currency)) \(trade.unit.rawValue))", ""]
        let flowHeads = flows.map { relation.name(of: $0) }
        lines.append("| Period | Turnover | " + flowHeads.joined(separator: " | ") + " | Source | Confidence | Notes |")
        lines.append("|---|---:|" + flows.map { _ in "---:|" }.joined() + "---|---|---|")
        let disputed = Set(relation.tradeMeasures.flatMap { relation.tradeSeries($0).disputedPeriods })
        let figures = relation.trade.figures.enumerated().sorted {
            ($0.element.period, $0.offset) < ($1.element.period, $1.offset)
        }
        for (_, figure) in figures {
            var notes: [String] = []
            if figure.period.isFiscal { notes.append("fiscal year") }
            if figure.period.isPartial { notes.append("partial: \(figure.period.monthCount) months") }
            if disputed.contains(figure.period) { notes.append("**disputed**") }
            if let note = figure.note { notes.append(clean(note)) }
            let values = relation.tradeMeasures.map { measure in
                figure.amount(for: measure).map { trade.format($0) } ?? "–"
            }
            lines.append(
                "| \(figure.period.shortLabel) | " + values.map(cell).joined(separator: " | ") + " | "
                    + cell(sourceNames(figure.provenance)) + " | \(figure.provenance.confidence.rawValue) | "
                    + cell(notes.joined(separator: "; ")) + " |")
        }
        lines.append("")
        for measure in relation.tradeMeasures {
            guard let growth = relation.tradeSeries(measure).spanGrowth() else { continue }
            var line =
                "- \(clean(relation.name(of: measure))): \(growth.from.period.shortLabel) → "
                + "\(growth.to.period.shortLabel): \(trade.format(growth.from.amount)) → \(trade.format(growth.to.amount))"
            if let ratio = growth.ratio { line += " (\(ratio.signedPercent)" }
            if let cagr = growth.cagr { line += ", CAGR \(cagr.signedPercent)" }
            if growth.ratio != nil { line += ")" }
            lines.append(line)
        }
        lines.append(
            "- Growth is computed only between full, undisputed, exactly stated periods of one kind"
                + " (calendar or fiscal).")
        return lines + [""]
    }

    private func claimsSection() -> [String] {
        guard !relation.claims.isEmpty else { return [] }
        var lines = ["## Claims", "", "Statements with a quantity but no stated base; not used as data points.", ""]
        for claim in relation.claims {
            var parts = ["\(clean(claim.text))"]
            if let quantity = claim.quantity { parts.append("**\(clean(quantity))**") }
            if let span = claim.span { parts.append(clean(span)) }
            if let stated = claim.stated {
                parts.append("stated \(stated.displayText)")
            }
            parts.append("\(sourceNames(claim.provenance)), \(claim.provenance.confidence.rawValue) confidence")
            lines.append("- " + parts.joined(separator: " · "))
        }
        return lines + [""]
    }

    private func timelineSection() -> [String] {
        var lines = ["## Timeline", ""]
        let timeline = Timeline(positions: index.positions(matching: EventFilter()), index: index)
        for group in timeline.groups {
            lines += ["### \(group.year)", ""]
            for ordinal in group.firstOrdinal..<group.firstOrdinal + group.count {
                let event = index.event(at: timeline.positions[ordinal])
                var line = "- **\(event.date.displayText)** · \(clean(event.kind)) · \(clean(event.title))"
                if let place = event.place { line += " — \(clean(place))" }
                if relation.status(of: event) == .planned { line += " *(planned)*" }
                line += " · \(sourceNames(event.provenance)), \(event.provenance.confidence.rawValue)"
                lines.append(line)
            }
            lines.append("")
        }
        return lines
    }

    private func sectorsSection() -> [String] {
        var lines = ["## Sectors", ""]
        // The latest period with a composition, and its turnover by chapter, once for all sectors.
        let period = Composition.periods(relation.trade).last
        let composition = period.flatMap { index.composition(of: .turnover, in: $0) }
        for sector in relation.sectors {
            lines += ["### \(clean(sector.name)) — \(sector.status.rawValue)", ""]
            if let summary = sector.summary { lines += [clean(summary), ""] }
            for initiative in sector.initiatives { lines.append("- \(clean(initiative))") }
            for indicator in sector.indicators {
                var line = "- Indicator: \(clean(indicator.label)): **\(clean(indicator.value))**"
                if let period = indicator.period { line += " (\(clean(period)))" }
                line += " · \(sourceNames(indicator.provenance)), \(indicator.provenance.confidence.rawValue)"
                lines.append(line)
            }
            for blocker in sector.blockers {
                var line = "- Blocker: \(clean(blocker.title))"
                if let code = blocker.awaiting {
                    line += " (awaiting \(clean(relation.party(code: code)?.name ?? code)))"
                }
                line += " · \(sourceNames(blocker.provenance)), \(blocker.provenance.confidence.rawValue)"
                lines.append(line)
            }
            if let period, let trade = composition.flatMap({ SectorTrade(sector, in: $0) }) {
                let chapters = trade.rows.map {
                    "\(HSChapters.code($0.chapter)) \(clean(HSChapters.shortName(of: $0.chapter) ?? "")):"
                        + " \(relation.trade.format(value: $0.value))"
                }
                lines.append(
                    "- Trade in \(period.shortLabel) (HS \(sector.hsChapters.map(String.init).joined(separator: ", "))):"
                        + " **\(relation.trade.format(value: trade.total))**, \(trade.share.percent) of all trade by"
                        + " chapter" + (chapters.isEmpty ? "" : " — " + chapters.joined(separator: "; ")))
            }
            let events = index.positions(inSector: sector.id).map(index.event(at:))
            if !events.isEmpty {
                lines.append(
                    "- Events (\(events.count)): "
                        + events.map { "\(clean($0.title)) (\($0.date.displayText))" }.joined(separator: "; "))
            }
            lines.append("")
        }
        return lines
    }

    /// Each flow both parties report for the same period: the two values and the gap.
    private func mirrorSection() -> [String] {
        var rows: [String] = []
        for measure in relation.tradeMeasures {
            guard case .exports(let from) = measure else { continue }
            let series = relation.tradeSeries(measure)
            for point in series.points where point.figure.reporter == from {
                guard let mirror = MirrorPair.of(point, in: series) else { continue }
                let exporter = relation.party(code: from)?.name ?? from
                let importer = relation.party(code: mirror.importerReport.figure.reporter ?? "")?.name ?? "?"
                rows.append(
                    "| \(point.period.shortLabel) | \(clean(exporter)) → \(clean(importer)) | "
                        + "\(relation.trade.format(mirror.exporterReport.amount)) | "
                        + "\(relation.trade.format(mirror.importerReport.amount)) | "
                        + "\(mirror.gap.map(\.signedPercent) ?? "–") |")
            }
        }
        guard !rows.isEmpty else { return [] }
        return [
            "## Mirror figures", "",
            "One flow as each side reports it: the exporter's statistics value goods FOB (at its border), the"
                + " importer's CIF (with freight and insurance), so the importer's figure is usually higher.", "",
            "| Period | Flow | Exporter reports (FOB) | Importer reports (CIF) | Gap |", "|---|---|---:|---:|---:|",
        ] + rows + [""]
    }

    /// The largest HS chapters of each direction in the latest periods with a composition.
    private func compositionSection() -> [String] {
        let periods = Composition.periods(relation.trade).suffix(2)
        guard !periods.isEmpty else { return [] }
        var lines = ["## What is traded", ""]
        for period in periods.reversed() {
            for party in relation.parties {
                let measure = TradeMeasure.exports(from: party.code)
                guard let composition = index.composition(of: measure, in: period)?.limited(to: 8) else { continue }
                let reporter = composition.reporters[party.code].flatMap { relation.party(code: $0)?.name } ?? "?"
                let how = CommodityFigure.valuation(reportedByExporter: composition.reporters[party.code] == party.code)
                lines += [
                    "### \(period.shortLabel): \(clean(relation.name(of: measure)))", "",
                    "As reported by \(clean(reporter)) (\(how)); all chapters \(relation.trade.format(value: composition.total)).",
                    "",
                    "| HS | Chapter | Value | Share | Change on a year before |", "|---|---|---:|---:|---:|",
                ]
                for row in composition.rows {
                    lines.append(
                        "| \(HSChapters.code(row.chapter)) | \(cell(clean(HSChapters.name(of: row.chapter) ?? "")))"
                            + " | \(relation.trade.format(value: row.value)) | \(row.share.percent) | "
                            + "\(row.change.map(\.signedPercent) ?? "–") |")
                }
                if let other = composition.other {
                    lines.append(
                        "| | other (\(other.chapters) chapters) | \(relation.trade.format(value: other.value)) |"
                            + " \(other.share.percent) | |")
                }
                lines.append("")
            }
        }
        return lines
    }

    /// The news layer: how many events per month, with their mean Goldstein score and tone.
    private func newsSection() -> [String] {
        guard index.newsEventCount > 0 else { return [] }
        var lines = [
            "## In the news (GDELT)", "",
            "\(index.newsEventCount.grouped) news events between the parties, coded from the news by the GDELT"
                + " Project; not curated. Goldstein runs from −10 (conflict) to +10 (cooperation).", "",
            "| Month | Events | Mean Goldstein | Mean tone |", "|---|---:|---:|---:|",
        ]
        for (month, news) in index.newsMonths.sorted(by: { $0.key < $1.key }) {
            let name = DatePoint.month(year: month / 12, month: month % 12 + 1).displayText
            lines.append(
                "| \(name) | \(news.count.grouped) | \(String(format: "%+.1f", news.meanGoldstein)) |"
                    + " \(String(format: "%+.1f", news.meanTone)) |")
        }
        return lines + [""]
    }

    private func sourcesSection() -> [String] {
        var lines = ["## Sources", ""]
        for source in relation.sources {
            var line = "- `\(clean(source.id))` \(clean(source.reference))"
            if let url = source.url { line += " <\(clean(url))>" }
            lines.append(line)
        }
        return lines
    }

    // MARK: - Helpers

    private func sourceNames(_ provenance: Provenance) -> String {
        index.sourceNames(provenance).map(clean).joined(separator: "; ")
    }

    private func clean(_ text: String) -> String {
        VisibleText.sanitize(text).replacingOccurrences(of: "\n", with: " ")
    }

    private func cell(_ text: String) -> String {
        text.replacingOccurrences(of: "|", with: "\\|")
    }
}
