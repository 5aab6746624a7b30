package org.jointline.platform;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * Master data remembered across transactions (an item's facts, a supplier's name) and forgotten when an event says
 * it changed. A value loaded while something was forgotten is returned but not kept: its reader may have read it
 * before the change committed, and would otherwise keep the old value until a restart.
 */
public final class Remembered<K, V> {

    private final Map<K, V> values = new ConcurrentHashMap<>();
    private final AtomicLong forgettings = new AtomicLong();

    /** The remembered value, else the loaded one (a {@code null} is returned and not remembered). */
    public V get(K key, Function<K, V> load) {
        V known = values.get(key);
        if (known != null) {
            return known;
        }
        long before = forgettings.get();
        V loaded = load.apply(key);
        if (loaded == null) {
            return null;
        }
        // under the key's lock, as forget: nothing forgotten since the load began, or the load may be stale
        V kept = values.compute(key, (k, now) -> now != null ? now : forgettings.get() == before ? loaded : null);
        return kept != null ? kept : loaded;
    }

    public void forget(K key) {
        values.compute(key, (k, now) -> {
            forgettings.incrementAndGet();
            return null;
        });
    }
}
