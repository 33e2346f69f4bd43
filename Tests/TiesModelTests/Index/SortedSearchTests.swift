import Testing
import TiesModel

/// Finding a value in a sorted list by bisection.
@Suite struct SortedSearchTests {
    @Test func aValueIsFoundWhereItStandsOrNotAtAll() {
        let sorted: [Int32] = [2, 3, 5, 8, 13]
        #expect(sorted.enumerated().allSatisfy { sorted.sortedIndex(of: $0.element) == $0.offset })
        #expect(sorted.sortedIndex(of: 1) == nil)
        #expect(sorted.sortedIndex(of: 4) == nil)
        #expect(sorted.sortedIndex(of: 21) == nil)
        #expect([Int]().sortedIndex(of: 0) == nil)
    }
}
