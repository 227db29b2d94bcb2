/**
 * The user's own rules for outgoing presence (rules V1 and V2 of docs/CONTRACT.md): XEP-0016 privacy lists,
 * XEP-0126 invisibility (a list that denies presence-out) and XEP-0191 blocks (kept by Openfire 4.3+ in the default
 * list). {@link org.lastpresence.privacy.Disclosure} is the one decision that every probe answer, login replay and
 * stamped delivery passes; {@link org.lastpresence.privacy.PresenceRules} evaluates a list as Openfire does.
 */
package org.lastpresence.privacy;
