/// What a terminal is told for one style: a foreground, a background and attributes.
///
/// The one place where semantic styles meet a terminal's colour depth: the ANSI writer and
/// the curses front end both ask ``Theme/look(_:depth:)``.
public struct Look: Hashable, Sendable {
    /// The text colour.
    public var foreground: TerminalColor
    /// The cell's background colour.
    public var background: TerminalColor
    /// Bold, underline, reverse, dim.
    public var attributes: Attributes

    /// Creates a look.
    public init(foreground: TerminalColor, background: TerminalColor, attributes: Attributes) {
        self.foreground = foreground
        self.background = background
        self.attributes = attributes
    }
}

extension Theme {
    /// The roles that only ever paint backgrounds.
    public static let backgroundRoles: [Role] = [.background, .selection, .overlay]

    /// The roles drawn as text (everything but the background roles).
    public static let textRoles: [Role] = Role.allCases.filter { !backgroundRoles.contains($0) }

    /// How a style is drawn at a colour depth.
    ///
    /// - With no colour, every theme is drawn as `mono`: bold, underline, reverse, dim.
    /// - At 8 colours the bright half of the palette folds onto the base colours (bold for
    ///   text); greys and black/white become the terminal's own colours unless the theme
    ///   paints a background; a selection that would not show is drawn reversed.
    /// - At every depth the foreground never equals the background, and on a dark theme no
    ///   text is black: such a colour is replaced by the terminal's own or a contrasting one.
    public func look(_ style: Style, depth: ColorDepth) -> Look {
        var look = rawLook(style, depth: depth)
        if depth != .none { guardVisibility(&look, depth: depth) }
        return look
    }

    /// The text roles this theme would make invisible at a depth, before ties corrects them.
    ///
    /// A role is invisible when its colour equals one of the backgrounds it is drawn on, or
    /// when it is black on a dark theme. Shown as warnings for user themes.
    public func invisibleRoles(at depth: ColorDepth) -> [Role] {
        guard depth != .none else { return [] }
        return Self.textRoles.filter { role in
            Self.backgroundRoles.contains { background in
                let look = rawLook(Style(role, background: background), depth: depth)
                return isHidden(look.foreground, on: look.background, depth: depth)
            }
        }
    }

    // MARK: - Resolution

    private func rawLook(_ style: Style, depth: ColorDepth) -> Look {
        let source = depth == .none ? ThemeCatalog.monoTheme : self
        let foreground = source.face(style.foreground)
        let background = source.face(style.background)
        var attributes = style.attributes.union(foreground.attributes).union(background.attributes)
        switch depth {
        case .none:
            return Look(foreground: .terminalDefault, background: .terminalDefault, attributes: attributes)
        case .ansi8:
            let (text, bright) = folded(foreground.color, asText: true)
            let (paper, _) = folded(background.color, asText: false)
            if bright && !attributes.contains(.dim) { attributes.insert(.bold) }
            if style.background == .selection && paper == folded(face(.background).color, asText: false).0 {
                attributes.insert(.reverse)
            }
            return Look(foreground: text, background: paper, attributes: attributes)
        case .ansi16, .indexed256, .truecolor:
            return Look(
                foreground: foreground.color.resolved(to: depth), background: background.color.resolved(to: depth),
                attributes: attributes)
        }
    }

    /// Whether the theme paints its own background rather than keeping the terminal's.
    private var paintsBackground: Bool { face(.background).color != .terminalDefault }

    /// A colour at 8 colours, and whether it was bright.
    ///
    /// Black, white and the greys are the terminal's own colours unless the theme paints a
    /// background; then text takes black or white, whichever stands against it.
    private func folded(_ color: ThemeColor, asText: Bool) -> (TerminalColor, Bool) {
        guard case .palette(let index) = color.resolved(to: .ansi8) else { return (.terminalDefault, false) }
        let neutral = [0, 7, 8, 15].contains(index)
        guard neutral else { return (.palette(index % 8), index >= 8) }
        guard paintsBackground else { return (.terminalDefault, false) }
        if !asText { return (.palette(index == 7 || index == 15 ? 7 : 0), false) }
        switch index {
        case 7, 15: return (.palette(7), false)
        case 0: return (.palette(0), false)
        default: return (Self.contrast(to: folded(face(.background).color, asText: false).0), false)
        }
    }

    private func guardVisibility(_ look: inout Look, depth: ColorDepth) {
        guard isHidden(look.foreground, on: look.background, depth: depth) else { return }
        look.foreground = paintsBackground ? Self.contrast(to: look.background) : .terminalDefault
        if look.foreground == look.background { look.foreground = Self.contrast(to: look.background) }
    }

    /// Whether text of one colour would vanish on a background at a depth.
    private func isHidden(_ foreground: TerminalColor, on background: TerminalColor, depth: ColorDepth) -> Bool {
        if foreground != .terminalDefault && foreground == background { return true }
        return appearance == .dark && background == .terminalDefault && Self.isBlack(foreground)
    }

    private static func isBlack(_ color: TerminalColor) -> Bool {
        switch color {
        case .palette(let index): index == 0 || index == 16
        case .rgb(let r, let g, let b): Int(r) + Int(g) + Int(b) < 60
        case .terminalDefault: false
        }
    }

    /// Black or white, whichever stands against a background.
    private static func contrast(to background: TerminalColor) -> TerminalColor {
        let (r, g, b): (Int, Int, Int)
        switch background {
        case .terminalDefault: return .terminalDefault
        case .palette(let index): (r, g, b) = ThemeColor.paletteRGB(index)
        case .rgb(let red, let green, let blue): (r, g, b) = (Int(red), Int(green), Int(blue))
        }
        return 299 * r + 587 * g + 114 * b > 128_000 ? .palette(0) : .palette(7)
    }
}
