internal import Yams

extension Relation {
    /// The relation as a relation file in YAML, with the keys of the relation-file format in
    /// the order a person would write them; `ties check` reads it back to an equal relation.
    public func yaml() throws -> String {
        var encoder = YAMLEncoder()
        encoder.options.allowUnicode = true
        encoder.options.width = -1
        return try encoder.encode(self)
    }
}

extension DecimalNumber: YAMLEncodable {
    /// The number as plain decimal text.
    func box() -> Node { Node(text, Tag(.float)) }
}
