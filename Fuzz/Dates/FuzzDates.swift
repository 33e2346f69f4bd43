// libFuzzer target: any text as a date, an event date and a period; what parses prints back
// to the same text and parses to the same value.
import FuzzSupport

@main
enum FuzzMain {
    static func main() { FuzzerDriver.run(testOneInput) }
}

/// One input: a finding stops the fuzzer with the reason.
func testOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    guard let data else { return 0 }
    if let finding = FuzzChecks.dates(Array(UnsafeBufferPointer(start: data, count: size))) { fatalError(finding) }
    return 0
}
