package org.lastpresence.privacy;

import java.util.function.BooleanSupplier;

/**
 * Whether any privacy list may exist, known the way Openfire's own list store knows it: counted once at start, and
 * set for good when a list is written on this node. While none exists, every user's rules are "none" without a
 * lookup, which lets the packet threads skip the privacy lists altogether. Another cluster node's writes are not
 * seen here, so while clustered a list may always exist.
 */
public final class PrivacyListCensus {
    // Until the count at start is in, a list may exist; a write seen meanwhile outweighs an older count.
    private volatile boolean countedNone;
    private volatile boolean written;
    private final BooleanSupplier clustered;

    public PrivacyListCensus(BooleanSupplier clustered) {
        this.clustered = clustered;
    }

    /** The database's count of privacy lists, at start. */
    public void counted(long lists) {
        countedNone = lists == 0;
    }

    /** A list was created or changed on this node (a XEP-0191 block list too). */
    public void listWritten() {
        written = true;
    }

    /** False only when no privacy list exists anywhere Openfire could read one from. */
    public boolean anyListMayExist() {
        return !countedNone || written || clustered.getAsBoolean();
    }
}
