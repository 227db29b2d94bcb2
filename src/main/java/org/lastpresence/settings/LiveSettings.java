package org.lastpresence.settings;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

import org.lastpresence.stamps.StampPrecision;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Typed, live view of the settings: every call reads the property again, so a change applies at once. */
public final class LiveSettings {
    private static final Logger LOG = LoggerFactory.getLogger(LiveSettings.class);

    private final PropertySource properties;
    // Warn once per bad stored value, not once per packet.
    private final Set<Setting> warned = EnumSet.noneOf(Setting.class);

    public LiveSettings(PropertySource properties) {
        this.properties = properties;
    }

    public boolean enabled() {
        return bool(Setting.ENABLED);
    }

    public boolean stampDelivered() {
        return bool(Setting.STAMP_DELIVERED);
    }

    public boolean loginOffline() {
        return bool(Setting.LOGIN_OFFLINE);
    }

    public boolean components() {
        return bool(Setting.COMPONENTS);
    }

    public UptimeVisibility uptimeVisibility() {
        return UptimeVisibility.valueOf(text(Setting.UPTIME_VISIBILITY).toUpperCase(Locale.ROOT));
    }

    public int probeBurst() {
        return Integer.parseInt(text(Setting.PROBE_BURST));
    }

    public int probePerMinute() {
        return Integer.parseInt(text(Setting.PROBE_PER_MINUTE));
    }

    public StampPrecision stampPrecision() {
        return StampPrecision.valueOf(text(Setting.STAMP_PRECISION).toUpperCase(Locale.ROOT));
    }

    public int retentionDays() {
        return Integer.parseInt(text(Setting.RETENTION_DAYS));
    }

    /** The effective value of a setting as text: the stored one when valid, else the default. */
    public String text(Setting setting) {
        String raw = properties.get(setting.key());
        if (raw == null) {
            return setting.defaultValue();
        }
        if (setting.problem(raw).isPresent()) {
            warnOnce(setting, raw);
            return setting.defaultValue();
        }
        return setting.normalize(raw);
    }

    private boolean bool(Setting setting) {
        return Boolean.parseBoolean(text(setting));
    }

    private void warnOnce(Setting setting, String raw) {
        synchronized (warned) {
            if (!warned.add(setting)) {
                return;
            }
        }
        LOG.warn("Property {} has the invalid value '{}'; using the default '" + setting.defaultValue()
                + "' until it is corrected.", setting.key(), raw);
    }
}
