import Foundation
import IndicatorKit

extension Day {
    /// The same day `n` months later (earlier when negative); the 31st becomes the month's last day.
    func adding(months n: Int) -> Day {
        let total = year * 12 + (month - 1) + n
        let y = total / 12, m = total % 12 + 1
        return Day(year: y, month: m, day: min(day, Day.daysIn(month: m, year: y)))!
    }

    /// The same day `n` years later (earlier when negative); 29 February becomes the 28th.
    func adding(years n: Int) -> Day { adding(months: 12 * n) }
}

extension Decimal {
    /// The value rounded toward zero, as an Int.
    var intValue: Int { NSDecimalNumber(decimal: self).intValue }
}
