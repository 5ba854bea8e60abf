import Foundation
import IndicatorKit

/// One number an article states, proposed as a row of a tidy table.
public struct Candidate: Sendable, Equatable {
    /// The article's file name without its extension.
    public var article: String
    /// 0-based offset, in the UTF-8 file, of the first byte of the number as written.
    public var byteOffset: Int
    /// The number as written ("1,100", "57,38", "seven", "a fifth").
    public var literal: String
    /// The value as a plain decimal in `scale`; negative for a fall; nil for a number that has
    /// no value (a date written "19/12/2023").
    public var value: Decimal?
    /// The unit: an ISO 4217 code, `percent`, `pp` or `count`.
    public var unit: String
    /// `one`, `thousand`, `million` or `billion`.
    public var scale: String
    /// `exact`, `about`, `nearly`, `more-than`, `at-least`, `less-than` or `at-most`.
    public var qualifier: String
    /// First day of the period; nil for a stock.
    public var periodStart: Day?
    /// Last day of the period, or the day a stock stood at; nil for numbers that are not figures.
    public var periodEnd: Day?
    /// The source's words for the period.
    public var periodLabel: String
    /// How the period was read.
    public var periodNote: String
    /// Verbatim, contiguous excerpt of one sentence that holds the number.
    public var quote: String
    /// What the number is.
    public var role: Role
    /// How the number was read; for a stated change, the level it describes and the comparison.
    public var note: String
    /// Index of the first token (for linking within an extraction).
    public var token: Int

    /// The period in the form `indicators import` reads: `start/end`, or the day of a stock.
    public var period: String {
        guard let end = periodEnd else { return "" }
        if let start = periodStart { return start.iso + "/" + end.iso }
        return end.iso
    }
}
