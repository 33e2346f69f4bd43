// libFuzzer target: any bytes as a theme file; a theme that loads is resolved for every role
// at every colour depth.
import FuzzSupport

@main
enum FuzzMain {
    static func main() { FuzzerDriver.run(testOneInput) }
}

/// One input: a finding stops the fuzzer with the reason.
func testOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    guard let data else { return 0 }
    if let finding = FuzzChecks.theme(Array(UnsafeBufferPointer(start: data, count: size))) { fatalError(finding) }
    return 0
}
