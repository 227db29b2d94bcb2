package org.lastpresence.settings;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

import org.lastpresence.stamps.StampPrecision;

/**
 * Every setting of the plugin, in the order the settings page shows them. A new setting is one line here (plus its
 * label and help in the i18n bundles); {@link LiveSettings#value} reads it.
 */
public final class Settings {
    // Declared before the constants: add() fills it while the class initializes.
    private static final List<Setting<?>> ALL = new ArrayList<>();

    public static final BooleanSetting ENABLED = add(new BooleanSetting("enabled", true));
    public static final BooleanSetting STAMP_DELIVERED = add(new BooleanSetting("stamp.delivered", true));
    public static final BooleanSetting LOGIN_OFFLINE = add(new BooleanSetting("login.offline", true));
    public static final BooleanSetting IDLE_OFFLINE = add(new BooleanSetting("idle.offline", true));
    public static final ChoiceSetting<UptimeVisibility> UPTIME_VISIBILITY =
            add(new ChoiceSetting<>("uptime.visibility", UptimeVisibility.EVERYONE));
    public static final BooleanSetting COMPONENTS = add(new BooleanSetting("components", true));
    public static final IntSetting PROBE_BURST = add(new IntSetting("probe.burst", 20, 1, 10_000));
    public static final IntSetting PROBE_PER_MINUTE = add(new IntSetting("probe.perMinute", 60, 1, 60_000));
    public static final ChoiceSetting<StampPrecision> STAMP_PRECISION =
            add(new ChoiceSetting<>("stamp.precision", StampPrecision.SECOND));
    public static final IntSetting RETENTION_DAYS = add(new IntSetting("retention.days", 0, 0, 36_500));
    /** The record cache's size in megabytes on each node (S1); taken when the plugin starts. */
    public static final IntSetting CACHE_SIZE_MB = add(new IntSetting("cache.sizeMB", 32, 1, 16_384));
    /** How long a record stays in the cache after it was put there, in minutes (S1); taken when the plugin starts. */
    public static final IntSetting CACHE_LIFETIME_MINUTES =
            add(new IntSetting("cache.lifetimeMinutes", 360, 1, 525_600));

    private static final List<Setting<?>> VIEW = Collections.unmodifiableList(ALL);

    private Settings() {
    }

    private static <S extends Setting<?>> S add(S setting) {
        setting.register(ALL.size());
        ALL.add(setting);
        return setting;
    }

    /** Every setting, in the settings page's order. */
    public static List<Setting<?>> all() {
        return VIEW;
    }

    /** The setting with this property key, if any. */
    public static Optional<Setting<?>> byKey(String key) {
        for (Setting<?> setting : ALL) {
            if (setting.key().equals(key)) {
                return Optional.of(setting);
            }
        }
        return Optional.empty();
    }
}
