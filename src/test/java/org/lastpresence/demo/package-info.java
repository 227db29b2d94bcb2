/**
 * The demo server ({@code mvn -q -Pdemo package}): an embedded Openfire with the built plugin and fixed accounts, for
 * trying the plugin with real clients; {@code DemoIT} checks its accounts with a raw client.
 */
package org.lastpresence.demo;
