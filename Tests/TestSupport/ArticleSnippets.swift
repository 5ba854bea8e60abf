import Foundation

/// Keeps the code of a DocC article identical to code a test compiles and runs: the test holds
/// the code between `// article: begin` and `// article: end` lines, and compares it with the
/// article's ```` ```swift ```` blocks.
public enum ArticleSnippets {
    /// The article's Swift code blocks, in order, each without its fences.
    /// - Throws: the file system's error when the article cannot be read.
    public static func swiftBlocks(inArticle path: String) throws -> [String] {
        var blocks: [String] = [], current: [String]? = nil
        for line in try String(contentsOfFile: path, encoding: .utf8).components(separatedBy: "\n") {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if current == nil, trimmed == "```swift" { current = [] }
            else if current != nil, trimmed == "```" { blocks.append(current!.joined(separator: "\n")); current = nil }
            else if current != nil { current!.append(line) }
        }
        return blocks
    }

    /// The regions of a Swift source file between `// article: begin` and `// article: end`, in
    /// order, each with the indentation of its first line removed from every line.
    /// - Throws: the file system's error when the file cannot be read.
    public static func regions(inSource path: String) throws -> [String] {
        var regions: [String] = [], current: [String]? = nil
        for line in try String(contentsOfFile: path, encoding: .utf8).components(separatedBy: "\n") {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed == "// article: begin" { current = [] }
            else if trimmed == "// article: end", let lines = current {
                let indent = lines.first.map { $0.prefix { $0 == " " }.count } ?? 0
                regions.append(lines.map { String($0.dropFirst(min(indent, $0.prefix { $0 == " " }.count))) }
                    .joined(separator: "\n"))
                current = nil
            } else if current != nil { current!.append(line) }
        }
        return regions
    }
}
