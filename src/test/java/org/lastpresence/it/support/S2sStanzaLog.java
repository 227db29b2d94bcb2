package org.lastpresence.it.support;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.dom4j.Element;

/** The stanzas a {@link FakeRemoteServer} received, in arrival order, and waits for them without fixed sleeps. */
public final class S2sStanzaLog {
    private final String owner;
    private final List<S2sStanza> received = new ArrayList<>();

    S2sStanzaLog(String owner) {
        this.owner = owner;
    }

    synchronized void add(Element element) {
        received.add(new S2sStanza(received.size(), element.createCopy(), Instant.now()));
        notifyAll();
    }

    /** The number of stanzas received so far: pass it to the {@code ...After} methods to ignore older ones. */
    public synchronized int mark() {
        return received.size();
    }

    /** Everything received so far, oldest first. */
    public synchronized List<S2sStanza> all() {
        return new ArrayList<>(received);
    }

    /** The stanzas received at or after {@code mark} that match. */
    public synchronized List<S2sStanza> since(int mark, Predicate<S2sStanza> matching) {
        return received.subList(Math.min(mark, received.size()), received.size()).stream()
                .filter(matching).collect(Collectors.toList());
    }

    /** Waits for the first received stanza (since the start) that matches. */
    public S2sStanza awaitStanza(Predicate<S2sStanza> matching, Duration timeout) {
        return awaitStanzaAfter(0, matching, timeout);
    }

    /** Waits for the first stanza received at or after {@code mark} that matches. */
    public S2sStanza awaitStanzaAfter(int mark, Predicate<S2sStanza> matching, Duration timeout) {
        return awaitCountAfter(mark, 1, matching, timeout).get(0);
    }

    /**
     * Waits until at least {@code count} stanzas received at or after {@code mark} match and returns the matches;
     * at the deadline, throws an AssertionError listing what did arrive. Woken by each arrival.
     */
    public synchronized List<S2sStanza> awaitCountAfter(int mark, int count, Predicate<S2sStanza> matching,
                                                        Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            List<S2sStanza> matches = since(mark, matching);
            if (matches.size() >= count) {
                return matches;
            }
            long remaining = deadline - System.nanoTime();
            if (remaining <= 0) {
                throw new AssertionError(matches.size() + " of " + count + " matching stanzas within "
                        + timeout.toMillis() + " ms on " + owner + "; received since #" + mark + ": "
                        + since(mark, stanza -> true));
            }
            try {
                wait(Math.max(1, remaining / 1_000_000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("Interrupted while waiting for stanzas on " + owner, e);
            }
        }
    }
}
