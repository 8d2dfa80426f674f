import Core
import Synchronization

/// The households per total score of answer-filtered lists, kept per filter, scope and
/// `RankingGeneration`: the first page of such a list walks every household that chose the
/// answer (100,000 at Bantul scale, about 70 ms); the next pages, exports and other users with
/// the same view reuse it until a score changes. Bounded: the oldest entry leaves first.
final class RankingTotalsCache: Sendable {
    struct Key: Hashable {
        let generation: RankingGeneration
        let filter: RankingFilter
        let scope: AreaScope
    }

    typealias Totals = [(total: Int, count: Int)]

    private struct State {
        var entries: [Key: Totals] = [:]
        var order: [Key] = []
    }

    static let shared = RankingTotalsCache(capacity: 256)

    let capacity: Int
    private let state = Mutex(State())

    init(capacity: Int) {
        self.capacity = max(1, capacity)
    }

    func totals(for key: Key) -> Totals? {
        state.withLock { $0.entries[key] }
    }

    func store(_ totals: Totals, for key: Key) {
        state.withLock { state in
            if state.entries.updateValue(totals, forKey: key) == nil { state.order.append(key) }
            // First in, first out is enough: an older generation's entries are never asked for
            // again, so they age out.
            if state.order.count > capacity {
                let evicted = state.order.removeFirst()
                state.entries[evicted] = nil
            }
        }
    }
}
