// libFuzzer target: any bytes as a relation file (YAML or JSON). A file that loads is
// indexed, exported both ways, and drawn at two sizes with its details open.
import FuzzSupport

@main
enum FuzzMain {
    static func main() { FuzzerDriver.run(testOneInput) }
}

/// One input: a finding stops the fuzzer with the reason.
func testOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    guard let data else { return 0 }
    if let finding = FuzzChecks.relation(Array(UnsafeBufferPointer(start: data, count: size))) { fatalError(finding) }
    return 0
}
