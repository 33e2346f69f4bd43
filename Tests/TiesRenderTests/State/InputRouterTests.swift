import Testing

@testable import TiesRender

@Suite struct InputRouterTests {
    func state(size: Size = Size(width: 100, height: 30)) throws -> ViewState {
        ViewState(index: try FrameSupport.fixture(), size: size, focus: .events)
    }

    @Test func keysGoThroughTheKeyTable() throws {
        let state = try state()
        #expect(InputRouter.action(for: .character("j"), in: state) == .move(1))
        #expect(InputRouter.action(for: .tab, in: state) == .focusNext)
        #expect(InputRouter.action(for: .character("z"), in: state) == nil)
    }

    @Test func typingASearchEditsItsText() throws {
        var state = try state()
        state.apply(.startSearch)
        #expect(InputRouter.action(for: .character("q"), in: state) == .searchText("q"))
        state.apply(.searchText("ab"))
        #expect(InputRouter.action(for: .backspace, in: state) == .deleteSearchCharacter)
        #expect(InputRouter.action(for: .control("u"), in: state) == .clearSearchText)
        #expect(InputRouter.action(for: .enter, in: state) == .commitSearch)
        #expect(InputRouter.action(for: .escape, in: state) == .back)
        #expect(InputRouter.action(for: .control("c"), in: state) == .quit)
        #expect(InputRouter.action(for: .down, in: state) == .move(1))
        state.apply(.commitSearch)
        #expect(InputRouter.action(for: .character("q"), in: state) == .quit)
    }

    @Test func theTooSmallScreenOnlyQuits() throws {
        let state = try state(size: Size(width: 20, height: 6))
        #expect(InputRouter.action(for: .character("q"), in: state) == .quit)
        #expect(InputRouter.action(for: .character("j"), in: state) == nil)
        #expect(InputRouter.action(for: .tab, in: state) == nil)
    }
}
