// libFuzzer target: any bytes as a delimited table. Records must read back the same after
// being written out again; a table that loads as events is indexed, exported and drawn.
import FuzzSupport

@main
enum FuzzMain {
    static func main() { FuzzerDriver.run(FuzzChecks.table) }
}
