/// Words and signs that name a number's unit: money in any currency (the ISO 4217 code),
/// percent, percentage points.
public enum UnitWords {
    /// A unit read next to a number.
    public struct Reading: Sendable, Equatable {
        /// The unit as the `unit` column writes it: an ISO 4217 code, `percent` or `pp`.
        public var unit: String
        /// Index of the first token of the unit words.
        public var first: Int
        /// Index of the last token of the unit words.
        public var last: Int
    }

    /// Currency signs and codes written before the amount, as token sequences (`US$` is the word
    /// `US` then `$`).
    static let before: [([String], String)] = [
        (["us", "$"], "USD"), (["usd"], "USD"), (["$"], "USD"), (["s", "$"], "SGD"), (["a", "$"], "AUD"),
        (["hk", "$"], "HKD"), (["c", "$"], "CAD"), (["nt", "$"], "TWD"),
        (["€"], "EUR"), (["eur"], "EUR"), (["£"], "GBP"), (["gbp"], "GBP"), (["¥"], "JPY"), (["jpy"], "JPY"),
        (["cny"], "CNY"), (["rmb"], "CNY"), (["₫"], "VND"), (["vnd"], "VND"), (["₩"], "KRW"), (["krw"], "KRW"),
        (["₹"], "INR"), (["thb"], "THB"), (["฿"], "THB"),
    ]

    /// Currency words and units written after the amount (and after its scale word).
    static let after: [([String], String)] = [
        (["us", "dollars"], "USD"), (["us", "dollar"], "USD"), (["u", ".", "s", ".", "dollars"], "USD"),
        (["đô", "la", "mỹ"], "USD"), (["đôla", "mỹ"], "USD"), (["đô", "la"], "USD"), (["đô"], "USD"),
        (["usd"], "USD"), (["dollars"], "USD"), (["dollar"], "USD"), (["$"], "USD"),
        (["vnd"], "VND"), (["vnđ"], "VND"), (["đồng"], "VND"), (["₫"], "VND"), (["dong"], "VND"),
        (["yen"], "JPY"), (["yên"], "JPY"), (["jpy"], "JPY"), (["¥"], "JPY"),
        (["euros"], "EUR"), (["euro"], "EUR"), (["eur"], "EUR"), (["€"], "EUR"),
        (["yuan"], "CNY"), (["nhân", "dân", "tệ"], "CNY"), (["cny"], "CNY"), (["won"], "KRW"), (["krw"], "KRW"),
        (["pounds", "sterling"], "GBP"), (["gbp"], "GBP"), (["baht"], "THB"), (["rupees"], "INR"),
        (["percentage", "points"], "pp"), (["percentage", "point"], "pp"), (["điểm", "phần", "trăm"], "pp"),
        (["điểm", "%"], "pp"), (["pp"], "pp"),
        (["%"], "percent"), (["percent"], "percent"), (["per", "cent"], "percent"), (["phần", "trăm"], "percent"),
        (["pct"], "percent"),
    ]

    static func match(_ tokens: [Token], _ i: Int, _ words: [String]) -> Bool {
        guard i >= 0, i + words.count <= tokens.count else { return false }
        for (k, w) in words.enumerated() {
            let t = tokens[i + k]
            if t.lower != w { return false }
            // A sign and its prefix are written together ("US$"), words apart.
            if k > 0, t.kind == .symbol || tokens[i + k - 1].kind == .symbol, words.count > 1, t.spaceBefore, w == "$" { return false }
        }
        return true
    }

    /// The currency written right before token `i` (the first token of the amount).
    /// - Returns: the currency and its tokens, or nil.
    public static func currencyBefore(_ tokens: [Token], number i: Int) -> Reading? {
        for (words, code) in before {
            let start = i - words.count
            if match(tokens, start, words) {
                // "$" straight before, or a code followed by a space ("USD 5").
                return Reading(unit: code, first: start, last: i - 1)
            }
        }
        return nil
    }

    /// The unit written starting at token `i` (after the number and its scale word).
    /// - Returns: the unit and its tokens, or nil.
    public static func unitAfter(_ tokens: [Token], at i: Int) -> Reading? {
        for (words, code) in after where match(tokens, i, words) {
            // "%" must touch the number or follow it with one space; "$" after a number is rare.
            return Reading(unit: code, first: i, last: i + words.count - 1)
        }
        return nil
    }
}
