<%@ page contentType="text/html; charset=UTF-8" pageEncoding="UTF-8" session="false"
         import="java.util.Optional, org.lastpresence.LastPresencePlugin, org.lastpresence.PluginServices, org.lastpresence.admin.*" %><%--
  Overview: the server's and components' uptime and the plugin's counters. A view only: OverviewPage computes.
--%><%
    AdminMessages m = AdminMessages.forConsole();
    String currentPage = "overview";
    Optional<PluginServices> services = LastPresencePlugin.services();
    OverviewPage overview = services.isPresent() ? new OverviewPage(services.get(), m) : null;
%><!DOCTYPE html>
<html lang="<%= Html.escape(m.languageTag()) %>">
<head>
  <title><%= Html.escape(m.text("lastpresence.page.title", m.text("lastpresence.overview.title"))) %></title>
  <meta name="pageID" content="lastpresence-overview"/>
  <%@ include file="/WEB-INF/includes/head.jspf" %>
</head>
<body>
<div class="lp-page" id="lp-overview">
<%@ include file="/WEB-INF/includes/nav.jspf" %>
<% if (overview == null) { %>
  <div class="lp-notice lp-error" id="lp-not-running" role="alert"><%= Html.escape(m.text("lastpresence.notRunning")) %></div>
<% } else { %>
  <p class="lp-intro"><%= Html.escape(m.text("lastpresence.overview.intro")) %></p>

  <h2 class="lp-heading"><%= Html.escape(m.text("lastpresence.overview.server.heading")) %></h2>
  <table class="lp-table" id="lp-server">
    <tbody>
      <tr><th><%= Html.escape(m.text("lastpresence.overview.server.started")) %></th>
          <td id="lp-server-started"><time datetime="<%= Html.escape(overview.serverStarted()) %>"><%= Html.escape(overview.serverStarted()) %></time></td></tr>
      <tr><th><%= Html.escape(m.text("lastpresence.overview.server.uptime")) %></th>
          <td id="lp-server-uptime"><%= Html.escape(overview.serverUptime()) %></td></tr>
      <tr><th><%= Html.escape(m.text("lastpresence.overview.plugin.state")) %></th>
          <td id="lp-plugin-state"><%= Html.escape(m.text(overview.enabled() ? "lastpresence.overview.enabled" : "lastpresence.overview.disabled")) %></td></tr>
    </tbody>
  </table>

  <h2 class="lp-heading"><%= Html.escape(m.text("lastpresence.overview.components.heading")) %></h2>
<% if (overview.components().isEmpty()) { %>
  <p class="lp-empty" id="lp-components-none"><%= Html.escape(m.text("lastpresence.overview.components.none")) %></p>
<% } else { %>
  <table class="lp-table" id="lp-components">
    <thead><tr>
      <th><%= Html.escape(m.text("lastpresence.overview.components.domain")) %></th>
      <th><%= Html.escape(m.text("lastpresence.overview.components.registered")) %></th>
      <th><%= Html.escape(m.text("lastpresence.overview.components.uptime")) %></th>
    </tr></thead>
    <tbody>
<%   for (OverviewPage.ComponentRow component : overview.components()) { %>
      <tr data-domain="<%= Html.escape(component.domain()) %>">
        <td class="lp-domain"><%= Html.escape(component.domain()) %></td>
        <td class="lp-registered"><time datetime="<%= Html.escape(component.registered()) %>"><%= Html.escape(component.registered()) %></time></td>
        <td class="lp-uptime"><%= Html.escape(component.uptime()) %></td>
      </tr>
<%   } %>
    </tbody>
  </table>
<% } %>

  <h2 class="lp-heading"><%= Html.escape(m.text("lastpresence.overview.counters.heading")) %></h2>
  <table class="lp-table" id="lp-counters">
    <tbody>
<% for (OverviewPage.Counter counter : overview.counters()) { %>
      <tr><th><%= Html.escape(counter.label()) %></th><td id="lp-counter-<%= Html.escape(counter.id()) %>"><%= Html.escape(counter.value()) %></td></tr>
<% } %>
    </tbody>
  </table>
<% } %>
</div>
</body>
</html>
