package org.lastpresence.privacy;

import java.util.ArrayList;
import java.util.List;

import org.dom4j.Element;

/**
 * Reads a privacy list as Openfire renders it ({@code PrivacyList.asElement()}, the same from 4.2.0 to 5.x:
 * {@code <list name='…'><item type='…' value='…' action='…' order='…'>[kinds]</item>…</list>}) into the rules for
 * outgoing presence. An item without stanza kinds applies to every kind, presence-out included.
 */
public final class PrivacyListXml {
    private PrivacyListXml() {
    }

    public static PresenceRules presenceOutRules(Element list) {
        List<PrivacyRule> rules = new ArrayList<>();
        for (Element item : list.elements("item")) {
            if (!appliesToPresenceOut(item)) {
                continue;
            }
            int order;
            try {
                order = Integer.parseInt(item.attributeValue("order", "").trim());
            } catch (NumberFormatException e) {
                // Openfire refuses such an item when the list is stored; be strict rather than guess.
                order = Integer.MIN_VALUE;
            }
            PrivacyRule.Match match = match(item.attributeValue("type"));
            String value = item.attributeValue("value", "");
            rules.add("allow".equals(item.attributeValue("action"))
                    ? PrivacyRule.allow(order, match, value) : PrivacyRule.deny(order, match, value));
        }
        return PresenceRules.of(rules);
    }

    private static boolean appliesToPresenceOut(Element item) {
        boolean anyKind = false;
        for (Element kind : item.elements()) {
            String name = kind.getName();
            if ("presence-out".equals(name)) {
                return true;
            }
            anyKind |= "message".equals(name) || "iq".equals(name) || "presence-in".equals(name);
        }
        return !anyKind;
    }

    private static PrivacyRule.Match match(String type) {
        if (type == null) {
            return PrivacyRule.Match.EVERYONE;
        }
        switch (type) {
            case "jid":
                return PrivacyRule.Match.JID;
            case "subscription":
                return PrivacyRule.Match.SUBSCRIPTION;
            default:
                return PrivacyRule.Match.GROUP;
        }
    }
}
