import CCairo
@testable import ChartCairo
import Testing

/// While the fonts are pinned, a weight is named as the face fontconfig would pick for it, and
/// only when that is certain.
@Suite struct PinnedWeightTests {
    // fontconfig's scale: 80 regular (400), 180 semibold (600), 200 bold (700).
    let regularAndBold: [String: [Double]] = ["Noto Sans": [80, 200], "DejaVu Sans": [80, 200]]

    @Test func semiboldIsTheBoldFaceWhenThereIsNoSemibold() {
        #expect(PangoEngine.pinnedFaceWeight(600, families: ["Noto Sans", "DejaVu Sans"], faces: regularAndBold) == 700)
        #expect(PangoEngine.pinnedFaceWeight(400, families: ["Noto Sans", "DejaVu Sans"], faces: regularAndBold) == 400)
        #expect(PangoEngine.pinnedFaceWeight(700, families: ["Noto Sans"], faces: regularAndBold) == 700)
        // Medium (500, 100 on fontconfig's scale) is nearer regular.
        #expect(PangoEngine.pinnedFaceWeight(500, families: ["Noto Sans"], faces: regularAndBold) == 400)
    }

    @Test func uncertainCasesAreLeftToFontconfig() {
        // A semibold face in one family of the list but not the other: the faces disagree.
        let mixed: [String: [Double]] = ["Noto Sans": [80, 180, 200], "DejaVu Sans": [80, 200]]
        #expect(PangoEngine.pinnedFaceWeight(600, families: ["DejaVu Sans", "Noto Sans"], faces: mixed) == 600)
        // Two faces equally near semibold (180): no guess.
        let semibold = FcWeightFromOpenTypeDouble(600)
        let tie: [String: [Double]] = ["Noto Sans": [semibold - 20, semibold + 20]]
        #expect(PangoEngine.pinnedFaceWeight(600, families: ["Noto Sans"], faces: tie) == 600)
        // A family with no known faces.
        #expect(PangoEngine.pinnedFaceWeight(600, families: ["Inter"], faces: regularAndBold) == 600)
    }
}
