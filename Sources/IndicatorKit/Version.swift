/// The version of the toolkit and of the `indicators` tool (`indicators --version`).
public enum ToolkitVersion {
    /// Semantic version of this release.
    public static let current = "0.3.0"
}
