// libFuzzer target: any bytes as a UN Comtrade download for RUS and PAK. What imports must
// survive YAML unchanged, and be indexed, briefed and drawn (composition view).
import FuzzSupport

@main
enum FuzzMain {
    static func main() { FuzzerDriver.run(FuzzChecks.comtrade) }
}
