import Foundation
import TestSupport
import TiesModel
import Testing

@testable import TiesRender

@Suite struct ThemeTests {
    @Test func builtInThemesLoadAndSetEveryRole() {
        let catalog = ThemeCatalog.builtIn()
        #expect(catalog.diagnostics.isEmpty)
        #expect(catalog.names == ["default", "light", "high-contrast", "okabe-ito", "mono"])
        for entry in catalog.entries {
            let missing = Role.allCases.filter { entry.theme.faces[$0] == nil }.map(\.key)
            #expect(missing.isEmpty, "\(entry.theme.name) leaves out \(missing)")
            #expect(entry.origin == .builtIn)
        }
    }

    @Test func theFallbackAndMonoFacesComeFromWorkingBuiltIns() {
        #expect(ThemeCatalog.defaultFaces.count == Role.allCases.count, "a broken default.yaml would leave none")
        #expect(ThemeCatalog.monoTheme.faces.count == Role.allCases.count, "a broken mono.yaml would leave none")
    }

    @Test func compiledThemesAreTheRepositoryFiles() throws {
        for file in EmbeddedThemeFiles.files {
            let onDisk = try String(contentsOfFile: Fixtures.packageFile("themes/\(file.name)"), encoding: .utf8)
            #expect(file.text == onDisk)
        }
        #expect(EmbeddedThemeFiles.files.count == 5)
    }

    @Test func monoUsesNoColourOnlyAttributes() throws {
        let mono = try #require(ThemeCatalog.builtIn().theme(named: "mono"))
        #expect(Role.allCases.allSatisfy { mono.face($0).color == .terminalDefault })
        #expect(mono.face(.selection).attributes.contains(.reverse))
        #expect(mono.face(.disputed).attributes.contains(.underline))
    }

    @Test func aPartialThemeFallsBackToTheDefault() throws {
        let theme = try ThemeLoader.load(
            fileAt: Fixtures.packageFile("Tests/Fixtures/themes/partial.yaml"), fallback: ThemeCatalog.defaultFaces
        ).theme
        #expect(theme.name == "sunset")
        #expect(theme.face(.accent) == Face(.rgb(0xFF, 0x88, 0x00), [.bold]))
        #expect(theme.face(.selection) == Face(.indexed(236)))
        #expect(theme.face(.text) == ThemeCatalog.defaultFaces[.text])
        #expect(theme.face(.kind(.visit)) == ThemeCatalog.defaultFaces[.kind(.visit)])
    }

    @Test func badColoursAreErrorsWithALocation() {
        let path = Fixtures.packageFile("Tests/Fixtures/themes/bad-color.yaml")
        #expect {
            try ThemeLoader.load(fileAt: path)
        } throws: { error in
            let messages = (error as? LoadFailure)?.diagnostics.map(\.description) ?? []
            let attributes = "(bold, underline, reverse, dim)"
            let colour = "expected a colour (#RRGGBB, 0–255, an ANSI name or default) and optional attributes"
            #expect(
                messages == [
                    "\(path):3:9: error: colors.text: \(colour) \(attributes), found \"#12345\"",
                    "\(path):4:11: error: colors.accent: \(colour) \(attributes), found \"purple-ish\"",
                    "\(path):5:10: error: colors.muted: \(colour) \(attributes), found \"300\"",
                ])
            return true
        }
    }

    @Test func aThemeForTheOtherBackgroundPaintsItsOwn() throws {
        let catalog = ThemeCatalog.builtIn()
        let dark = try #require(catalog.theme(named: "default"))
        #expect(dark.painted(for: .dark) == dark)
        #expect(dark.painted(for: nil) == dark, "unknown: left alone")
        let onLight = dark.painted(for: .light)
        #expect(onLight.face(.background).color == .rgb(0x24, 0x29, 0x33))
        #expect(onLight.face(.text) == dark.face(.text))
        let mono = try #require(catalog.theme(named: "mono"))
        #expect(mono.painted(for: .light) == mono, "the terminal's own colours suit any background")
        let light = try #require(catalog.theme(named: "light"))
        #expect(light.painted(for: .dark) == light, "it paints its background already")
    }

    @Test func aThemeOverItsFixedLimitIsRefusedWithoutPointingAtTheRelationOption() throws {
        let path = NSTemporaryDirectory() + "ties-theme-\(UUID().uuidString).yaml"
        defer { try? FileManager.default.removeItem(atPath: path) }
        let padding = String(repeating: "# padding\n", count: ThemeLoader.fileLimit / 10 + 1)
        try (padding + "name: big\ncolors: {text: red}\n").write(toFile: path, atomically: true, encoding: .utf8)
        #expect {
            try ThemeLoader.load(fileAt: path)
        } throws: { error in
            let messages = (error as? LoadFailure)?.diagnostics.map(\.description) ?? []
            #expect(
                messages == [
                    "\(path):1:1: error: the file is larger than the limit of 1 MiB;"
                        + " a theme is a few kilobytes, and this limit is fixed"
                ])
            return true
        }
    }

    @Test func unknownRolesAreWarnedAboutWithSuggestions() throws {
        let path = Fixtures.packageFile("Tests/Fixtures/themes/unknown-role.yaml")
        let loaded = try ThemeLoader.load(fileAt: path)
        #expect(
            loaded.warnings.map(\.description) == [
                "\(path):3:3: warning: colors: unknown role \"txet\" is ignored (did you mean 'text'?)",
                "\(path):4:3: warning: colors: unknown role \"kind.vist\" is ignored (did you mean 'kind.visit'?)",
            ])
        #expect(loaded.theme.faces.isEmpty)
    }

    @Test func aBrokenUserThemeIsLeftOutAndReported() throws {
        let config = FileManager.default.temporaryDirectory.appending(path: "ties-config-\(UUID().uuidString)")
        let themes = config.appending(path: "ties/themes")
        try FileManager.default.createDirectory(at: themes, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: config) }
        for name in ["unknown-role", "bad-color"] {
            try FileManager.default.copyItem(
                atPath: Fixtures.packageFile("Tests/Fixtures/themes/\(name).yaml"),
                toPath: themes.appending(path: "\(name).yaml").path)
        }
        let catalog = ThemeCatalog.load(environment: ["XDG_CONFIG_HOME": config.path])
        #expect(catalog.names.contains("typo"))
        #expect(!catalog.names.contains("broken"))
        #expect(catalog.diagnostics.filter { $0.severity == .error }.count == 3)
        #expect(catalog.diagnostics.filter { $0.severity == .warning }.count == 2)
    }

    @Test func userThemesComeFromTheConfigFolder() throws {
        let home = FileManager.default.temporaryDirectory.appending(path: "ties-home-\(UUID().uuidString)")
        let folder = home.appending(path: ".config/ties/themes")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: home) }
        try FileManager.default.copyItem(
            atPath: Fixtures.packageFile("Tests/Fixtures/themes/partial.yaml"),
            toPath: folder.appending(path: "sunset.yaml").path)
        var catalog = ThemeCatalog.load(environment: ["HOME": home.path])
        #expect(catalog.names.last == "sunset")
        #expect(catalog.entries.last?.origin == .file(folder.appending(path: "sunset.yaml").path))
        #expect(try catalog.select("sunset").name == "sunset")
        #expect(throws: ThemeCatalog.SelectionError.self) { try catalog.select("sunest") }
        do {
            _ = try catalog.select("sunest")
        } catch {
            #expect(error.description.hasPrefix("no theme named \"sunest\"; available: default, light"))
            #expect(error.description.hasSuffix("(did you mean 'sunset'?)"))
        }
        #expect(ThemeCatalog.userFolder(environment: ["XDG_CONFIG_HOME": "/x"]) == "/x/ties/themes")
    }

    @Test func colourDepthResolution() {
        let red = ThemeColor.rgb(0xFF, 0x00, 0x00)
        #expect(red.resolved(to: .truecolor) == .rgb(0xFF, 0, 0))
        #expect(red.resolved(to: .indexed256) == .palette(196))
        #expect(red.resolved(to: .ansi16) == .palette(9))
        #expect(red.resolved(to: .none) == .terminalDefault)
        #expect(ThemeColor.rgb(0x80, 0x80, 0x80).resolved(to: .indexed256) == .palette(244))
        #expect(ThemeColor.rgb(0x3B, 0x42, 0x52).resolved(to: .indexed256) == .palette(238))
        #expect(ThemeColor.indexed(196).resolved(to: .ansi16) == .palette(9))
        #expect(ThemeColor.indexed(236).resolved(to: .indexed256) == .palette(236))
        #expect(ThemeColor.ansi(4).resolved(to: .ansi16) == .palette(4))
        #expect(ThemeColor.terminalDefault.resolved(to: .truecolor) == .terminalDefault)
    }

    @Test func colourDepthDetection() {
        #expect(
            ColorDepth.detect(environment: ["NO_COLOR": "1", "COLORTERM": "truecolor"], terminalColors: 256) == .none)
        #expect(ColorDepth.detect(environment: ["COLORTERM": "truecolor"], terminalColors: 8) == .truecolor)
        #expect(ColorDepth.detect(environment: ["TERM": "xterm-256color"], terminalColors: 8) == .indexed256)
        #expect(ColorDepth.detect(environment: ["TERM": "xterm"], terminalColors: 8) == .ansi8)
        #expect(ColorDepth.detect(environment: ["TERM": "xterm-16color"], terminalColors: 16) == .ansi16)
        #expect(ColorDepth.detect(environment: ["TERM": "xterm-mono"], terminalColors: 2) == .none)
        #expect(
            ColorPreference.auto.depth(
                environment: ["TERM": "xterm", "COLORTERM": "truecolor"], isTerminal: true, terminalColors: 8,
                allowsTruecolor: false) == .ansi8, "curses without truecolor falls back to the terminal's own colours")
        #expect(ColorDepth.detect(environment: ["TERM": "vt100"], terminalColors: 0) == .none)
        #expect(ColorDepth.detect(environment: ["NO_COLOR": ""], terminalColors: 256) == .indexed256)
    }

    @Test func colourParsing() {
        #expect(ThemeColor(parsing: "#88C0D0") == .rgb(0x88, 0xC0, 0xD0))
        #expect(ThemeColor(parsing: "bright-red") == .ansi(9))
        #expect(ThemeColor(parsing: "255") == .indexed(255))
        #expect(ThemeColor(parsing: "default") == .terminalDefault)
        #expect(ThemeColor(parsing: "256") == nil)
        #expect(ThemeColor(parsing: "#GGGGGG") == nil)
        #expect(ThemeColor.rgb(0x08, 0xC0, 0xD0).description == "#08c0d0")
    }

    @Test func sgrCodesFollowTheDepth() throws {
        let theme = Theme(
            name: "t",
            faces: [
                .text: Face(.rgb(100, 150, 200), [.bold]), .background: Face(), .selection: Face(.indexed(236)),
                .accent: Face(.ansi(11)),
            ])
        #expect(FrameWriter.sgr(Style(.text), theme: theme, depth: .truecolor) == "0;1;38;2;100;150;200")
        #expect(FrameWriter.sgr(Style(.text), theme: theme, depth: .none) == "0", "drawn as mono: plain text")
        #expect(FrameWriter.sgr(Style(.title), theme: theme, depth: .none) == "0;1", "mono titles are bold")
        #expect(
            FrameWriter.sgr(Style(.accent, background: .selection), theme: theme, depth: .indexed256) == "0;93;48;5;236"
        )
        #expect(
            FrameWriter.sgr(Style(.accent, background: .selection), theme: theme, depth: .ansi16) == "0;93;40",
            "grey 236 is nearest black")
        var canvas = Canvas(size: Size(width: 3, height: 1))
        canvas.write("ab", x: 0, y: 0, style: Style(.accent))
        #expect(FrameWriter.ansi(canvas, theme: theme, depth: .ansi16) == ["\u{1B}[0;93mab\u{1B}[0;1;34m \u{1B}[0m"])
    }
}
