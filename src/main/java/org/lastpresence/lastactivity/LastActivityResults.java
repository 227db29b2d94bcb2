package org.lastpresence.lastactivity;

import java.time.Clock;
import java.util.Optional;

import org.dom4j.Element;
import org.dom4j.Node;
import org.lastpresence.privacy.Disclosure;
import org.lastpresence.recording.ResourceStates;
import org.lastpresence.settings.LiveSettings;
import org.lastpresence.store.LastPresenceRecord;
import org.lastpresence.store.VisibleRecords;
import org.xmpp.packet.IQ;
import org.xmpp.packet.JID;

/**
 * Makes Openfire's answer to a XEP-0012 {@code jabber:iq:last} query of a local user's bare JID agree with the
 * plugin's record (C2), as the result is delivered to the asking client. Openfire's {@code IQLastActivityHandler}
 * keeps its own offline time, which is the end of a stream-management wait rather than the lost connection, and
 * ignores the stamp precision. Errors (Openfire's authorization) are never touched.
 * <p>
 * This runs for every IQ delivered to a client session: one that is no such result is passed over by its raw
 * attributes and children, without parsing a JID or allocating.
 */
public final class LastActivityResults {
    public static final String NAMESPACE = "jabber:iq:last";

    private final String domain;
    private final LiveSettings settings;
    private final ResourceStates resources;
    private final VisibleRecords records;
    private final Disclosure disclosure;
    private final Clock clock;

    public LastActivityResults(String domain, LiveSettings settings, ResourceStates resources, VisibleRecords records,
                               Disclosure disclosure, Clock clock) {
        this.domain = domain;
        this.settings = settings;
        this.resources = resources;
        this.records = records;
        this.disclosure = disclosure;
        this.clock = clock;
    }

    /**
     * @param result    an IQ about to be written to a local client session
     * @param recipient that session's address
     * @return the corrected copy to deliver instead, or null when the IQ goes as it is
     */
    public IQ correctedCopy(IQ result, JID recipient) {
        Element stanza = result.getElement();
        if (!"result".equals(stanza.attributeValue("type"))) {
            return null;
        }
        Element query = lastActivityQuery(stanza);
        String from = stanza.attributeValue("from");
        if (query == null || !isLocalBareJid(from) || !settings.enabled()) {
            return null;
        }
        JID user = new JID(from);
        // A packet thread asks the record cache alone: when it does not know the record, Openfire's own answer
        // (from the same logout, in Openfire's table) stands.
        Optional<Optional<LastPresenceRecord>> cached = records.findCached(user.getNode());
        if (cached.isEmpty()) {
            return null;
        }
        Optional<LastActivity> correct = LastActivityCorrection.decide(told(query), resources.isOnline(user.getNode()),
                cached.get(), settings.stampPrecision(), clock.instant(),
                () -> disclosure.mayTellOffline(user.getNode(), user.toBareJID(), recipient));
        if (correct.isEmpty()) {
            return null;
        }
        IQ copy = result.createCopy();
        Element corrected = copy.getChildElement();
        corrected.clearContent();
        corrected.addAttribute("seconds", Long.toString(correct.get().seconds()));
        correct.get().status().ifPresent(corrected::addText);
        return copy;
    }

    /** The result's {@code <query xmlns='jabber:iq:last'/>}, if that is its child, found without allocating. */
    private static Element lastActivityQuery(Element stanza) {
        for (int i = 0, count = stanza.nodeCount(); i < count; i++) {
            Node node = stanza.node(i);
            if (node instanceof Element) {
                Element child = (Element) node;
                return "query".equals(child.getName()) && NAMESPACE.equals(child.getNamespaceURI()) ? child : null;
            }
        }
        return null;
    }

    /** Openfire answers for a user from the bare JID; clients' own answers come from a full JID. */
    private boolean isLocalBareJid(String from) {
        if (from == null) {
            return false;
        }
        int at = from.indexOf('@');
        return at > 0 && from.indexOf('/') < 0 && from.length() - at - 1 == domain.length()
                && from.regionMatches(at + 1, domain, 0, domain.length());
    }

    private static Optional<LastActivity> told(Element query) {
        try {
            return Optional.of(new LastActivity(Long.parseLong(query.attributeValue("seconds", "")),
                    query.getTextTrim()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
