import ChartKit
import IndicatorKit
import Testing

@Suite struct ValueFormatTests {
    @Test func kindsInEnglishAndVietnamese() {
        #expect(ValueFormat(.plain).format(1100, decimals: 0) == "1100")
        #expect(ValueFormat(.thousands).format(1100, decimals: 0) == "1,100")
        #expect(ValueFormat(.thousands, locale: .vi).format(1100.5, decimals: 1) == "1.100,5")
        #expect(ValueFormat(.currency, scale: .billion).format(51.53, decimals: 2) == "US$51.53 bn")
        #expect(ValueFormat(.currency, locale: .vi, scale: .billion).format(51.53, decimals: 2) == "51,53 tỷ USD")
        #expect(ValueFormat(.percent).format(45, decimals: 0) == "45%")
        #expect(ValueFormat(.percent, locale: .vi).format(4.5, decimals: 1) == "4,5%")
        #expect(ValueFormat(.thousands).format(-0.0, decimals: 0) == "0")
    }

    @Test func siTicksShareOnePrefixAndFollowTheStep() {
        #expect(ValueFormat(.si).tickLabels([0, 500, 1000, 1500], decimals: 0) == ["0", "0.5k", "1.0k", "1.5k"])
        #expect(ValueFormat(.si).tickLabels([0, 1000, 2000], decimals: 0) == ["0", "1k", "2k"])
        #expect(ValueFormat(.si, locale: .vi).tickLabels([0, 2e6, 4e6], decimals: 0) == ["0", "2 triệu", "4 triệu"])
        #expect(ValueFormat(.si, scale: .million).tickLabels([0, 500, 1000], decimals: 0) == ["0", "0.5 bn", "1.0 bn"])
        #expect(ValueFormat(.si).tickLabels([0, 0.5, 1], decimals: 1) == ["0", "0.5", "1.0"])
    }

    @Test func axisLabelPrecisionFollowsTheStep() {
        let axisLabels = { (a: Double, b: Double) -> [String] in
            let s = LinearScale(domain: a...b, range: (0, 1))
            return ValueFormat(.thousands).tickLabels(s.ticks(), decimals: s.tickDecimals())
        }
        #expect(axisLabels(0, 1) == ["0.0", "0.2", "0.4", "0.6", "0.8", "1.0"])
        #expect(axisLabels(0, 5000) == ["0", "1,000", "2,000", "3,000", "4,000", "5,000"])
    }

    @Test func readableTextColours() {
        for c in Palette.okabeIto {
            #expect(c.readable(on: .white).contrast(with: .white) >= 4.5)
        }
        #expect(Palette.okabeIto.count >= 6)
    }
}
