import FuzzSupport
import Foundation
import TestSupport
import Testing

/// Every input fuzzing ever found, replayed with the checks the fuzz targets make
/// (`Tests/Fixtures/fuzz/TARGET/`), so a finding stays fixed.
@Suite struct FuzzRegressionTests {
    static var inputs: [String] {
        let root = Fixtures.packageFile("Tests/Fixtures/fuzz")
        let targets = (try? FileManager.default.contentsOfDirectory(atPath: root)) ?? []
        return targets.sorted().flatMap { target in
            ((try? FileManager.default.contentsOfDirectory(atPath: root + "/" + target)) ?? []).sorted()
                .map { "\(target)/\($0)" }
        }
    }

    @Test(arguments: inputs)
    func aFormerFindingPassesItsChecks(_ input: String) throws {
        let target = String(input.prefix { $0 != "/" })
        let bytes = try #require(
            FileManager.default.contents(atPath: Fixtures.packageFile("Tests/Fixtures/fuzz/\(input)")))
        let finding = try #require(FuzzChecks.check(target, Array(bytes)), "no checks for \(target)")
        #expect(finding == nil)
    }

    /// The table target's seeds (quoted line breaks, a byte-order mark, tabs, an unclosed
    /// quote, windows-1252 bytes) pass its checks, so the checks hold before fuzzing starts.
    @Test(arguments: ["events.csv", "semicolon-bom.csv", "tabs.csv", "unclosed.csv", "latin.csv"])
    func tableSeedsPassTheTableChecks(_ name: String) throws {
        let bytes = try #require(
            FileManager.default.contents(atPath: Fixtures.packageFile("Tests/Fixtures/tables/\(name)")))
        #expect(FuzzChecks.table(Array(bytes)) == nil)
    }

    /// The Comtrade and GDELT fixtures pass the import checks (YAML round trip, brief, frames).
    @Test(arguments: [
        "comtrade/plus-quirky.csv", "comtrade/plus-monthly.csv", "comtrade/plus-pascal.csv", "comtrade/legacy.csv",
        "comtrade/legacy-mx.csv", "gdelt/mixed.export.CSV",
    ])
    func importFixturesPassTheirChecks(_ name: String) throws {
        let bytes = try #require(FileManager.default.contents(atPath: Fixtures.packageFile("Tests/Fixtures/\(name)")))
        let finding = name.hasPrefix("comtrade") ? FuzzChecks.comtrade(Array(bytes)) : FuzzChecks.gdelt(Array(bytes))
        #expect(finding == nil)
    }

    @Test func theFixturesAreThere() {
        #expect(!Self.inputs.isEmpty)
    }
}
