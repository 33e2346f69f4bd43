/// The version `ties --version` prints.
enum TiesVersion {
    /// Semantic version of this release.
    static let current = "0.4.0"
}
