// libFuzzer target: any text as a date, an event date and a period; what parses prints back
// to the same text and parses to the same value.
import FuzzSupport

@main
enum FuzzMain {
    static func main() { FuzzerDriver.run(FuzzChecks.dates) }
}
