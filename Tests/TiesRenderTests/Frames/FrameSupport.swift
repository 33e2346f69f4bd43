import TestSupport
import TiesModel
import Testing

@testable import TiesRender

/// Helpers for tests that render frames into memory.
enum FrameSupport {
    static func fixture() throws -> RelationIndex {
        RelationIndex(try RelationLoader.load(fileAt: Fixtures.relation("valid.yaml")).relation)
    }

    static func embedded() throws -> RelationIndex {
        RelationIndex(try EmbeddedRelation.load().relation)
    }

    static func index(_ relation: Relation) -> RelationIndex { RelationIndex(relation) }

    static func frame(_ state: ViewState) -> [String] {
        Dashboard.render(state).lines
    }

    /// Every line of a frame is exactly `width` columns and free of control characters.
    static func expectWellFormed(
        _ lines: [String], _ size: Size, sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) {
        #expect(lines.count == size.height, sourceLocation: sourceLocation)
        for line in lines {
            #expect(DisplayWidth.of(line) == size.width, "\(line)", sourceLocation: sourceLocation)
            #expect(!line.unicodeScalars.contains(where: VisibleText.isControl), sourceLocation: sourceLocation)
        }
    }
}
