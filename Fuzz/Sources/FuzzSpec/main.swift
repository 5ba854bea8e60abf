import FuzzSupport
import Briefing
import IndicatorKit

/// libFuzzer entry: the spec parser (`ChartFile.parse`, YAML or JSON by the first byte) never
/// crashes or hangs; it returns a spec or throws a positioned error.
func fuzzSpec(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let bytes = fuzzBytes(data, size)
    let name = bytes.first == UInt8(ascii: "{") ? "fuzz.json" : "fuzz.yaml"
    do {
        _ = try ChartFile.parse(bytes, path: name)
    } catch let e as DatasetErrors {
        precondition(!e.errors.isEmpty, "an empty error list")
        for x in e.errors { precondition(x.position.line >= 1 && x.position.column >= 1, "bad position \(x)") }
    } catch let e as DatasetError {
        precondition(e.position.line >= 1 && e.position.column >= 1, "bad position \(e)")
    } catch {}
    return 0
}

runFuzzer { data, size in fuzzSpec(data, size) }
