import Testing

@testable import TiesRender

@Suite struct KeyTableTests {
    let table = KeyTable.standard

    @Test func panelBindingsWinOverGlobalOnes() {
        #expect(table.action(for: .left, focus: .trade) == .horizontal(-1))
        #expect(table.action(for: .character("e"), focus: .sectors) == .showInTimeline)
        #expect(table.action(for: .character("e"), focus: .events) == nil)
        #expect(table.action(for: .character("m"), focus: .events) == nil)
        #expect(table.action(for: .character("j"), focus: .events) == .move(1))
        #expect(table.action(for: .control("c"), focus: .sectors) == .quit)
        #expect(table.action(for: .character("x"), focus: .trade) == nil)
    }

    @Test func noKeyIsBoundTwiceInOneScope() {
        for panel in Panel.allCases {
            var seen: [Key: Action] = [:]
            for binding in table.bindings where !binding.isPanelScoped || binding.scope == .panel(panel) {
                for key in binding.keys {
                    if let earlier = seen[key], binding.isPanelScoped == false {
                        Issue.record("\(key) bound to \(earlier) and \(binding.action)")
                    }
                    seen[key] = binding.action
                }
            }
        }
    }

    @Test func helpListsEveryBindingFromTheTable() {
        let help = HelpContent.lines(table: table).map(\.text)
        for binding in table.bindings {
            #expect(help.contains { $0.contains(binding.keyLabel) && $0.contains(binding.help) }, "\(binding.help)")
        }
        #expect(help.first == "Global")
        #expect(help.contains("Navigation") && help.contains("Trade") && help.contains("Sectors"))
    }

    @Test func helpOverlayRendersTheTable() throws {
        var state = ViewState(relation: try FrameSupport.fixture(), size: Size(width: 100, height: 40))
        state.apply(.toggleHelp)
        let lines = Dashboard.render(state).lines
        #expect(lines.contains { $0.contains("Help · Esc closes") })
        #expect(lines.contains { $0.contains("  Tab") && $0.contains("focus the next panel") })
        #expect(lines.contains { $0.contains("  q/Ctrl-C") && $0.contains("quit") })
    }

    @Test func statusLineShowsTheFocusedPanelsHints() throws {
        let state = ViewState(relation: try FrameSupport.fixture(), size: Size(width: 100, height: 30), focus: .sectors)
        let status = Dashboard.render(state).lines[29]
        #expect(status.hasPrefix(" Sectors  e events  Enter detail  / search  f filter"))
        #expect(status.hasSuffix("? help  q quit  "))
    }
}
