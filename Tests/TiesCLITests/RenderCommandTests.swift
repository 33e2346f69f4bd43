import Foundation
import TestSupport
import Testing

/// `ties render` and `ties themes` as a user runs them.
@Suite struct RenderCommandTests {
    @Test(arguments: [(120, 40), (80, 24), (60, 20), (20, 6)])
    func framesAreExactlyTheSizeAsked(_ width: Int, _ height: Int) throws {
        let run = try ProgramRun.ties(["render", "--size", "\(width)x\(height)"])
        #expect(run.status == 0)
        let lines = run.standardOutput.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
        #expect(lines.count == height)
        #expect(!run.standardOutput.contains("\u{1B}"))
        #expect(run.standardError.isEmpty)
        if width == 20 { #expect(lines.joined().contains("terminal too small")) }
    }

    @Test func colourAlwaysWritesOnlySGRSequences() throws {
        let run = try ProgramRun.ties(
            ["render", "--size", "100x30", "--color", "always", "--theme", "okabe-ito"],
            environment: ["COLORTERM": "truecolor"])
        #expect(run.status == 0)
        #expect(run.standardOutput.contains("\u{1B}[0;1;38;2;86;180;233m"))
        let stripped = run.standardOutput.replacing(try Regex("\u{1B}\\[[0-9;]*m"), with: "")
        #expect(!stripped.contains("\u{1B}"))
        #expect(stripped.split(separator: "\n").count == 30)
    }

    @Test func anUnknownThemeNameIsBadUsageListingTheThemes() throws {
        let run = try ProgramRun.ties(["render", "--theme", "nosuch"])
        #expect(run.status == 64)
        #expect(run.standardOutput.isEmpty)
        #expect(
            run.standardError.hasPrefix(
                "Error: no theme named \"nosuch\"; available: default, light, high-contrast, okabe-ito, mono"))
        #expect(!run.standardError.contains("nosuch:1:1"), "no invented file location")
        let near = try ProgramRun.ties(["render", "--theme", "okabe"])
        #expect(near.standardError.contains("(did you mean 'okabe-ito'?)"))
    }

    @Test func noColorWinsInAutoMode() throws {
        let run = try ProgramRun.ties(["render", "--color", "auto"], environment: ["NO_COLOR": "1"])
        #expect(!run.standardOutput.contains("\u{1B}"))
    }

    @Test func aBadThemeFileExits65() throws {
        let run = try ProgramRun.ties([
            "render", "--theme", Fixtures.packageFile("Tests/Fixtures/themes/bad-color.yaml"),
        ])
        #expect(run.status == 65)
        #expect(run.standardError.split(separator: "\n").count == 3)
    }

    @Test func themesListsBuiltInsAndUserThemes() throws {
        let config = FileManager.default.temporaryDirectory.appending(path: "ties-cli-\(UUID().uuidString)")
        let folder = config.appending(path: "ties/themes")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: config) }
        try FileManager.default.copyItem(
            atPath: Fixtures.packageFile("Tests/Fixtures/themes/partial.yaml"),
            toPath: folder.appending(path: "sunset.yaml").path)
        let run = try ProgramRun.ties(["themes"], environment: ["XDG_CONFIG_HOME": config.path])
        let lines = run.standardOutput.split(separator: "\n").map(String.init)
        #expect(lines.first?.hasPrefix("default        built-in — Dark") == true)
        #expect(lines.contains { $0.hasPrefix("sunset ") && $0.contains(folder.appending(path: "sunset.yaml").path) })
        #expect(lines.last == "user themes: \(folder.path)")
    }
}
