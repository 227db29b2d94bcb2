package org.lastpresence;

import java.util.Optional;

import org.jivesoftware.openfire.interceptor.PacketInterceptor;
import org.jivesoftware.openfire.interceptor.PacketRejectedException;
import org.jivesoftware.openfire.session.ClientSession;
import org.jivesoftware.openfire.session.Session;
import org.lastpresence.probes.ProbeEchoes;
import org.lastpresence.probes.ProbeHandler;
import org.lastpresence.recording.PresenceRecorder;
import org.lastpresence.recording.Transition;
import org.lastpresence.settings.LiveSettings;
import org.lastpresence.stamps.DelayStamps;
import org.lastpresence.stamps.DeliveryContext;
import org.lastpresence.stamps.DeliveryStamper;
import org.lastpresence.stamps.LoginReplay;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xmpp.packet.JID;
import org.xmpp.packet.Packet;
import org.xmpp.packet.Presence;

/**
 * The plugin's one hook into packet routing: records local presence, takes over probes, removes forged delays
 * and stamps delivered presence. Nothing it throws but its own deliberate rejections reaches Openfire's router.
 */
public final class LastPresenceInterceptor implements PacketInterceptor {
    private static final Logger LOG = LoggerFactory.getLogger(LastPresenceInterceptor.class);

    private final String domain;
    private final LiveSettings settings;
    private final PresenceRecorder recorder;
    private final ProbeHandler probes;
    private final ProbeEchoes echoes;
    private final DeliveryContext context;
    private final DeliveryStamper stamper;
    private final LoginReplay loginReplay;
    private final PluginCounters counters;

    public LastPresenceInterceptor(String domain, LiveSettings settings, PresenceRecorder recorder,
                                   ProbeHandler probes, ProbeEchoes echoes, DeliveryContext context,
                                   DeliveryStamper stamper, LoginReplay loginReplay, PluginCounters counters) {
        this.domain = domain;
        this.settings = settings;
        this.recorder = recorder;
        this.probes = probes;
        this.echoes = echoes;
        this.context = context;
        this.stamper = stamper;
        this.loginReplay = loginReplay;
        this.counters = counters;
    }

    @Override
    public void interceptPacket(Packet packet, Session session, boolean incoming, boolean processed)
            throws PacketRejectedException {
        if (!(packet instanceof Presence)) {
            return;
        }
        Presence presence = (Presence) packet;
        try {
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
            // An exception here would make Openfire close the user's session: log it and let the packet pass.
            LOG.error("Last Presence failed on {}", presence.toXML(), e);
        }
    }

    private void beforeRouting(Presence presence, Session session) throws PacketRejectedException {
        context.begin();
        JID from = presence.getFrom();
        boolean fromLocalClient = session instanceof ClientSession && isLocalResource(from);
        if (presence.getType() == Presence.Type.probe) {
            Optional<JID> client = fromLocalClient ? Optional.of(from) : Optional.empty();
            if (probes.handle(presence, client, session == null ? reply -> { } : session::process)) {
                echoes.expect(presence);
                throw new PacketRejectedException("Probe answered by the Last Presence plugin");
            }
            return;
        }
        if (!isLocalResource(from)
                || !(presence.getType() == null || presence.getType() == Presence.Type.unavailable)) {
            return;
        }
        if (fromLocalClient && settings.enabled()) {
            int forged = DelayStamps.removeAll(presence);
            if (forged > 0) {
                counters.forgedDelaysRemoved(forged);
            }
        }
        if (presence.getTo() != null) {
            // A directed presence is sent now: its copies are live, and it is not the resource's broadcast state.
            context.markLive(from);
            return;
        }
        Transition transition = recorder.record(from, presence);
        if (transition.changed()) {
            context.markLive(from);
        }
        if (transition.cameOnline()) {
            context.markLogin(from);
        }
    }

    private void afterRouting() {
        context.loggingIn().ifPresent(loginReplay::cameOnline);
        context.end();
    }

    private void beforeDelivery(Presence presence, Session session) throws PacketRejectedException {
        if (echoes.consume(presence)) {
            throw new PacketRejectedException("Echo of a probe answered by the Last Presence plugin");
        }
        if (session instanceof ClientSession) {
            stamper.beforeDelivery(presence, session.getAddress());
        }
    }

    private boolean isLocalResource(JID jid) {
        return jid != null && jid.getNode() != null && jid.getResource() != null && domain.equals(jid.getDomain());
    }
}
