// libFuzzer target: any bytes as a GDELT event export for RUS and PAK. What imports must
// survive YAML unchanged, and be indexed, briefed and drawn (news layer).
import FuzzSupport

@main
enum FuzzMain {
    static func main() { FuzzerDriver.run(FuzzChecks.gdelt) }
}
