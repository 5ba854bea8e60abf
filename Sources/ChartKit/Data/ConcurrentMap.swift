import Dispatch

/// `body(0)`, ..., `body(count - 1)` run at once over the cores (Dispatch's `concurrentPerform`),
/// their results in index order: the halves of a long series (`Halves`) and the bands of a PNG
/// (ChartCairo). Each index is written by one thread into its own slot and read after all have
/// returned. (The gallery renders its charts with `concurrentPerform` directly: it reports progress
/// and the first error as they happen.)
package func concurrentMap<T>(_ count: Int, _ body: @escaping @Sendable (Int) -> T) -> [T] {
    guard count > 1 else { return count == 1 ? [body(0)] : [] }
    let out = UnsafeMutableBufferPointer<T?>.allocate(capacity: count)
    out.initialize(repeating: nil)
    defer { out.deinitialize(); out.deallocate() }
    nonisolated(unsafe) let slots = out
    DispatchQueue.concurrentPerform(iterations: count) { k in slots[k] = body(k) }
    return out.map { $0! }
}
