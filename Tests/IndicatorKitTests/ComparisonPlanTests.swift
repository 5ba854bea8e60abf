import IndicatorKit
import PropertyBased
import Testing

/// The comparison plan against a naive reference model: for two consecutive flow figures of
/// random lengths and values, the plan compares totals when the lengths are within 5% and the
/// per-year rates otherwise, never a change from a zero or negative baseline, and each figure once.
struct ComparisonPlanTests {
    static func day(_ s: String) -> Day { Day(iso: s)! }

    static func flows(_ a: (days: Int, value: Double, q: Qualifier), _ b: (days: Int, value: Double, q: Qualifier)) -> Dataset {
        let start = day("2015-01-01")
        let pa = Period(start: start, end: start.adding(days: a.days - 1))
        let pb = Period(start: pa.end.adding(days: 1), end: pa.end.adding(days: b.days))
        return Dataset(name: "t", indicators: [Indicator(id: "x", nameEN: "X", nameVI: "X", kind: .flow, unit: .count)],
                       observations: [Observation(id: "a", indicator: "x", period: pa, value: a.value, unit: .count, qualifier: a.q),
                                      Observation(id: "b", indicator: "x", period: pb, value: b.value, unit: .count, qualifier: b.q)])
    }

    /// The reference: which measure, and the change in it, written out by hand.
    /// The lengths in years are the model's own (`Period.years`, tested against pandas and RRI
    /// elsewhere); which measure applies is decided here from the days.
    static func naive(daysA: Int, a: Double, yearsA: Double, daysB: Int, b: Double, yearsB: Double) -> (perYear: Bool, change: Double?) {
        let perYear = Double(abs(daysA - daysB)) * 20 > Double(max(daysA, daysB))
        if perYear {
            let ra = a / yearsA, rb = b / yearsB
            return (true, ra > 0 ? (rb / ra - 1) * 100 : nil)
        }
        return (false, a > 0 ? (b / a - 1) * 100 : nil)
    }

    @Test func measureAndChangeFollowTheNaiveModel() async {
        await propertyCheck(count: 400, input: Gen.int(in: 30...2000), Gen.int(in: 30...2000),
                            Gen.double(in: -50...5000), Gen.double(in: -50...5000)) { da, db, a, b in
            let ds = Self.flows((da, a, .exact), (db, b, .exact))
            let plan = try! ComparisonPlan(dataset: ds, indicators: ["x"])
            let pair = plan.rows[0].pairs[0]
            let ref = Self.naive(daysA: da, a: a, yearsA: ds.observation("a")!.period.years,
                                 daysB: db, b: b, yearsB: ds.observation("b")!.period.years)
            #expect(pair.measure == (ref.perYear ? .perYear : .levels), "days \(da), \(db)")
            if let c = ref.change {
                let v = pair.value ?? .nan
                #expect(abs(v - c) <= 1e-6 * max(1, abs(c)), "days \(da), \(db); \(a) → \(b): \(v) vs \(c)")
                #expect(pair.comparability == .comparable)
            } else {
                #expect(pair.value == nil)
                #expect(pair.refusal == .nonPositiveBase(observation: "a"))
            }
        }
    }

    @Test func qualifiersMakeAPairApproximateWithABound() {
        let plan = try! ComparisonPlan(dataset: Self.flows((365, 119, .exact), (365, 200, .moreThan)), indicators: ["x"])
        let pair = plan.rows[0].pairs[0]
        #expect(pair.approximations == [.qualifier(observations: ["b"])])
        #expect(pair.change?.bound == .atLeast)
    }

    @Test func namedPeriodsPlaceEachFigureOnce() throws {
        let ds = Self.flows((365, 10, .exact), (365, 12, .exact))
        let b = try #require(ds.observation("b"))
        let keys: [PeriodKey] = [.span(b.period), .date(b.period.end)]
        let plan = try ComparisonPlan(dataset: ds, indicators: ["x"], periods: keys)
        #expect(plan.rows[0].slots.count == 1)
        #expect(plan.rows[0].leftOut.map(\.reason) == [.sameFigure(shownAt: keys[0].label, asked: keys[1].label)])
    }

    @Test func aNestedFigureIsLeftOutOfAWholeSeries() throws {
        var ds = Self.flows((365, 10, .exact), (365, 12, .exact))
        let b = try #require(ds.observation("b"))
        ds.observations.append(Observation(id: "part", indicator: "x", period: Period(start: b.period.start!, end: b.period.start!.adding(days: 200)),
                                           value: 7, unit: .count))
        let plan = try ComparisonPlan(dataset: ds, indicators: ["x"])
        #expect(plan.rows[0].observations.map(\.id) == ["a", "b"])
        #expect(plan.rows[0].leftOut.map(\.reason) == [.partOf(outer: "b")])
    }
}
