/**
 * Delay stamps on the presence the server delivers (rules D1-D5 of docs/CONTRACT.md).
 *
 * <h2>Why a stamp always goes into a copy (D5)</h2>
 * Read in Openfire's sources (4.2.0 {@code src/java}, 5.1.1 {@code xmppserver/src/main/java}), the presence object
 * that reaches {@code LocalSession.process}, where this plugin's interceptor sees it with {@code incoming=false}, is
 * often not the recipient's own:
 * <ul>
 *   <li>a broadcast to contacts is one object, re-addressed with {@code setTo} and routed again for each contact
 *       ({@code Roster.broadcastPresence}, 4.2.0 L562-630, 5.1.1 L561-633), and the same holds for the copy to one's
 *       own other resources and for a directed presence to a bare JID ({@code PresenceRouter.handle}, 4.2.0
 *       L156-163); a local route hands that very object to the session ({@code RoutingTableImpl.routeToLocalDomain},
 *       4.2.0 L357, 5.1.1 L383);</li>
 *   <li>a probe reply is one copy per probed session, shared by the prober's resources
 *       ({@code PresenceManagerImpl.probePresence}, 4.2.0 L398-421, 5.1.1 L395-418); an offline presence is parsed
 *       again from Openfire's offline-presence cache for each probe (4.2.0 L373-375), then shared the same way;</li>
 *   <li>from 4.8 on, client state indication queues the delivered object by reference while a client is inactive
 *       ({@code CsiManager.queueOrPush}, 5.1.1 L232-254), so it is serialized later, after others may have changed
 *       it; undoing a change after delivery is therefore not safe either;</li>
 *   <li>the session's own stored presence ({@code LocalClientSession.setPresence}) is the client's incoming object;
 *       what is routed is a copy of it, and whoever sends it on copies it first.</li>
 * </ul>
 * So the interceptor never changes a delivered object: when a delivery gets a stamp it builds a copy for that one
 * session, delivers the copy through the session at once (so it keeps its place in the stream), and rejects
 * Openfire's object for that session only, which {@code LocalSession.process} then drops silently. Live broadcasts
 * (D2), which are nearly all deliveries, are left as they are and cost no allocation. Across a cluster every remote
 * delivery is a fresh object built from the serialized stanza on the recipient's node.
 */
package org.lastpresence.stamps;
