import Foundation
import Testing

/// The committed gallery must render with exactly the fonts `.ci/setup` installs
/// (fonts-noto-core, fonts-inter, fonts-dejavu-core, fonts-droid-fallback), not with whatever
/// else a development machine happens to have: fontconfig is limited to their folders.
@Suite("CLI: fonts of the set-up")
struct SetupFontsTests {
    static let setupFontDirs = [
        "/usr/share/fonts/truetype/noto",
        "/usr/share/fonts/opentype/inter",
        "/usr/share/fonts/truetype/dejavu",
        "/usr/share/fonts/truetype/droid",
    ]

    func fontconfig(_ dirs: [String]) throws -> String {
        let dir = NSTemporaryDirectory() + "fc-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        let conf = """
        <?xml version="1.0"?>
        <!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">
        <fontconfig>
        \(dirs.map { "  <dir>\($0)</dir>" }.joined(separator: "\n"))
          <cachedir>\(dir)/cache</cachedir>
          <include ignore_missing="yes">/etc/fonts/conf.d</include>
        </fontconfig>
        """
        try conf.write(toFile: dir + "/fonts.conf", atomically: true, encoding: .utf8)
        return dir
    }

    @Test func galleryRendersWithTheSetupFontsOnly() throws {
        let dir = try fontconfig(Self.setupFontDirs)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let r = try CLI.run(["render", "--check", CLI.packageRoot + "/Charts"],
                            environment: ["FONTCONFIG_FILE": dir + "/fonts.conf"])
        #expect(r.status == 0, "\(r.stdout)\n\(r.stderr)")
    }

    @Test func withoutTheCJKFallbackTheChineseSourceTitleIsAnErrorNotTofu() throws {
        let dir = try fontconfig(Self.setupFontDirs.filter { !$0.hasSuffix("droid") })
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let out = NSTemporaryDirectory() + "cjk-\(UUID().uuidString).png"
        let r = try CLI.run(["chart", "--indicator", "fdi", "--kind", "line", "-o", out],
                            environment: ["FONTCONFIG_FILE": dir + "/fonts.conf"])
        #expect(r.status == 2)
        #expect(r.stderr.contains("no installed font has a glyph for U+"), "\(r.stderr)")
        #expect(!FileManager.default.fileExists(atPath: out))
    }
}
