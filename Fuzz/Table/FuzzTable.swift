// libFuzzer target: any bytes as a delimited table. Records must read back the same after
// being written out again; a table that loads as events is indexed, exported and drawn.
import FuzzSupport

@main
enum FuzzMain {
    static func main() { FuzzerDriver.run(testOneInput) }
}

/// One input: a finding stops the fuzzer with the reason.
func testOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    guard let data else { return 0 }
    if let finding = FuzzChecks.table(Array(UnsafeBufferPointer(start: data, count: size))) { fatalError(finding) }
    return 0
}
