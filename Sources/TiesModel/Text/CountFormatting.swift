/// Counts as people read them: digits grouped by thousands, nouns agreeing with the count.
extension Int {
    /// `65536` → `65,536`.
    public var grouped: String {
        let digits = String(magnitude)
        var out = ""
        for (index, digit) in digits.enumerated() {
            if index > 0 && (digits.count - index) % 3 == 0 { out += "," }
            out.append(digit)
        }
        return (self < 0 ? "-" : "") + out
    }

    /// The count with a noun: `1.counting("event")` → `1 event`, `12466` → `12,466 events`.
    ///
    /// The plural adds an `s`; pass `plural` for a noun that does not.
    public func counting(_ noun: String, plural: String? = nil) -> String {
        "\(grouped) \(self == 1 ? noun : plural ?? noun + "s")"
    }
}
