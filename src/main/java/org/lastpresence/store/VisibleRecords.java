package org.lastpresence.store;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.lastpresence.settings.LiveSettings;

/**
 * The records the plugin may still tell (A3): the store's records less those older than the retention period,
 * at once when the setting changes, not only after the next purge.
 */
public final class VisibleRecords {
    private final LastPresenceStore store;
    private final LiveSettings settings;
    private final Clock clock;

    public VisibleRecords(LastPresenceStore store, LiveSettings settings, Clock clock) {
        this.store = store;
        this.settings = settings;
        this.clock = clock;
    }

    public Optional<LastPresenceRecord> find(String username) {
        Instant now = clock.instant();
        int days = settings.retentionDays();
        return store.find(username).filter(record -> Retention.keeps(record, now, days));
    }

    /** The record if the cache knows (for the packet threads); empty when only the database could tell. */
    public Optional<Optional<LastPresenceRecord>> findCached(String username) {
        Instant now = clock.instant();
        int days = settings.retentionDays();
        return store.findCached(username).map(found -> found.filter(record -> Retention.keeps(record, now, days)));
    }

    public List<LastPresenceRecord> all() {
        Instant now = clock.instant();
        int days = settings.retentionDays();
        return store.all().stream().filter(record -> Retention.keeps(record, now, days))
                .collect(Collectors.toList());
    }
}
