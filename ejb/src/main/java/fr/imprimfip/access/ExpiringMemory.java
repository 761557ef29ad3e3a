package fr.imprimfip.access;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

/**
 * Values a node remembers for a while so that frequent callers do not cost a lookup each time. At most
 * {@code capacity} of them: when full, all are forgotten at once (rare, and costing only lookups made again).
 */
final class ExpiringMemory<K, V> {

    private record Entry<V>(V value, long until) {
    }

    private final Map<K, Entry<V>> entries = new ConcurrentHashMap<>();
    private final int capacity;

    ExpiringMemory(int capacity) {
        this.capacity = capacity;
    }

    /** The value remembered for {@code key}, unless none is or it expired at {@code nowMillis}. */
    Optional<V> recall(K key, long nowMillis) {
        Entry<V> entry = entries.get(key);
        return entry == null || entry.until() <= nowMillis ? Optional.empty() : Optional.of(entry.value());
    }

    /** Remembers {@code value} from {@code nowMillis} for {@code duration} (not at all for a zero duration). */
    void remember(K key, V value, long nowMillis, Duration duration) {
        if (duration.isZero() || duration.isNegative()) {
            return;
        }
        if (entries.size() >= capacity) {
            entries.clear();
        }
        entries.put(key, new Entry<>(value, nowMillis + duration.toMillis()));
    }

    void forget(K key) {
        entries.remove(key);
    }

    void forgetValues(Predicate<V> which) {
        entries.values().removeIf(entry -> which.test(entry.value()));
    }
}
