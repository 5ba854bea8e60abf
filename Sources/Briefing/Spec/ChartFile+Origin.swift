import IndicatorKit

extension ChartFile {
    /// The origin of an error about `key` (`chart`, `indicators[1]`, `output.name`): the key and
    /// where its value is written (line 1, column 1 when the spec does not write it).
    public func origin(_ key: String) -> ErrorOrigin {
        .specKey(key, position(key))
    }
}
