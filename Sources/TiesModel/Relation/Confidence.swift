/// How far a figure, event or statement can be trusted.
///
/// `high`: several outlets agree or an official source; `medium`: one outlet;
/// `low`: sources conflict or the period is unclear.
public enum Confidence: String, CaseIterable, Sendable, Codable, Comparable {
    case high
    case medium
    case low

    /// Orders from least to most trusted, so `max()` picks the most trusted.
    public static func < (lhs: Confidence, rhs: Confidence) -> Bool {
        lhs.rank < rhs.rank
    }

    private var rank: Int {
        switch self {
        case .low: 0
        case .medium: 1
        case .high: 2
        }
    }
}

extension Confidence {
    /// A small number for compact storage: 0 high, 1 medium, 2 low.
    var code: UInt8 {
        switch self {
        case .high: 0
        case .medium: 1
        case .low: 2
        }
    }

    /// The confidence with a code of ``code``; low for a code it never gives.
    init(code: UInt8) {
        switch code {
        case 0: self = .high
        case 1: self = .medium
        default: self = .low
        }
    }
}
