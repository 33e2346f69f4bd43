import Yams

/// Records where ids are defined and used while a relation is decoded, then checks them.
///
/// A duplicate definition and a use of an id that is never defined are both errors,
/// reported at the place they occur, with a "did you mean" hint for a near miss.
final class ReferenceTable {
    /// The namespaces ids live in.
    enum Kind: String {
        case party
        case source
        case sector
        case event
        case claim

        var noun: String {
            switch self {
            case .party: "party code"
            default: "\(rawValue) id"
            }
        }
    }

    private struct Site {
        let id: String
        let mark: Mark?
        let path: String
    }

    private var definitions: [Kind: [Site]] = [:]
    private var uses: [Kind: [Site]] = [:]

    func define(_ kind: Kind, _ id: String, at node: Node, path: String) {
        definitions[kind, default: []].append(Site(id: id, mark: node.mark, path: path))
    }

    func use(_ kind: Kind, _ id: String, at node: Node, path: String) {
        uses[kind, default: []].append(Site(id: id, mark: node.mark, path: path))
    }

    func check(into sink: DiagnosticSink) {
        for (kind, sites) in definitions {
            var first: [String: Site] = [:]
            for site in sites {
                if let earlier = first[site.id] {
                    let place = earlier.mark.map { " (first defined at \($0.line):\($0.column))" } ?? ""
                    sink.report(
                        .error, "duplicate \(kind.noun) \(NodeReading.quoted(site.id))\(place)", at: site.mark,
                        path: site.path)
                } else {
                    first[site.id] = site
                }
            }
        }
        for (kind, sites) in uses {
            let known = Set((definitions[kind] ?? []).map(\.id))
            for site in sites where !known.contains(site.id) {
                sink.report(
                    .error,
                    "unknown \(kind.noun) \(NodeReading.quoted(site.id))"
                        + Suggestion.hint(for: site.id, in: known.sorted()),
                    at: site.mark, path: site.path)
            }
        }
    }
}
