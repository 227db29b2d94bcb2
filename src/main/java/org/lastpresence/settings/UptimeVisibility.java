package org.lastpresence.settings;

/** Who may learn since when the server and its components are up ({@code lastpresence.uptime.visibility}). */
public enum UptimeVisibility {
    EVERYONE, LOCAL, NONE
}
