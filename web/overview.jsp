<%@ page contentType="text/html; charset=UTF-8" pageEncoding="UTF-8" session="false" import="org.lastpresence.admin.*" %><%--
  Overview: the server's and components' uptime, the plugin's counters and its last 24 hours. A view only.
--%><% AdminView<OverviewPage> view = AdminPage.OVERVIEW.handle(request, response); if (view.redirected()) return; %><%@ include file="/WEB-INF/includes/top.jspf" %>
<% if (view.running()) { OverviewPage overview = view.model(); %>
  <p><%= view.html("lastpresence.overview.intro") %></p>

  <div class="jive-contentBoxHeader"><%= view.html("lastpresence.overview.server.heading") %></div>
  <div class="jive-contentBox"><table cellpadding="3" cellspacing="0" border="0" id="lp-server"><tbody>
    <tr><td class="jive-formLabel"><%= view.html("lastpresence.overview.server.started") %></td>
        <td id="lp-server-started"><time datetime="<%= Html.escape(overview.serverStarted()) %>"><%= Html.escape(overview.serverStarted()) %></time></td></tr>
    <tr><td class="jive-formLabel"><%= view.html("lastpresence.overview.server.uptime") %></td><td id="lp-server-uptime"><%= Html.escape(overview.serverUptime()) %></td></tr>
    <tr><td class="jive-formLabel"><%= view.html("lastpresence.overview.plugin.state") %></td>
        <td id="lp-plugin-state"><%= view.html(overview.enabled() ? "lastpresence.overview.enabled" : "lastpresence.overview.disabled") %></td></tr>
  </tbody></table></div>

  <div class="jive-contentBoxHeader"><%= view.html("lastpresence.overview.components.heading") %></div>
  <div class="jive-contentBox">
<% if (overview.components().isEmpty()) { %>
    <p id="lp-components-none"><%= view.html("lastpresence.overview.components.none") %></p>
<% } else { %>
    <div class="jive-table"><table cellpadding="0" cellspacing="0" border="0" width="100%" id="lp-components">
      <thead><tr><th><%= view.html("lastpresence.overview.components.domain") %></th><th><%= view.html("lastpresence.overview.components.registered") %></th><th><%= view.html("lastpresence.overview.components.uptime") %></th></tr></thead>
      <tbody>
<%   for (OverviewPage.ComponentRow component : overview.components()) { %>
        <tr data-domain="<%= Html.escape(component.domain()) %>"><td class="lp-domain"><%= Html.escape(component.domain()) %></td>
          <td class="lp-registered"><time datetime="<%= Html.escape(component.registered()) %>"><%= Html.escape(component.registered()) %></time></td><td class="lp-uptime"><%= Html.escape(component.uptime()) %></td></tr>
<%   } %>
      </tbody>
    </table></div>
<% } %>
  </div>

  <div class="jive-contentBoxHeader"><%= view.html("lastpresence.overview.counters.heading") %></div>
  <div class="jive-contentBox"><table cellpadding="3" cellspacing="0" border="0" id="lp-counters"><tbody>
<% for (OverviewPage.Counter counter : overview.counters()) { %>
    <tr><td class="jive-formLabel"><%= Html.escape(counter.label()) %></td><td id="lp-counter-<%= Html.escape(counter.id()) %>"><%= Html.escape(counter.value()) %></td></tr>
<% } %>
  </tbody></table></div>

  <div class="jive-contentBoxHeader"><%= view.html("lastpresence.overview.activity.heading") %></div>
  <div class="jive-contentBox" id="lp-activity">
<% ActivityChart chart = overview.activity(); %><%@ include file="/WEB-INF/includes/activity-chart.jspf" %>
  </div>
<% } %>
<%@ include file="/WEB-INF/includes/bottom.jspf" %>
