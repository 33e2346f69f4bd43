/// Short lists of codes per event (its sectors, its sources), stored flat.
struct CodeLists: Sendable {
    private let starts: [Int32]
    private let codes: [UInt16]

    /// No lists.
    static let empty = CodeLists(starts: [0], codes: [])

    struct Builder {
        private var starts: [Int32] = [0]
        private var codes: [UInt16] = []

        /// Appends a code to the list being built.
        mutating func append(code: UInt16) { codes.append(code) }

        /// Ends the list being built.
        mutating func endList() { starts.append(Int32(truncatingIfNeeded: codes.count)) }

        func build() -> CodeLists { CodeLists(starts: starts, codes: codes) }
    }

    /// The lists taken in another order: list `i` of the result is list `order[i]` of these.
    func reordered(by order: [Int32]) -> CodeLists {
        var newStarts: [Int32] = [0]
        newStarts.reserveCapacity(starts.count)
        var newCodes: [UInt16] = []
        newCodes.reserveCapacity(codes.count)
        for index in order {
            newCodes.append(contentsOf: codes[Int(starts[Int(index)])..<Int(starts[Int(index) + 1])])
            newStarts.append(Int32(truncatingIfNeeded: newCodes.count))
        }
        return CodeLists(starts: newStarts, codes: newCodes)
    }

    func contains(any wanted: Set<UInt16>, at index: Int) -> Bool {
        for offset in Int(starts[index])..<Int(starts[index + 1]) where wanted.contains(codes[offset]) { return true }
        return false
    }

    func forEach(at index: Int, _ body: (UInt16) -> Void) {
        for offset in Int(starts[index])..<Int(starts[index + 1]) { body(codes[offset]) }
    }
}
