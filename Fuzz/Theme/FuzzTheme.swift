// libFuzzer target: any bytes as a theme file; a theme that loads is resolved for every role
// at every colour depth.
import FuzzSupport

@main
enum FuzzMain {
    static func main() { FuzzerDriver.run(FuzzChecks.theme) }
}
