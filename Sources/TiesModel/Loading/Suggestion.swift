/// Finds the known word closest to a misspelt one, for "did you mean …" hints.
///
/// Bounded so any file checks in time linear in its size: words longer than
/// ``longestCompared`` are not compared, candidates whose length differs by more than the
/// allowed distance are skipped at once, the distance is computed only within that band and
/// abandoned as soon as it exceeds it, and at most ``candidateLimit`` candidates are looked at.
public enum Suggestion {
    /// The longest word compared, in characters.
    public static let longestCompared = 64
    /// The most candidates compared for one word.
    public static let candidateLimit = 10_000

    /// The candidate closest to `word` if it is close enough to be a likely typo, or one that
    /// starts with it (`okabe` → `okabe-ito`).
    public static func closest(to word: String, in candidates: some Sequence<String>) -> String? {
        let lowered = Array(word.lowercased())
        guard !lowered.isEmpty, lowered.count <= longestCompared else { return nil }
        var best: (word: String, distance: Int)?
        var prefixed: String?
        for candidate in candidates.prefix(candidateLimit) {
            let other = Array(candidate.lowercased())
            guard other.count <= longestCompared else { continue }
            if prefixed == nil, lowered.count >= 3, other.starts(with: lowered) { prefixed = candidate }
            let limit = max(1, min(3, other.count / 3))
            guard abs(other.count - lowered.count) <= limit else { continue }
            if let distance = boundedDistance(lowered, other, limit: min(limit, (best?.distance ?? Int.max) - 1)) {
                best = (candidate, distance)
            }
        }
        return best?.word ?? prefixed
    }

    /// The edit distance between two strings, in characters, counting insertions, deletions,
    /// substitutions and swaps of neighbours (optimal string alignment), so "hihg" is one
    /// edit from "high".
    public static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a)
        let b = Array(b)
        return boundedDistance(a, b, limit: max(a.count, b.count)) ?? max(a.count, b.count)
    }

    /// The edit distance when it is at most `limit`, else nil; only the diagonal band of
    /// width `limit` is computed, two rows at a time.
    static func boundedDistance(_ a: [Character], _ b: [Character], limit: Int) -> Int? {
        guard limit >= 0, abs(a.count - b.count) <= limit else { return nil }
        guard !a.isEmpty else { return b.count }
        guard !b.isEmpty else { return a.count }
        let outside = limit + 1
        var previous2 = [Int](repeating: outside, count: b.count + 1)
        var previous = (0...b.count).map { min($0, outside) }
        var current = [Int](repeating: outside, count: b.count + 1)
        for i in 1...a.count {
            current[0] = min(i, outside)
            let low = max(1, i - limit)
            let high = min(b.count, i + limit)
            if low > 1 { current[low - 1] = outside }
            var rowMinimum = current[0]
            if low <= high {
                for j in low...high {
                    let cost = a[i - 1] == b[j - 1] ? 0 : 1
                    var value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                    if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                        value = min(value, previous2[j - 2] + 1)
                    }
                    current[j] = min(value, outside)
                    rowMinimum = min(rowMinimum, current[j])
                }
            }
            if high < b.count { current[high + 1] = outside }
            guard rowMinimum <= limit else { return nil }
            (previous2, previous, current) = (previous, current, previous2)
        }
        return previous[b.count] <= limit ? previous[b.count] : nil
    }

    /// `" (did you mean 'x'?)"` when a close candidate exists, otherwise empty.
    public static func hint(for word: String, in candidates: some Sequence<String>) -> String {
        closest(to: word, in: candidates).map { " (did you mean '\($0)'?)" } ?? ""
    }

    /// Lists words as `a, b or c`.
    public static func list(_ words: [String]) -> String {
        guard words.count > 1 else { return words.first ?? "" }
        return words.dropLast().joined(separator: ", ") + " or " + (words.last ?? "")
    }
}
