package org.lastpresence.probes;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Consumer;

import org.lastpresence.PluginContext;
import org.lastpresence.PluginCounters;
import org.lastpresence.logging.FailureLog;
import org.lastpresence.privacy.Disclosure;
import org.lastpresence.privacy.Visibility;
import org.lastpresence.recording.ResourceState;
import org.lastpresence.recording.ResourceStates;
import org.lastpresence.settings.LiveSettings;
import org.lastpresence.stamps.DelayStamps;
import org.lastpresence.stamps.DeliveryContext;
import org.lastpresence.store.LastPresenceRecord;
import org.lastpresence.store.VisibleRecords;
import org.lastpresence.uptime.ComponentHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xmpp.packet.JID;
import org.xmpp.packet.PacketError;
import org.xmpp.packet.Presence;

/**
 * Takes over the probes the plugin answers and leaves the others to Openfire (rules P, U1-U3 and A1,
 * docs/CONTRACT.md): answers probes of users itself unless Openfire's own answer, stamped as it is delivered, is the
 * same ({@link OpenfireAnswer}), hands probes of the domain and of components to the {@link ComponentHandler}, and
 * rate-limits what clients send.
 */
public final class ProbeHandler {
    private static final Logger LOG = LoggerFactory.getLogger(ProbeHandler.class);

    private final String domain;
    private final LiveSettings settings;
    private final ResourceStates resources;
    private final VisibleRecords records;
    private final ComponentHandler components;
    private final Rosters rosters;
    private final ProbeRateLimiter limiter;
    private final Executor answerExecutor;
    private final Consumer<Presence> deliverer;
    private final PluginCounters counters;
    private final Disclosure disclosure;
    private final DeliveryContext delivery;
    private final FailureLog failures;

    /**
     * @param delivery       where a probe left to Openfire is marked, so that its answer is stamped in place
     * @param answerExecutor runs user-probe answers off the packet thread (a roster may have to be loaded)
     */
    public ProbeHandler(PluginContext context, ResourceStates resources, VisibleRecords records,
                        ComponentHandler components, Rosters rosters, ProbeRateLimiter limiter,
                        Disclosure disclosure, DeliveryContext delivery, Executor answerExecutor) {
        this.domain = context.domain();
        this.settings = context.settings();
        this.resources = resources;
        this.records = records;
        this.components = components;
        this.rosters = rosters;
        this.limiter = limiter;
        this.answerExecutor = answerExecutor;
        this.deliverer = context::deliver;
        this.counters = context.counters();
        this.disclosure = disclosure;
        this.delivery = delivery;
        this.failures = context.failures();
    }

    /**
     * A probe a local client sent (client-initiated: rate-limited per session).
     *
     * @param replyToClient delivers a reply straight to that client session
     * @return true if the plugin took the probe over: Openfire must not process it
     */
    public boolean handleFromClient(Presence probe, Consumer<Presence> replyToClient) {
        return handle(probe, replyToClient);
    }

    /** A probe of a server or a component (never rate-limited); true if the plugin took it over. */
    public boolean handleFromServer(Presence probe) {
        return handle(probe, null);
    }

    private boolean handle(Presence probe, Consumer<Presence> replyToClient) {
        ProbeTarget target = ProbeTarget.of(probe.getTo(), domain, components::isComponent);
        if (!settings.enabled()) {
            // Even switched off, a probe to the domain is kept from Openfire, which would close the prober's stream.
            return target == ProbeTarget.SERVER;
        }
        if (target == ProbeTarget.COMPONENT && !settings.components()) {
            return false;
        }
        // Openfire sets a client's from to its session's full JID: the raw attribute names the session, unparsed.
        if (replyToClient != null && !limiter.tryAcquire(probe.getElement().attributeValue("from"))) {
            counters.probeRateLimited();
            replyToClient.accept(rateLimited(probe));
            return true;
        }
        switch (target) {
            case LOCAL_USER:
                if (replyToClient != null && openfireAnswers(probe)) {
                    // Openfire's answer gets its stamps as it is delivered (DeliveryStamper), a refusal becomes
                    // unsubscribed (UnauthorizedAnswer).
                    delivery.markOpenfireAnswers(probe.getElement().attributeValue("from"));
                    counters.probeAnswered();
                    return false;
                }
                answerUserLater(probe);
                return true;
            case SERVER:
                components.answerServer(probe);
                return true;
            case COMPONENT:
                components.answerComponent(probe);
                return true;
            default:
                return false;
        }
    }

    /**
     * Whether Openfire's own answer, stamped or corrected on delivery, is the P answer: decided from memory only
     * (Openfire reads the user's roster as it would without the plugin).
     */
    private boolean openfireAnswers(Presence probe) {
        JID prober = probe.getFrom();
        String user = probe.getTo().getNode();
        boolean ownAccount = user.equals(prober.getNode()) && domain.equals(prober.getDomain());
        boolean hidesNothing = disclosure.hidesNothing();
        // Nothing hides only off a cluster (PrivacyListCensus), where every session is this node's: its own entries
        // tell who is online with a known start, without reading Openfire's routing table twice per probe (its own
        // answer reads it again).
        boolean onlineAllKnown = hidesNothing && resources.followsHere(user);
        return OpenfireAnswer.suffices(ownAccount, onlineAllKnown, hidesNothing, settings.stampDelivered());
    }

    private void answerUserLater(Presence probe) {
        Presence copy = probe.createCopy();
        try {
            answerExecutor.execute(() -> answerUser(copy));
        } catch (RejectedExecutionException e) {
            // Only while the plugin is being unloaded: the prober gets no answer, as without the plugin.
            LOG.debug("Probe of {} by {} not answered, the plugin is stopping", copy.getTo(), copy.getFrom());
        }
    }

    /** Answers a probe of a local user; runs on the answer executor. */
    void answerUser(Presence probe) {
        try {
            JID prober = probe.getFrom();
            JID user = new JID(probe.getTo().toBareJID());
            // One's own account needs no roster item: skip the lookup, which may have to load a roster.
            RosterSubscription subscription = prober.toBareJID().equals(user.toBareJID())
                    ? RosterSubscription.NONE : rosters.subscription(user.getNode(), prober);
            boolean authorized = ProbeAuthorization.isAuthorized(prober.toBareJID(), user.toBareJID(), subscription);
            List<ResourceState> available = resources.available(user.getNode());
            // The user's own rules are read only for a prober who may see the user at all.
            Visibility visibility = authorized ? disclosure.visibility(user, addresses(available), prober)
                    : Visibility.ALL;
            // The record is told only when the user is offline: an online user's is not even read.
            Optional<LastPresenceRecord> record = authorized && available.isEmpty()
                    ? records.find(user.getNode()) : Optional.empty();
            List<Presence> answers = UserProbeAnswers.answer(prober, user, authorized, available, visibility,
                    record, settings.stampPrecision(), settings.idleOffline());
            if (answers.isEmpty()) {
                // The user's rules deny this prober: no answer, as from Openfire itself.
                return;
            }
            answers.forEach(deliverer);
            counters.probeAnswered();
            answers.stream().filter(DelayStamps::isStamped).forEach(answer -> counters.stampAdded());
        } catch (RuntimeException e) {
            failures.report("probe answer", "Could not answer a probe of " + probe.getTo().toBareJID() + " by "
                    + probe.getFrom(), e);
        }
    }

    private static List<JID> addresses(List<ResourceState> available) {
        List<JID> addresses = new ArrayList<>(available.size());
        available.forEach(resource -> addresses.add(resource.address()));
        return addresses;
    }

    private static Presence rateLimited(Presence probe) {
        Presence error = new Presence(Presence.Type.error);
        error.setID(probe.getID());
        error.setFrom(probe.getTo());
        error.setTo(probe.getFrom());
        error.setError(new PacketError(PacketError.Condition.resource_constraint, PacketError.Type.wait));
        return error;
    }
}
