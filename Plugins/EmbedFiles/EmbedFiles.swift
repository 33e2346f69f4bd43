import Foundation
import PackagePlugin

/// Compiles a folder of text files into the target that applies this plugin.
///
/// The package keeps readable data files at the top level (`relations/`, `themes/`) as the
/// single source of truth. This plugin runs `ties-embed` to turn each folder into one Swift
/// source holding the files' text, so the binary needs no resource bundle at run time.
@main
struct EmbedFiles: BuildToolPlugin {
    /// The top-level folder each target embeds, and the name of the generated enum.
    static let folders: [String: (folder: String, enumName: String)] = [
        "TiesModel": ("relations", "EmbeddedRelationFiles"),
        "TiesRender": ("themes", "EmbeddedThemeFiles"),
    ]

    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        guard let entry = Self.folders[target.name] else {
            Diagnostics.error("EmbedFiles: no folder is configured for target \(target.name)")
            return []
        }
        let folder = context.package.directoryURL.appending(path: entry.folder)
        let inputs = try FileManager.default.contentsOfDirectory(
            at: folder, includingPropertiesForKeys: nil
        )
        .filter { $0.pathExtension == "yaml" }
        .sorted { $0.lastPathComponent < $1.lastPathComponent }
        let output = context.pluginWorkDirectoryURL.appending(path: "\(entry.enumName).swift")
        return [
            .buildCommand(
                displayName: "Embedding \(entry.folder)/ into \(target.name)",
                executable: try context.tool(named: "ties-embed").url,
                arguments: [entry.enumName, output.path(percentEncoded: false)]
                    + inputs.map { $0.path(percentEncoded: false) },
                inputFiles: inputs,
                outputFiles: [output]
            )
        ]
    }
}
