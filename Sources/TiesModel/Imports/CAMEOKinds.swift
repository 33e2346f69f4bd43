/// How GDELT's CAMEO event codes become ties' event kinds, and what each code is called.
///
/// The mapping, keyed on the three-digit base code and falling back to the two-digit root:
///
/// | kind | CAMEO |
/// |---|---|
/// | `visit` | 042 make a visit, 043 host a visit |
/// | `meeting` | 044 meet at a third location |
/// | `talks` | 036 intent to meet or negotiate, 040 consult, 041 telephone, 045 mediate, 046 negotiate |
/// | `agreement` | 057 sign formal agreement |
/// | `cooperation` | 061 economic, 063 judicial, 064 intelligence cooperation; 060 material cooperation |
/// | `exercise` | 062 military cooperation (joint exercises are coded so) |
/// | `aid` | 07 provide aid |
/// | `commemoration` | 017 symbolic act, 018 empathetic comment |
/// | `statement` | 01, 02, 03, 05 (verbal cooperation otherwise), 10–13 (demand, disapprove, reject, threaten) |
/// | `protest` | 14 protest |
/// | `conflict` | 15–20 (force posture, reduced relations, coercion, assault, fighting) |
/// | `other` | 08 yield, 09 investigate, anything else |
enum CAMEOKinds {
    /// The ties kind of a base code (`042`) or, failing that, of its root (`04`).
    static func kind(baseCode: String, rootCode: String) -> String {
        if let kind = byBase[baseCode] { return kind }
        switch Int(rootCode) ?? 0 {
        case 1, 2, 3, 5, 10, 11, 12, 13: return "statement"
        case 4: return "talks"
        case 6: return "cooperation"
        case 7: return "aid"
        case 14: return "protest"
        case 15...20: return "conflict"
        default: return "other"
        }
    }

    private static let byBase: [String: String] = [
        "042": "visit", "043": "visit", "044": "meeting", "036": "talks", "040": "talks", "041": "talks",
        "045": "talks", "046": "talks", "057": "agreement", "060": "cooperation", "061": "cooperation",
        "063": "cooperation", "064": "cooperation", "062": "exercise", "017": "commemoration",
        "018": "commemoration",
    ]

    /// What a code means, in words: the base code's name, else the root's.
    static func name(baseCode: String, rootCode: String) -> String {
        baseNames[baseCode] ?? rootNames[rootCode] ?? "event \(baseCode)"
    }

    private static let rootNames: [String: String] = [
        "01": "Make a public statement", "02": "Appeal", "03": "Express intent to cooperate", "04": "Consult",
        "05": "Engage in diplomatic cooperation", "06": "Engage in material cooperation", "07": "Provide aid",
        "08": "Yield", "09": "Investigate", "10": "Demand", "11": "Disapprove", "12": "Reject", "13": "Threaten",
        "14": "Protest", "15": "Exhibit force posture", "16": "Reduce relations", "17": "Coerce", "18": "Assault",
        "19": "Fight", "20": "Use unconventional mass violence",
    ]

    private static let baseNames: [String: String] = [
        "017": "Engage in symbolic act", "018": "Make empathetic comment", "036": "Express intent to meet or negotiate",
        "040": "Consult", "041": "Discuss by telephone", "042": "Make a visit", "043": "Host a visit",
        "044": "Meet at a third location", "045": "Mediate", "046": "Engage in negotiation",
        "051": "Praise or endorse", "057": "Sign formal agreement", "060": "Engage in material cooperation",
        "061": "Cooperate economically", "062": "Cooperate militarily", "063": "Engage in judicial cooperation",
        "064": "Share intelligence or information", "071": "Provide economic aid", "072": "Provide military aid",
        "073": "Provide humanitarian aid", "163": "Impose embargo, boycott, or sanctions",
    ]
}
