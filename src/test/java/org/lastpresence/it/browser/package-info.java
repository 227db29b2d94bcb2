/**
 * The admin pages in a browser: {@code AdminConsoleStandIn} serves the plugin's pages with Openfire 4.2.0's own
 * PluginServlet (the console web app is not on Maven Central; it is started as a {@code beforeBoot} step, since the
 * servlet must exist when the plugin loads), {@code Browser} drives Debian's headless Chromium
 * ({@code .ci/install-browser}), and {@code AdminPagesIT} asserts what an operator sees.
 */
package org.lastpresence.it.browser;
