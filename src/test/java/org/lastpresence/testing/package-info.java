/**
 * Fakes for unit tests, which run the plugin's classes without Openfire: {@code MapProperties} (system properties,
 * with change listeners), {@code MutableClock} (time moved by hand), {@code InMemoryDatabase} (the record database,
 * can be told to fail), {@code TableRosters} and {@code TablePrivacyRules} (rosters and privacy rules as tables),
 * and {@code Stanzas} (presence parsed from XML text, so test tables read like the wire). Integration tests use
 * none of them: they have a real server ({@link org.lastpresence.it}).
 */
package org.lastpresence.testing;
