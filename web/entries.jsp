<%@ page contentType="text/html; charset=UTF-8" pageEncoding="UTF-8"
         import="java.util.Optional, org.lastpresence.LastPresencePlugin, org.lastpresence.PluginServices, org.lastpresence.admin.*" %><%--
  Entries: last presences, searched, sorted by time, paged; deletion after confirmation. A view only: EntriesPage
  does the searching, paging and the POST (with its CSRF check).
--%><%
    AdminMessages m = AdminMessages.forConsole();
    String currentPage = "entries";
    Optional<PluginServices> services = LastPresencePlugin.services();
    EntriesPage entries = null;
    if (services.isPresent()) {
        entries = EntriesPage.handle(new PageRequest(request), services.get(), m);
        if (entries.redirect().isPresent()) {
            response.sendRedirect(entries.redirect().get());
            return;
        }
        response.setStatus(entries.status());
    }
%><!DOCTYPE html>
<html lang="<%= Html.escape(m.languageTag()) %>">
<head>
  <title><%= Html.escape(m.text("lastpresence.page.title", m.text("lastpresence.entries.title"))) %></title>
  <meta name="pageID" content="lastpresence-entries"/>
  <%@ include file="/WEB-INF/includes/head.jspf" %>
</head>
<body>
<div class="lp-page" id="lp-entries-page">
<%@ include file="/WEB-INF/includes/nav.jspf" %>
<% if (entries == null) { %>
  <div class="lp-notice lp-error" id="lp-not-running" role="alert"><%= Html.escape(m.text("lastpresence.notRunning")) %></div>
<% } else {
     EntriesQuery query = entries.query(); %>
  <p class="lp-intro"><%= Html.escape(m.text("lastpresence.entries.intro")) %></p>
<%   if (entries.notice().isPresent()) { Notice notice = entries.notice().get(); %>
  <div class="<%= notice.cssClass() %>" id="lp-notice" role="<%= notice.isError() ? "alert" : "status" %>"><%= Html.escape(notice.text()) %></div>
<%   } %>
<%   if (entries.confirmationMissing().isPresent()) { %>
  <div class="lp-notice lp-error" id="lp-notice" role="alert"><%= Html.escape(entries.confirmationMissing().get()) %></div>
<%   } %>
<%   if (entries.confirmation().isPresent()) { EntryView doomed = entries.confirmation().get(); %>
  <div class="lp-confirm" id="lp-confirm" role="alertdialog">
    <p><%= Html.escape(m.text("lastpresence.entries.delete.confirm", doomed.username())) %></p>
    <p class="lp-help"><%= Html.escape(doomed.sinceIso()) %> (<%= Html.escape(doomed.sinceAgo()) %>)<%= doomed.status().isEmpty() ? "" : " \u2013 " + Html.escape(doomed.status()) %></p>
    <form method="post" action="entries.jsp">
      <input type="hidden" name="<%= CsrfGuard.FIELD %>" value="<%= Html.escape(entries.csrfToken()) %>"/>
      <input type="hidden" name="delete" value="<%= Html.escape(doomed.username()) %>"/>
      <input type="hidden" name="q" value="<%= Html.escape(query.search()) %>"/>
      <input type="hidden" name="sort" value="<%= query.newestFirst() ? "newest" : "oldest" %>"/>
      <input type="hidden" name="size" value="<%= query.pageSize() %>"/>
      <input type="hidden" name="page" value="<%= entries.page() %>"/>
      <button type="submit" id="lp-confirm-delete"><%= Html.escape(m.text("lastpresence.entries.delete.yes")) %></button>
      <a href="<%= Html.escape(entries.cancelHref()) %>" id="lp-confirm-cancel"><%= Html.escape(m.text("lastpresence.entries.delete.cancel")) %></a>
    </form>
  </div>
<%   } %>

  <form method="get" action="entries.jsp" class="lp-toolbar" id="lp-search">
    <label for="lp-q"><%= Html.escape(m.text("lastpresence.entries.search.label")) %></label>
    <input type="search" name="q" id="lp-q" maxlength="100" value="<%= Html.escape(query.search()) %>"/>
    <label for="lp-size"><%= Html.escape(m.text("lastpresence.entries.size.label")) %></label>
    <select name="size" id="lp-size">
<%   for (int size : EntriesQuery.PAGE_SIZES) { %>
      <option value="<%= size %>"<%= size == query.pageSize() ? " selected" : "" %>><%= size %></option>
<%   } %>
    </select>
    <input type="hidden" name="sort" value="<%= query.newestFirst() ? "newest" : "oldest" %>"/>
    <button type="submit" id="lp-search-button"><%= Html.escape(m.text("lastpresence.entries.search.button")) %></button>
    <a href="entries.jsp" id="lp-search-clear"><%= Html.escape(m.text("lastpresence.entries.search.clear")) %></a>
  </form>

<%   if (entries.emptyText().isPresent()) { %>
  <p class="lp-empty" id="lp-empty"><%= Html.escape(entries.emptyText().get()) %></p>
<%   } else { %>
  <p class="lp-summary" id="lp-summary"><%= Html.escape(entries.summary()) %></p>
  <table class="lp-table" id="lp-entries">
    <thead><tr>
      <th><%= Html.escape(m.text("lastpresence.entries.column.user")) %></th>
      <th><%= Html.escape(m.text("lastpresence.entries.column.presence")) %></th>
      <th><%= Html.escape(m.text("lastpresence.entries.column.show")) %></th>
      <th><%= Html.escape(m.text("lastpresence.entries.column.status")) %></th>
      <th><a href="<%= Html.escape(entries.sortHref()) %>" id="lp-sort"
             title="<%= Html.escape(m.text(query.newestFirst() ? "lastpresence.entries.sort.newest" : "lastpresence.entries.sort.oldest")) %>"><%= Html.escape(m.text("lastpresence.entries.column.since")) %> <%= query.newestFirst() ? "\u25BC" : "\u25B2" %></a></th>
      <th><%= Html.escape(m.text("lastpresence.entries.column.resource")) %></th>
      <th><%= Html.escape(m.text("lastpresence.entries.column.action")) %></th>
    </tr></thead>
    <tbody>
<%     for (EntryView row : entries.rows()) { %>
      <tr class="lp-entry <%= row.online() ? "lp-online" : "lp-offline" %>" data-user="<%= Html.escape(row.username()) %>">
        <td class="lp-user"><%= Html.escape(row.username()) %></td>
        <td class="lp-presence"><%= Html.escape(row.presence()) %></td>
        <td class="lp-show"><%= Html.escape(row.show()) %></td>
        <td class="lp-status"><%= Html.escape(row.status()) %></td>
        <td class="lp-since"><time datetime="<%= Html.escape(row.sinceIso()) %>"><%= Html.escape(row.sinceIso()) %></time><br/><span class="lp-ago"><%= Html.escape(row.sinceAgo()) %></span></td>
        <td class="lp-resource"><%= Html.escape(row.resource()) %></td>
        <td class="lp-action"><% if (row.deletable()) { %><a class="lp-delete" href="<%= Html.escape(entries.confirmHref(row.username())) %>"><%= Html.escape(m.text("lastpresence.entries.delete")) %></a><% } %></td>
      </tr>
<%     } %>
    </tbody>
  </table>
  <div class="lp-pager" id="lp-pager">
<%     if (entries.previousHref().isPresent()) { %><a href="<%= Html.escape(entries.previousHref().get()) %>" id="lp-previous"><%= Html.escape(m.text("lastpresence.entries.previous")) %></a><% } %>
    <span id="lp-page"><%= Html.escape(m.text("lastpresence.entries.page", entries.page(), entries.pages())) %></span>
<%     if (entries.nextHref().isPresent()) { %><a href="<%= Html.escape(entries.nextHref().get()) %>" id="lp-next"><%= Html.escape(m.text("lastpresence.entries.next")) %></a><% } %>
  </div>
<%   } %>
<% } %>
</div>
</body>
</html>
