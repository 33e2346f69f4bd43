import Testing

@testable import TiesRender

@Suite struct KeyTableTests {
    let table = KeyTable.standard

    @Test func panelBindingsWinOverGlobalOnes() {
        #expect(table.action(for: .left, focus: .trade) == .move(-1))
        #expect(table.action(for: .left, focus: .events) == .focusLeft)
        #expect(table.action(for: .character("3"), focus: .events) == .focusNumber(3))
        #expect(table.action(for: .character("e"), focus: .sectors) == .showInTimeline)
        #expect(table.action(for: .character("e"), focus: .events) == nil)
        #expect(table.action(for: .character("m"), focus: .events) == nil)
        #expect(table.action(for: .character("j"), focus: .events) == .move(1))
        #expect(table.action(for: .control("c"), focus: .sectors) == .quit)
        #expect(table.action(for: .character("x"), focus: .trade) == nil)
    }

    @Test func helpListsABindingsOwnKeysWhereItsHintStandsForAPair() {
        let previous = KeyTable.standard.bindings.first { $0.action == .move(-1) && $0.scope == .panel(.trade) }
        #expect(previous?.keyLabel == "h/←", "help: the previous period's own keys")
        #expect(previous?.hintKeys == "←/→", "the status line: one hint for both")
        let show = KeyTable.standard.bindings.first { $0.action == .showInTimeline && $0.scope == .panel(.trade) }
        #expect(show?.help == "filter the timeline to the selected period's events")
    }

    @Test func noKeyIsBoundTwiceInOneScope() {
        #expect(Self.doubleBindings(table).isEmpty)
    }

    @Test func aKeyBoundTwiceInOneScopeIsFound() {
        let planted = KeyTable(
            bindings: table.bindings + [KeyTable.Binding([.character("e")], .cycleMeasure, .panel(.sectors), help: "x")]
        )
        #expect(Self.doubleBindings(planted) == ["e in panel(sectors)"])
    }

    /// The keys bound more than once within one scope.
    static func doubleBindings(_ table: KeyTable) -> [String] {
        var seen: Set<String> = []
        var doubles: [String] = []
        for binding in table.bindings {
            for key in binding.keys {
                let name = "\(key.label) in \(binding.scope)"
                if !seen.insert(name).inserted { doubles.append(name) }
            }
        }
        return doubles
    }

    @Test func everyActionNamedOnScreenHasAKey() {
        let named: [(Action, KeyTable.Scope?)] = [
            (.cycleMeasure, .panel(.trade)), (.showInTimeline, .panel(.sectors)), (.openDetail, nil), (.back, nil),
            (.cycleKindFilter, nil), (.closeOverlay, .detail), (.closeOverlay, .help), (.commitSearch, .searchTyping),
            (.back, .searchTyping), (.startSearch, nil), (.quit, nil), (.move(1), .detail), (.move(-1), .detail),
        ]
        for (action, scope) in named {
            #expect(table.label(for: action, in: scope) != "?", "\(action)")
        }
    }

    @Test func helpListsEveryBindingFromTheTable() {
        let help = HelpContent.lines(table: table, panels: .standard).map(\.text)
        for binding in table.bindings {
            #expect(help.contains { $0.contains(binding.keyLabel) && $0.contains(binding.help) }, "\(binding.help)")
        }
        #expect(help.first == "Global")
        #expect(help.contains("Navigation") && help.contains("Trade") && help.contains("Sectors"))
        #expect(
            help.contains("While typing a search") && help.contains("Mouse") && help.contains("In the detail overlay"))
    }

    @Test func helpOverlayRendersTheTable() throws {
        var state = ViewState(index: try FrameSupport.fixture(), size: Size(width: 100, height: 40))
        state.apply(.toggleHelp)
        let lines = Dashboard.render(state).lines
        #expect(lines.contains { $0.contains("Help · Esc closes") })
        #expect(lines.contains { $0.contains("  Tab") && $0.contains("focus the next panel") })
        #expect(lines.contains { $0.contains("  q/Ctrl-C") && $0.contains("quit") })
    }

    @Test func statusLineShowsTheFocusedPanelsHints() throws {
        let state = ViewState(index: try FrameSupport.fixture(), size: Size(width: 100, height: 30), focus: .sectors)
        let status = Dashboard.render(state).lines[29]
        #expect(status.hasPrefix(" Sectors  e events  S order  Enter detail  / search  f filter"))
        #expect(status.hasSuffix("? help  q quit  "))
    }
}
