import TiesModel

/// Breaks text into lines no wider than a number of display columns, in time linear in the
/// text, however long a word is.
public enum TextWrap {
    /// Wraps at spaces where it can, breaking words longer than a line; keeps paragraph breaks.
    public static func lines(_ text: String, width: Int) -> [String] {
        guard width > 0 else { return [] }
        var result: [String] = []
        for paragraph in VisibleText.sanitize(text, keepingNewlines: true).split(
            separator: "\n", omittingEmptySubsequences: false)
        {
            var line = ""
            var lineWidth = 0
            for word in paragraph.split(separator: " ", omittingEmptySubsequences: true) {
                let wordWidth = DisplayWidth.of(word)
                if lineWidth > 0 && lineWidth + 1 + wordWidth <= width {
                    line += " " + word
                    lineWidth += 1 + wordWidth
                    continue
                }
                if lineWidth > 0 {
                    result.append(line)
                    line = ""
                    lineWidth = 0
                }
                if wordWidth <= width {
                    line = String(word)
                    lineWidth = wordWidth
                    continue
                }
                // A word longer than a line: cut it into line-long pieces in one pass.
                for character in word {
                    let characterWidth = DisplayWidth.of(character)
                    if lineWidth + characterWidth > width && lineWidth > 0 {
                        result.append(line)
                        line = ""
                        lineWidth = 0
                    }
                    line.append(character)
                    lineWidth += characterWidth
                }
            }
            result.append(line)
        }
        return result
    }

    /// Text cut to `width` columns, ending in `ellipsis` when it was cut; only as much of the
    /// text is read as the width needs.
    public static func truncate(_ text: String, width: Int, ellipsis: String = "…") -> String {
        guard width > 0 else { return "" }
        let room = width - DisplayWidth.of(ellipsis)
        var keptEnd = text.startIndex
        var total = 0
        var index = text.startIndex
        while index < text.endIndex {
            let characterWidth = DisplayWidth.of(text[index])
            total += characterWidth
            if total > width {
                return VisibleText.sanitize(String(text[..<keptEnd])) + (room >= 0 ? ellipsis : "")
            }
            index = text.index(after: index)
            if total <= room { keptEnd = index }
        }
        return VisibleText.sanitize(text)
    }
}
