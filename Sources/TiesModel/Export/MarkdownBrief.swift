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
        lines += claimsSection()
        lines += timelineSection()
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

    private func sourcesSection() -> [String] {
        var lines = ["## Sources", ""]
        for source in relation.sources {
            var line = "- `\(clean(source.id))` \(clean(source.title))"
            if !source.byline.isEmpty { line += " — " + clean(source.byline) }
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
