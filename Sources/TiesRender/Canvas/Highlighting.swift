import Foundation

/// Writes text with the first occurrence of a search query marked, matched as the search
/// matches (case and diacritics ignored).
enum Highlighting {
    /// Writes `text` at (x, y) in `style`, the match in `highlight`; returns the columns used.
    @discardableResult
    static func write(
        _ text: String, query: String?, x: Int, y: Int, style: Style, highlight: Style, canvas: inout Canvas, clip: Rect
    ) -> Int {
        guard let query, !query.isEmpty,
            let range = text.range(of: query, options: [.caseInsensitive, .diacriticInsensitive])
        else {
            return canvas.write(text, x: x, y: y, style: style, clip: clip)
        }
        var used = canvas.write(String(text[..<range.lowerBound]), x: x, y: y, style: style, clip: clip)
        used += canvas.write(String(text[range]), x: x + used, y: y, style: highlight, clip: clip)
        used += canvas.write(String(text[range.upperBound...]), x: x + used, y: y, style: style, clip: clip)
        return used
    }
}
