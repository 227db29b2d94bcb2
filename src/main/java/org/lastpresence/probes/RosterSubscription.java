package org.lastpresence.probes;

/** The subscription state of the prober in the probed user's roster; NONE when there is no roster item. */
public enum RosterSubscription {
    NONE, TO, FROM, BOTH
}
