import Core
import Synchronization

/// Results of ranking queries kept per filter, scope and `RankingGeneration`: valid until a
/// score changes, then never asked for again (the key names the generation). Bounded: the
/// oldest entry leaves first, which is enough because an older generation's entries age out.
final class RankingCache<Value: Sendable>: Sendable {
    typealias Key = RankingCacheKey

    private struct State {
        var entries: [Key: Value] = [:]
        var order: [Key] = []
    }

    let capacity: Int
    private let state: Mutex<State>

    init(capacity: Int) {
        self.capacity = max(1, capacity)
        state = Mutex(State())
    }

    func value(for key: Key) -> Value? {
        state.withLock { $0.entries[key] }
    }

    func store(_ value: Value, for key: Key) {
        state.withLock { state in
            if state.entries.updateValue(value, forKey: key) == nil { state.order.append(key) }
            if state.order.count > capacity {
                let evicted = state.order.removeFirst()
                state.entries[evicted] = nil
            }
        }
    }
}

/// What a kept ranking result is for: one list, in one state of the scores.
struct RankingCacheKey: Hashable {
    let generation: RankingGeneration
    let filter: RankingFilter
    let scope: AreaScope
}

/// The process's ranking caches.
enum RankingCaches {
    /// Households per total score of every list asked for (a few hundred bytes each).
    static let totals = RankingCache<[(total: Int, count: Int)]>(capacity: 256)
    /// Households per total and member count of lists without an answer filter (~600 entries).
    static let groups = RankingCache<[ScoreGroup]>(capacity: 256)
    /// Household ids, in ranking order, of lists filtered by an answer (up to 8 bytes per
    /// household of the area: 2.6 MB for the whole kabupaten).
    static let answerLists = RankingCache<[Int64]>(capacity: 16)
}

/// Households of a list with one total score and member count: a run of the ranking index.
struct ScoreGroup: Sendable {
    let total: Int
    let members: Int
    let count: Int
}
