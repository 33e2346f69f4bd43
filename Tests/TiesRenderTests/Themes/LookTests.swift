import Foundation
import TestSupport
import TiesModel
import Testing

@testable import TiesRender

/// What a terminal is told for each style, at each colour depth.
@Suite struct LookTests {
    static let depths = ColorDepth.allCases

    @Test(arguments: ThemeCatalog.builtIn().names, depths)
    func everyRoleStaysVisible(themeName: String, depth: ColorDepth) throws {
        let theme = try #require(ThemeCatalog.builtIn().theme(named: themeName))
        for background in Theme.backgroundRoles {
            for role in Theme.textRoles {
                let look = theme.look(Style(role, background: background), depth: depth)
                let name = "\(theme.name) at \(depth): \(role.key) on \(background.key)"
                #expect(
                    look.foreground == .terminalDefault || look.foreground != look.background,
                    "\(name) is drawn in its background's colour \(look.background)")
                if theme.appearance == .dark && look.background == .terminalDefault {
                    #expect(
                        look.foreground != .palette(0) && look.foreground != .palette(16), "\(name) is black on dark")
                }
                if depth <= .ansi8, case .palette(let index) = look.foreground {
                    #expect(index < 8, "\(name) uses colour \(index), which an 8-colour terminal lacks")
                }
                if depth <= .ansi8, case .palette(let index) = look.background {
                    #expect(index < 8, "\(name) uses background \(index), which an 8-colour terminal lacks")
                }
            }
        }
    }

    @Test func atEightColoursBrightColoursFoldOntoBoldBaseColoursAndGreysKeepTheTerminalsOwn() throws {
        let theme = try #require(ThemeCatalog.builtIn().theme(named: "default"))
        let text = theme.look(Style(.text), depth: .ansi8)
        #expect(text.foreground == .terminalDefault && text.background == .terminalDefault)
        let muted = theme.look(Style(.muted, background: .overlay), depth: .ansi8)
        #expect(muted.foreground == .terminalDefault && muted.background == .terminalDefault)
        let positive = theme.look(Style(.positive), depth: .ansi8)
        #expect(positive.foreground == .palette(2))
        let highContrast = try #require(ThemeCatalog.builtIn().theme(named: "high-contrast"))
        let accent = highContrast.look(Style(.accent), depth: .ansi8)
        #expect(accent.foreground == .palette(3) && accent.attributes.contains(.bold), "bright yellow: bold yellow")
        #expect(accent.background == .palette(0), "a theme that paints its background keeps it")
    }

    @Test func aSelectionThatWouldNotShowAtEightColoursIsReversed() throws {
        let theme = try #require(ThemeCatalog.builtIn().theme(named: "default"))
        #expect(theme.look(Style(.text, background: .selection), depth: .ansi8).attributes.contains(.reverse))
        #expect(!theme.look(Style(.text, background: .selection), depth: .indexed256).attributes.contains(.reverse))
    }

    @Test func withoutColourEveryThemeIsDrawnAsMono() throws {
        let theme = try #require(ThemeCatalog.builtIn().theme(named: "okabe-ito"))
        let selection = theme.look(Style(.text, background: .selection), depth: .none)
        #expect(selection == Look(foreground: .terminalDefault, background: .terminalDefault, attributes: [.reverse]))
        #expect(theme.look(Style(.disputed), depth: .none).attributes.contains(.underline))
    }

    @Test func aUserThemeThatHidesARoleIsNamed() throws {
        let theme = Theme(
            name: "murky",
            faces: [
                .background: Face(), .selection: Face(.ansi(4)), .overlay: Face(.ansi(0)), .text: Face(.ansi(7)),
                .muted: Face(.ansi(12)), .accent: Face(.rgb(0, 0, 0)),
            ])
        #expect(theme.invisibleRoles(at: .ansi8).map(\.key) == ["muted"], "black folds to the terminal's own")
        #expect(theme.invisibleRoles(at: .ansi16).map(\.key) == ["accent"])
        #expect(theme.invisibleRoles(at: .none).isEmpty)
        let fixed = theme.look(Style(.muted, background: .selection), depth: .ansi8)
        #expect(fixed.foreground != fixed.background)
    }

    @Test func builtInThemesHideNoRoleAtEightColoursOr256() {
        for entry in ThemeCatalog.builtIn().entries {
            for depth in [ColorDepth.ansi8, .indexed256, .truecolor] {
                let roles = entry.theme.invisibleRoles(at: depth).map(\.key)
                #expect(roles.isEmpty, "\(entry.theme.name) at \(depth): \(roles)")
            }
        }
    }
}
