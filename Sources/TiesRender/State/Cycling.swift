/// The settings a key cycles through (symbols, period kinds, sector order) step in the order
/// their cases are written.
extension CaseIterable where Self: Equatable, AllCases.Index == Int {
    /// The case after this one, wrapping around.
    var next: Self {
        let all = Self.allCases
        return all[((all.firstIndex(of: self) ?? 0) + 1) % all.count]
    }
}
