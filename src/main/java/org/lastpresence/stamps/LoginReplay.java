package org.lastpresence.stamps;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Consumer;

import org.lastpresence.PluginContext;
import org.lastpresence.PluginCounters;
import org.lastpresence.logging.FailureLog;
import org.lastpresence.privacy.Disclosure;
import org.lastpresence.privacy.Visibility;
import org.lastpresence.probes.Rosters;
import org.lastpresence.probes.UserProbeAnswers;
import org.lastpresence.recording.ResourceStates;
import org.lastpresence.settings.LiveSettings;
import org.lastpresence.store.VisibleRecords;
import org.xmpp.packet.JID;
import org.xmpp.packet.Presence;

/**
 * At login, sends the user the stamped offline presence of each subscribed local contact that has a record (rule D3,
 * docs/CONTRACT.md) and whose own rules let the user see it (V1), unless Openfire already replayed that contact's
 * offline presence (which the stamper has stamped). Runs off the packet thread: the roster and privacy lists may have
 * to be loaded.
 */
public final class LoginReplay {
    private final String domain;
    private final LiveSettings settings;
    private final ResourceStates resources;
    private final VisibleRecords records;
    private final Rosters rosters;
    private final Disclosure disclosure;
    private final Executor executor;
    private final Consumer<Presence> deliverer;
    private final PluginCounters counters;
    private final FailureLog failures;

    public LoginReplay(PluginContext context, ResourceStates resources, VisibleRecords records, Rosters rosters,
                       Disclosure disclosure, Executor executor) {
        this.domain = context.domain();
        this.settings = context.settings();
        this.resources = resources;
        this.records = records;
        this.rosters = rosters;
        this.disclosure = disclosure;
        this.executor = executor;
        this.deliverer = context::deliver;
        this.counters = context.counters();
        this.failures = context.failures();
    }

    /**
     * The resource just sent its initial presence, and Openfire has delivered its contacts' presence.
     *
     * @param alreadyReplayed bare JIDs of the contacts whose offline presence Openfire itself delivered meanwhile
     */
    public void cameOnline(JID resource, Set<String> alreadyReplayed) {
        if (!settings.enabled() || !settings.loginOffline()) {
            return;
        }
        try {
            executor.execute(() -> replay(resource, alreadyReplayed));
        } catch (RejectedExecutionException e) {
            // Only while the plugin is being unloaded: the user gets what Openfire sent, as without the plugin.
        }
    }

    private void replay(JID resource, Set<String> alreadyReplayed) {
        try {
            for (JID contact : rosters.subscribedTo(resource.getNode())) {
                // Most contacts are online, usually here: this node's own entries tell that without asking
                // Openfire's routing table once per contact.
                if (contact.getNode() == null || !domain.equals(contact.getDomain())
                        || alreadyReplayed.contains(contact.toBareJID()) || resources.followsHere(contact.getNode())
                        || resources.isOnline(contact.getNode())) {
                    continue;
                }
                records.find(contact.getNode())
                        .filter(record -> disclosure.mayTellOffline(contact.getNode(), contact.toBareJID(), resource))
                        .ifPresent(record -> {
                            // The offline row of the probe table is exactly the presence to replay.
                            UserProbeAnswers.answer(resource, new JID(contact.toBareJID()), true, List.of(),
                                    Visibility.ALL, Optional.of(record), settings.stampPrecision(),
                                    settings.idleOffline()).forEach(deliverer);
                            counters.stampAdded();
                        });
            }
        } catch (RuntimeException e) {
            failures.report("login replay", "Could not replay offline contacts to " + resource, e);
        }
    }
}
