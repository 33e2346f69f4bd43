// libFuzzer target: any bytes as a UN Comtrade download for RUS and PAK. What imports must
// survive YAML unchanged, and be indexed, briefed and drawn (composition view, news layer).
import FuzzSupport

@main
enum FuzzMain {
    static func main() { FuzzerDriver.run(testOneInput) }
}

/// One input: a finding stops the fuzzer with the reason.
func testOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    guard let data else { return 0 }
    if let finding = FuzzChecks.comtrade(Array(UnsafeBufferPointer(start: data, count: size))) { fatalError(finding) }
    return 0
}
