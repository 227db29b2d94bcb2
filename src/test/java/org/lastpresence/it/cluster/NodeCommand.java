package org.lastpresence.it.cluster;

/**
 * Something a test asks node 2 (in its child JVM) to do or to tell, through {@link OpenfireCluster#onNode2}.
 * Implementations are public classes with a public no-argument constructor; the answer is one line of text.
 */
public interface NodeCommand {
    String run(String argument) throws Exception;

    /** How many sessions of a user (argument) this node's SessionManager sees, on every node. */
    final class SessionCount implements NodeCommand {
        @Override
        public String run(String username) {
            return Integer.toString(org.jivesoftware.openfire.SessionManager.getInstance().getSessions(username)
                    .size());
        }
    }
}
