package org.lastpresence.it.cluster;

import java.io.Serializable;
import java.net.UnknownHostException;
import java.util.ArrayList;

import org.jivesoftware.openfire.privacy.PrivacyListManager;
import org.jivesoftware.openfire.session.ClientSession;
import org.jivesoftware.openfire.session.DomainPair;
import org.jivesoftware.openfire.session.IncomingServerSession;
import org.jivesoftware.openfire.session.LocalSession;
import org.jivesoftware.openfire.session.OutgoingServerSession;
import org.jivesoftware.openfire.session.ServerSession;
import org.xmpp.packet.Presence;

/**
 * What a remote session surrogate asks the node holding the real session to do; each answers a serializable
 * value (or null). Arguments are at most two strings.
 */
enum SessionOperation {
    STREAM_ID {
        @Override
        Serializable apply(LocalSession session, String first, String second) {
            return session.getStreamID().getID();
        }
    },
    CREATION_DATE {
        @Override
        Serializable apply(LocalSession session, String first, String second) {
            return session.getCreationDate().getTime();
        }
    },
    LAST_ACTIVE_DATE {
        @Override
        Serializable apply(LocalSession session, String first, String second) {
            return session.getLastActiveDate().getTime();
        }
    },
    CLIENT_PACKETS {
        @Override
        Serializable apply(LocalSession session, String first, String second) {
            return session.getNumClientPackets();
        }
    },
    SERVER_PACKETS {
        @Override
        Serializable apply(LocalSession session, String first, String second) {
            return session.getNumServerPackets();
        }
    },
    CLOSE {
        @Override
        Serializable apply(LocalSession session, String first, String second) {
            session.close();
            return null;
        }
    },
    IS_CLOSED {
        @Override
        Serializable apply(LocalSession session, String first, String second) {
            return session.isClosed();
        }
    },
    IS_SECURE {
        @Override
        Serializable apply(LocalSession session, String first, String second) {
            return session.isSecure();
        }
    },
    PEER_CERTIFICATES {
        @Override
        Serializable apply(LocalSession session, String first, String second) {
            return session.getPeerCertificates();
        }
    },
    HOST_ADDRESS {
        @Override
        Serializable apply(LocalSession session, String first, String second) {
            try {
                return session.getHostAddress();
            } catch (UnknownHostException e) {
                return null;
            }
        }
    },
    HOST_NAME {
        @Override
        Serializable apply(LocalSession session, String first, String second) {
            try {
                return session.getHostName();
            } catch (UnknownHostException e) {
                return null;
            }
        }
    },
    PROCESS {
        @Override
        Serializable apply(LocalSession session, String packetXml, String second) {
            session.process(Packets.parse(packetXml));
            return null;
        }
    },
    DELIVER_RAW_TEXT {
        @Override
        Serializable apply(LocalSession session, String text, String second) {
            session.deliverRawText(text);
            return null;
        }
    },
    VALIDATE {
        @Override
        Serializable apply(LocalSession session, String first, String second) {
            return session.validate();
        }
    },
    CIPHER_SUITE {
        @Override
        Serializable apply(LocalSession session, String first, String second) {
            return session.getCipherSuiteName();
        }
    },
    LANGUAGE {
        @Override
        Serializable apply(LocalSession session, String first, String second) {
            return session.getLanguage();
        }
    },
    SET_ACTIVE_LIST {
        @Override
        Serializable apply(LocalSession session, String listName, String second) {
            ClientSession client = (ClientSession) session;
            client.setActiveList(listName == null ? null
                    : PrivacyListManager.getInstance().getPrivacyList(client.getAddress().getNode(), listName));
            return null;
        }
    },
    SET_DEFAULT_LIST {
        @Override
        Serializable apply(LocalSession session, String listName, String second) {
            ClientSession client = (ClientSession) session;
            client.setDefaultList(listName == null ? null
                    : PrivacyListManager.getInstance().getPrivacyList(client.getAddress().getNode(), listName));
            return null;
        }
    },
    IS_INITIALIZED {
        @Override
        Serializable apply(LocalSession session, String first, String second) {
            return ((ClientSession) session).isInitialized();
        }
    },
    SET_INITIALIZED {
        @Override
        Serializable apply(LocalSession session, String initialized, String second) {
            ((ClientSession) session).setInitialized(Boolean.parseBoolean(initialized));
            return null;
        }
    },
    CAN_FLOOD_OFFLINE {
        @Override
        Serializable apply(LocalSession session, String first, String second) {
            return ((ClientSession) session).canFloodOfflineMessages();
        }
    },
    SET_PRESENCE {
        @Override
        Serializable apply(LocalSession session, String presenceXml, String second) {
            ((ClientSession) session).setPresence((Presence) Packets.parse(presenceXml));
            return null;
        }
    },
    INCREMENT_CONFLICT_COUNT {
        @Override
        Serializable apply(LocalSession session, String first, String second) {
            return ((ClientSession) session).incrementConflictCount();
        }
    },
    CARBONS_ENABLED {
        @Override
        Serializable apply(LocalSession session, String first, String second) {
            return ((ClientSession) session).isMessageCarbonsEnabled();
        }
    },
    SET_CARBONS_ENABLED {
        @Override
        Serializable apply(LocalSession session, String enabled, String second) {
            ((ClientSession) session).setMessageCarbonsEnabled(Boolean.parseBoolean(enabled));
            return null;
        }
    },
    USES_DIALBACK {
        @Override
        Serializable apply(LocalSession session, String first, String second) {
            return ((ServerSession) session).isUsingServerDialback();
        }
    },
    VALIDATED_DOMAINS {
        @Override
        Serializable apply(LocalSession session, String first, String second) {
            return new ArrayList<>(((IncomingServerSession) session).getValidatedDomains());
        }
    },
    LOCAL_DOMAIN {
        @Override
        Serializable apply(LocalSession session, String first, String second) {
            return ((IncomingServerSession) session).getLocalDomain();
        }
    },
    AUTHENTICATE_SUBDOMAIN {
        @Override
        Serializable apply(LocalSession session, String domain, String hostname) {
            return ((OutgoingServerSession) session).authenticateSubdomain(domain, hostname);
        }
    },
    CHECK_DOMAIN_PAIR {
        @Override
        Serializable apply(LocalSession session, String local, String remote) {
            return ((OutgoingServerSession) session).checkOutgoingDomainPair(local, remote);
        }
    },
    ADD_DOMAIN_PAIR {
        @Override
        Serializable apply(LocalSession session, String local, String remote) {
            ((OutgoingServerSession) session).addOutgoingDomainPair(local, remote);
            return null;
        }
    },
    DOMAIN_PAIRS {
        @Override
        Serializable apply(LocalSession session, String first, String second) {
            ArrayList<String> keys = new ArrayList<>();
            for (DomainPair pair : ((OutgoingServerSession) session).getOutgoingDomainPairs()) {
                keys.add(SessionKind.outgoingKey(pair));
            }
            return keys;
        }
    };

    abstract Serializable apply(LocalSession session, String first, String second);
}
