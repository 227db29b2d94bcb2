package org.lastpresence.settings;

import org.lastpresence.stamps.StampPrecision;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Typed, live view of the settings. Each property is read and parsed once per change, when its source says it
 * changed; a read is one volatile load, without allocation, so packet threads can call it on every stanza.
 */
public final class LiveSettings {
    private static final Logger LOG = LoggerFactory.getLogger(LiveSettings.class);

    private final PropertySource properties;
    private final Object writeLock = new Object();
    // The parsed value of every setting, by Setting.index(); replaced as a whole (copy on write) on a change.
    private volatile Object[] values;

    public LiveSettings(PropertySource properties) {
        this.properties = properties;
        // Listen first, then read: a change that lands in between is read again by changed().
        properties.addListener(this::changed);
        synchronized (writeLock) {
            Object[] initial = new Object[Settings.all().size()];
            for (Setting<?> setting : Settings.all()) {
                initial[setting.index()] = read(setting);
            }
            values = initial;
        }
    }

    /** The effective value of a setting: the stored one when valid, else the default. */
    @SuppressWarnings("unchecked")
    public <T> T value(Setting<T> setting) {
        return (T) values[setting.index()];
    }

    public boolean enabled() {
        return value(Settings.ENABLED);
    }

    public boolean stampDelivered() {
        return value(Settings.STAMP_DELIVERED);
    }

    public boolean loginOffline() {
        return value(Settings.LOGIN_OFFLINE);
    }

    /** Whether the last unavailable presence told carries a XEP-0319 idle time (rule C1, docs/CONTRACT.md). */
    public boolean idleOffline() {
        return value(Settings.IDLE_OFFLINE);
    }

    public boolean components() {
        return value(Settings.COMPONENTS);
    }

    public UptimeVisibility uptimeVisibility() {
        return value(Settings.UPTIME_VISIBILITY);
    }

    public int probeBurst() {
        return value(Settings.PROBE_BURST);
    }

    public int probePerMinute() {
        return value(Settings.PROBE_PER_MINUTE);
    }

    public StampPrecision stampPrecision() {
        return value(Settings.STAMP_PRECISION);
    }

    public int retentionDays() {
        return value(Settings.RETENTION_DAYS);
    }

    /** Reads again every setting at or under the changed key (a deleted parent takes its children with it). */
    private void changed(String key) {
        synchronized (writeLock) {
            Object[] current = values;
            if (current == null) {
                return; // still constructing: the constructor's read comes after this change
            }
            Object[] next = null;
            for (Setting<?> setting : Settings.all()) {
                if (setting.key().startsWith(key)) {
                    if (next == null) {
                        next = current.clone();
                    }
                    next[setting.index()] = read(setting);
                }
            }
            if (next != null) {
                values = next;
            }
        }
    }

    private <T> T read(Setting<T> setting) {
        String raw = properties.get(setting.key());
        if (raw == null) {
            return setting.defaultValue();
        }
        Parsed<T> parsed = setting.parse(raw);
        if (!parsed.isValid()) {
            // Once per change of the property, not once per packet.
            LOG.warn("Property {} has the invalid value '{}' ({}); using the default '{}' until it is corrected.",
                    new Object[] {setting.key(), raw, parsed.problem().orElseThrow(), setting.defaultText()});
            return setting.defaultValue();
        }
        return parsed.value();
    }
}
