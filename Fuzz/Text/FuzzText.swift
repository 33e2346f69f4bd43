// libFuzzer target: any bytes as text on the way to a terminal. What the canvas holds has
// no control character, fits the width it was given, and is measured as it is drawn.
import FuzzSupport

@main
enum FuzzMain {
    static func main() { FuzzerDriver.run(testOneInput) }
}

/// One input: a finding stops the fuzzer with the reason.
func testOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    guard let data else { return 0 }
    if let finding = FuzzChecks.text(Array(UnsafeBufferPointer(start: data, count: size))) { fatalError(finding) }
    return 0
}
