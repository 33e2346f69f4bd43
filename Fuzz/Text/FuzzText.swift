// libFuzzer target: any bytes as text on the way to a terminal. What the canvas holds has
// no control character, fits the width it was given, and is measured as it is drawn.
import FuzzSupport

@main
enum FuzzMain {
    static func main() { FuzzerDriver.run(FuzzChecks.text) }
}
