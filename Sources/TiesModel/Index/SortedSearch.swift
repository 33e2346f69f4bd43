extension RandomAccessCollection where Element: Comparable, Index == Int {
    /// Where a value stands in this collection, which must be sorted ascending, found by
    /// bisection; nil when it is not there.
    public func sortedIndex(of value: Element) -> Int? {
        var low = startIndex
        var high = endIndex
        while low < high {
            let middle = (low + high) / 2
            if self[middle] < value { low = middle + 1 } else { high = middle }
        }
        return low < endIndex && self[low] == value ? low : nil
    }
}
