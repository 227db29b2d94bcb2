package org.lastpresence;

import org.jivesoftware.openfire.interceptor.PacketInterceptor;
import org.jivesoftware.openfire.interceptor.PacketRejectedException;
import org.jivesoftware.openfire.session.ClientSession;
import org.jivesoftware.openfire.session.Session;
import org.lastpresence.lastactivity.LastActivityResults;
import org.lastpresence.logging.FailureLog;
import org.lastpresence.probes.ProbeEchoes;
import org.lastpresence.probes.ProbeHandler;
import org.lastpresence.probes.UnauthorizedAnswer;
import org.lastpresence.recording.PresenceRecorder;
import org.lastpresence.recording.Transition;
import org.lastpresence.sessions.SessionTimes;
import org.lastpresence.settings.LiveSettings;
import org.lastpresence.stamps.DelayStamps;
import org.lastpresence.stamps.DeliveryContext;
import org.lastpresence.stamps.DeliveryStamper;
import org.lastpresence.stamps.LoginReplay;
import org.xmpp.packet.IQ;
import org.xmpp.packet.JID;
import org.xmpp.packet.Packet;
import org.xmpp.packet.Presence;

/**
 * The plugin's one hook into packet routing: records local presence, takes over probes, removes forged delays,
 * stamps delivered presence and corrects Openfire's {@code jabber:iq:last} results. Nothing it throws but its own
 * deliberate rejections reaches Openfire's router.
 */
public final class LastPresenceInterceptor implements PacketInterceptor {
    private final PluginContext plugin;
    private final LiveSettings settings;
    private final PresenceRecorder recorder;
    private final ProbeHandler probes;
    private final ProbeEchoes echoes;
    private final DeliveryContext context;
    private final DeliveryStamper stamper;
    private final LoginReplay loginReplay;
    private final PluginCounters counters;
    private final FailureLog failures;
    private final SessionTimes sessionTimes;
    private final LastActivityResults lastActivity;
    // The copy this thread is delivering in place of Openfire's object: it passes this interceptor as is.
    private final ThreadLocal<Packet> delivering = new ThreadLocal<>();

    public LastPresenceInterceptor(PluginContext plugin, PresenceRecorder recorder, ProbeHandler probes,
                                   ProbeEchoes echoes, DeliveryContext context, DeliveryStamper stamper,
                                   LoginReplay loginReplay, SessionTimes sessionTimes,
                                   LastActivityResults lastActivity) {
        this.plugin = plugin;
        this.settings = plugin.settings();
        this.recorder = recorder;
        this.probes = probes;
        this.echoes = echoes;
        this.context = context;
        this.stamper = stamper;
        this.loginReplay = loginReplay;
        this.counters = plugin.counters();
        this.failures = plugin.failures();
        this.sessionTimes = sessionTimes;
        this.lastActivity = lastActivity;
    }

    @Override
    public void interceptPacket(Packet packet, Session session, boolean incoming, boolean processed)
            throws PacketRejectedException {
        boolean isPresence = packet instanceof Presence;
        if (!isPresence && (incoming || processed || !(packet instanceof IQ))) {
            return;
        }
        try {
            if (!isPresence) {
                beforeIqDelivery((IQ) packet, session);
                return;
            }
            Presence presence = (Presence) packet;
            if (incoming && !processed) {
                beforeRouting(presence, session);
            } else if (incoming) {
                afterRouting();
            } else if (!processed) {
                beforeDelivery(presence, session);
            }
        } catch (PacketRejectedException e) {
            throw e;
        } catch (RuntimeException e) {
            // An exception here would make Openfire close the user's session (and log the whole stanza): the
            // packet passes untouched, and the failure is noted without its content.
            failures.report("interceptor", "Last Presence could not handle "
                    + (isPresence ? "a presence " : "an IQ ") + (incoming ? "from " : "to ")
                    + (session == null ? "the server" : session.getAddress()), e);
        }
    }

    private void beforeRouting(Presence presence, Session session) throws PacketRejectedException {
        context.begin();
        JID from = presence.getFrom();
        boolean fromLocalClient = session instanceof ClientSession && isLocalResource(from);
        if (fromLocalClient && settings.enabled()) {
            // D4: whatever its type, and at any depth, a delay in a client's presence is forged.
            int forged = DelayStamps.removeAll(presence);
            if (forged > 0) {
                counters.forgedDelaysRemoved(forged);
            }
        }
        if (presence.getType() == Presence.Type.probe) {
            boolean takenOver = fromLocalClient ? probes.handleFromClient(presence, session::process)
                    : probes.handleFromServer(presence);
            if (takenOver) {
                echoes.expect(presence);
                throw new Rejection(Rejection.PROBE_ANSWERED);
            }
            return;
        }
        if (!isLocalResource(from)
                || !(presence.getType() == null || presence.getType() == Presence.Type.unavailable)) {
            return;
        }
        if (presence.getTo() != null) {
            // A directed presence is sent now: its copies are live, and it is not the resource's broadcast state.
            context.markLive(presence.getElement().attributeValue("from"));
            return;
        }
        Transition transition = recorder.record(from, presence, sessionTimes.effective(presence, session));
        if (transition.changed()) {
            context.markLive(presence.getElement().attributeValue("from"));
            counters.presenceChanged();
        }
        if (transition.cameOnline()) {
            context.markLogin(from);
        }
        if (transition.wentUnavailable()) {
            context.markWentUnavailable(presence, transition.since());
        }
    }

    private void afterRouting() {
        // Openfire has updated the session now: whether this was the user's last resource can be told.
        context.wentUnavailable().ifPresent(gone -> recorder.wentUnavailable(gone.getFrom(), gone,
                context.wentUnavailableAt()));
        context.loggingIn().ifPresent(resource -> loginReplay.cameOnline(resource, context.offlineReplaysTo(resource)));
        context.end();
    }

    private void beforeDelivery(Presence presence, Session session) throws PacketRejectedException {
        // Every stanza delivered to every session passes here: the thread's marks are looked up only where needed.
        if ("error".equals(presence.getElement().attributeValue("type"))) {
            beforeErrorDelivery(presence, session);
            return;
        }
        if (!(session instanceof ClientSession)) {
            return;
        }
        Presence stamped = stamper.stamped(presence, session.getAddress());
        // A copy this thread delivers instead already carries its stamp, so the stamper leaves it alone.
        if (stamped == null || stamped == presence || presence == delivering.get()) {
            return;
        }
        // D5: Openfire may hand this object to other recipients or keep it; the stamp goes into a copy for this
        // session only, delivered now (so in order), and Openfire's object is dropped for this session.
        deliverInstead(stamped, session);
        throw new Rejection(Rejection.DELIVERED_STAMPED);
    }

    /** The router's echo of a probe the plugin took over, or Openfire's refusal of a probe left to it. */
    private void beforeErrorDelivery(Presence error, Session session) throws PacketRejectedException {
        if (echoes.consume(error)) {
            throw new Rejection(Rejection.PROBE_ECHO);
        }
        if (session instanceof ClientSession && context.isOpenfireAnswerTo(error.getElement().attributeValue("to"))) {
            Presence unsubscribed = UnauthorizedAnswer.of(error);
            if (unsubscribed != null) {
                // P: Openfire refused the probe left to it; the prober learns no more than of an unknown account.
                deliverInstead(unsubscribed, session);
                throw new Rejection(Rejection.DELIVERED_CORRECTED);
            }
        }
    }

    private void beforeIqDelivery(IQ iq, Session session) throws PacketRejectedException {
        if (iq == delivering.get() || !(session instanceof ClientSession)) {
            return;
        }
        IQ corrected = lastActivity.correctedCopy(iq, session.getAddress());
        if (corrected == null) {
            return;
        }
        // C2, the same way as a stamp: the corrected copy goes to this session, Openfire's result is dropped for it.
        deliverInstead(corrected, session);
        throw new Rejection(Rejection.DELIVERED_CORRECTED);
    }

    private void deliverInstead(Packet copy, Session session) {
        delivering.set(copy);
        try {
            session.process(copy);
        } finally {
            delivering.remove();
        }
    }

    private boolean isLocalResource(JID jid) {
        return plugin.isLocalResource(jid);
    }
}
