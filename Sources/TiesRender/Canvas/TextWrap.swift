import TiesModel

/// Breaks text into lines no wider than a number of display columns.
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
                var word = Substring(word)
                var wordWidth = DisplayWidth.of(word)
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
                while wordWidth > width {
                    let (head, rest) = split(word, at: width)
                    result.append(String(head))
                    word = rest
                    wordWidth = DisplayWidth.of(word)
                }
                line = String(word)
                lineWidth = wordWidth
            }
            result.append(line)
        }
        return result
    }

    /// The longest prefix that fits in `width` columns (at least one character), and the rest.
    static func split(_ word: Substring, at width: Int) -> (Substring, Substring) {
        var used = 0
        var index = word.startIndex
        while index < word.endIndex {
            let next = DisplayWidth.of(word[index])
            if used + next > width && index > word.startIndex { break }
            used += next
            index = word.index(after: index)
        }
        return (word[..<index], word[index...])
    }

    /// Text cut to `width` columns, ending in `ellipsis` when it was cut.
    public static func truncate(_ text: String, width: Int, ellipsis: String = "…") -> String {
        guard width > 0 else { return "" }
        let text = VisibleText.sanitize(text)
        guard DisplayWidth.of(text) > width else { return text }
        var out = ""
        var used = 0
        for character in text {
            let next = DisplayWidth.of(character)
            if used + next > width - DisplayWidth.of(ellipsis) { break }
            out.append(character)
            used += next
        }
        return out + ellipsis
    }
}
