package org.lastpresence;

import java.time.Clock;

import org.lastpresence.recording.ResourceStates;
import org.lastpresence.settings.LiveSettings;
import org.lastpresence.settings.PropertySource;
import org.lastpresence.store.LastPresenceStore;
import org.lastpresence.store.VisibleRecords;
import org.lastpresence.uptime.Uptimes;

/** The running plugin's parts that the admin pages read (a holder only: the core builds them). */
public final class PluginServices {
    private final Clock clock;
    private final PropertySource properties;
    private final LiveSettings settings;
    private final LastPresenceStore store;
    private final VisibleRecords records;
    private final ResourceStates resources;
    private final PluginCounters counters;
    private final Uptimes uptimes;

    public PluginServices(Clock clock, PropertySource properties, LiveSettings settings, LastPresenceStore store,
                          VisibleRecords records, ResourceStates resources, PluginCounters counters, Uptimes uptimes) {
        this.clock = clock;
        this.properties = properties;
        this.settings = settings;
        this.store = store;
        this.records = records;
        this.resources = resources;
        this.counters = counters;
        this.uptimes = uptimes;
    }

    public Clock clock() {
        return clock;
    }

    public PropertySource properties() {
        return properties;
    }

    public LiveSettings settings() {
        return settings;
    }

    public LastPresenceStore store() {
        return store;
    }

    /** The records that may still be told, retention applied. */
    public VisibleRecords records() {
        return records;
    }

    public ResourceStates resources() {
        return resources;
    }

    public PluginCounters counters() {
        return counters;
    }

    public Uptimes uptimes() {
        return uptimes;
    }
}
