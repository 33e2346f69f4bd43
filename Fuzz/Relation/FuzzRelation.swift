// libFuzzer target: any bytes as a relation file (YAML or JSON). A file that loads is
// indexed, exported both ways, and drawn at two sizes with its details open.
import FuzzSupport

@main
enum FuzzMain {
    static func main() { FuzzerDriver.run(FuzzChecks.relation) }
}
