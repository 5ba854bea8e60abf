import ChartKit
import Testing

@Suite struct TicksTests {
    @Test func tenthsAreExact() {
        #expect(Ticks.ticks(0, 1, count: 10) == [0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1])
        #expect(Ticks.ticks(0.1, 0.3, count: 2) == [0.1, 0.2, 0.3])
        #expect(Ticks.decimals(0, 1, count: 10) == 1)
    }

    @Test func d3Reference() {
        #expect(Ticks.ticks(0, 1400, count: 5) == [0, 200, 400, 600, 800, 1000, 1200, 1400])
        #expect(Ticks.ticks(0, 10, count: 5) == [0, 2, 4, 6, 8, 10])
        #expect(Ticks.ticks(-10, 10, count: 5) == [-10, -5, 0, 5, 10])
        #expect(Ticks.ticks(1, 0, count: 5) == [1, 0.8, 0.6, 0.4, 0.2, 0])
        #expect(Ticks.ticks(0, 0.05, count: 5) == [0, 0.01, 0.02, 0.03, 0.04, 0.05])
        #expect(Ticks.decimals(0, 0.05, count: 5) == 2)
        #expect(Ticks.decimals(0, 5, count: 10) == 1)  // step 0.5
        #expect(Ticks.decimals(0, 1000, count: 5) == 0)
    }

    @Test func zeroRangeAndSingleValue() {
        #expect(Ticks.ticks(5, 5, count: 5) == [5])
        #expect(Ticks.ticks(0, 0, count: 5) == [0])
        #expect(Ticks.ticks(1, 2, count: 0) == [])
        #expect(Ticks.nice(5, 5) == (5, 5))
    }

    @Test func negativeZeroIsZero() {
        let t = Ticks.ticks(-0.0, 1, count: 5)
        #expect(t.first == 0 && t.first!.sign == .plus)
        let n = Ticks.ticks(-1, 0, count: 5)
        #expect(n.last!.sign == .plus)
        let (lo, _) = Ticks.nice(-0.0, 3)
        #expect(lo.sign == .plus)
    }

    @Test func negativeRanges() {
        #expect(Ticks.ticks(-1385, -119, count: 5) == [-1200, -1000, -800, -600, -400, -200])
        #expect(Ticks.nice(-1385, -119, count: 5) == (-1400, -0.0 + 0))
    }

    @Test func hugeAndTinyMagnitudes() {
        let huge = Ticks.ticks(0, 1e300, count: 5)
        #expect(huge.count >= 3 && huge.allSatisfy { $0.isFinite })
        let tiny = Ticks.ticks(0, 1e-300, count: 5)
        #expect(tiny.count >= 3 && tiny.allSatisfy { $0.isFinite } && tiny.last! <= 1e-300)
        // Beyond floating point: no ticks, no hang, no inf.
        #expect(Ticks.ticks(-Double.greatestFiniteMagnitude, .greatestFiniteMagnitude, count: 5) == [])
        #expect(Ticks.ticks(0, 5e-324, count: 5).allSatisfy { $0.isFinite })
        #expect(Ticks.ticks(.nan, 1, count: 5) == [])
        #expect(Ticks.ticks(0, .infinity, count: 5) == [])
        // Far from zero with a tiny span: one or a few ticks, never thousands.
        #expect(Ticks.ticks(1e15, 1e15 + 1, count: 5).count <= 11)
    }

    @Test func niceRepeatsUntilStable() {
        #expect(Ticks.nice(0.1, 0.95, count: 10) == (0.1, 1))
        #expect(Ticks.nice(0, 1385, count: 5) == (0, 1400))
        #expect(Ticks.nice(1.1, 10.9, count: 5) == (0, 12))
        #expect(Ticks.nice(132, 876, count: 5) == (0, 1000))
    }

    /// Every tick lies in the range and is written exactly with the step's decimals.
    @Test func ticksWithinRangeAndPrecise() {
        for (a, b) in [(0.0, 1.0), (-3.7, 12.2), (0.001, 0.0137), (1200.0, 1385.0), (-0.5, 0.5)] {
            for count in 1...12 {
                let t = Ticks.ticks(a, b, count: count)
                #expect(t.allSatisfy { $0 >= a && $0 <= b }, "\(a)...\(b) count \(count): \(t)")
                let d = Ticks.decimals(a, b, count: count)
                for v in t {
                    var scaled = v
                    for _ in 0..<d { scaled *= 10 }
                    #expect(abs(scaled - scaled.rounded()) < 1e-6, "\(v) needs more than \(d) decimals")
                }
            }
        }
    }
}

@Suite struct ScaleTests {
    @Test func niceDomainForBars() throws {
        #expect(try LinearScale.niceDomain([119, 200, 422], includeZero: true) == 0...500)
        #expect(try LinearScale.niceDomain([-3, 7], includeZero: true) == -4...8)
        #expect(try LinearScale.niceDomain([42], includeZero: false) == 0...50)
        #expect(try LinearScale.niceDomain([-42], includeZero: false) == -50...0)
        #expect(try LinearScale.niceDomain([0, -0.0], includeZero: true) == 0...1)
        #expect(try LinearScale.niceDomain([40, 60], includeZero: false) == 40...60)
    }

    @Test func niceDomainRefusesBadInput() {
        #expect(throws: ScaleError.self) { try LinearScale.niceDomain([], includeZero: true) }
        #expect(throws: ScaleError.self) { try LinearScale.niceDomain([1, .nan], includeZero: true) }
        #expect(throws: ScaleError.self) { try LinearScale.niceDomain([1, .infinity], includeZero: true) }
    }

    @Test func linearMapsDomainToRange() {
        let s = LinearScale(domain: 0...500, range: (800, 100))
        #expect(s(0) == 800)
        #expect(s(500) == 100)
        #expect(s(250) == 450)
        #expect(LinearScale(domain: 3...3, range: (0, 10))(3) == 5)
    }

    @Test func bandScaleMatchesD3() {
        let b = BandScale(domain: ["a", "b", "c"], range: (0, 120), paddingInner: 0.2, paddingOuter: 0.1)
        // step = 120 / (3 - 0.2 + 0.2) = 40; bandwidth = 32; first = (120 - 40 * 2.8) * 0.5 = 4
        #expect(b.step == 40)
        #expect(b.bandwidth == 32)
        #expect(b("a") == 4)
        #expect(b("c") == 84)
        #expect(b("z") == nil)
    }

    @Test func timeScalePlacesPeriodsAtTheirTrueExtent() {
        let s = TimeScale(from: Fixtures.day("2014-01-01"), through: Fixtures.day("2023-12-31"), range: (0, 3652))
        // One point per day.
        let short = s.extent(of: Fixtures.periods[0])  // Dec 2013 - Aug 2016 starts before the domain
        let long = s.extent(of: Fixtures.periods[3])   // 2021-2023
        #expect(long.1 - long.0 == 1095)
        #expect(short.1 - short.0 == Double(Fixtures.periods[0].days))
        let ticks = s.ticks(maxCount: 6).map(\.label)
        #expect(ticks == ["2014", "2016", "2018", "2020", "2022", "2024"])  // the domain ends at the start of 2024
        #expect(s.ticks(maxCount: 20).count == 11)
    }

    @Test func monthTicksForShortSpans() {
        let s = TimeScale(from: Fixtures.day("2023-01-15"), through: Fixtures.day("2023-12-20"), range: (0, 100))
        #expect(s.ticks(maxCount: 4).map(\.label) == ["Apr 2023", "Jul 2023", "Oct 2023"])
        #expect(s.ticks(maxCount: 4, locale: .vi).map(\.label) == ["4/2023", "7/2023", "10/2023"])
    }
}
