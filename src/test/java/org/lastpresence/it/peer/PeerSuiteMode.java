package org.lastpresence.it.peer;

/** The two servers the peer suite compares: bare Openfire, and Openfire with the plugin installed. */
enum PeerSuiteMode {
    WITHOUT_PLUGIN("without-plugin"),
    WITH_PLUGIN("with-plugin");

    private final String id;

    PeerSuiteMode(String id) {
        this.id = id;
    }

    /** The name used for files and the child JVM's argument, e.g. {@code with-plugin}. */
    String id() {
        return id;
    }

    static PeerSuiteMode fromId(String id) {
        for (PeerSuiteMode mode : values()) {
            if (mode.id.equals(id)) {
                return mode;
            }
        }
        throw new IllegalArgumentException("No peer suite mode " + id);
    }
}
