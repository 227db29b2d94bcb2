<%@ page contentType="text/html; charset=UTF-8" pageEncoding="UTF-8" import="org.lastpresence.admin.*" %><%--
  Entries: last presences, searched, sorted by time, paged; deletion after confirmation. A view only.
--%><% AdminView<EntriesPage> view = AdminPage.ENTRIES.handle(request, response); if (view.redirected()) return; %><%@ include file="/WEB-INF/includes/top.jspf" %>
<% if (view.running()) { EntriesPage entries = view.model(); EntriesQuery query = entries.query(); %>
  <p><%= view.html("lastpresence.entries.intro") %></p>
<%   if (entries.confirmation().isPresent()) { EntryView doomed = entries.confirmation().get(); %>
  <div id="lp-confirm" role="alertdialog" aria-labelledby="lp-confirm-question">
    <div class="jive-contentBoxHeader" id="lp-confirm-question"><%= view.html("lastpresence.entries.delete.confirm", doomed.username()) %></div>
    <div class="jive-contentBox">
      <p class="jive-description"><%= Html.escape(doomed.sinceIso()) %> (<%= Html.escape(doomed.sinceAgo()) %>)<%= doomed.status().isEmpty() ? "" : " \u2013 " + Html.escape(doomed.status()) %></p>
      <form method="post" action="entries.jsp">
        <input type="hidden" name="<%= CsrfGuard.FIELD %>" value="<%= Html.escape(entries.csrfToken()) %>"/>
        <input type="hidden" name="delete" value="<%= Html.escape(doomed.username()) %>"/>
        <input type="hidden" name="q" value="<%= Html.escape(query.search()) %>"/>
        <input type="hidden" name="sort" value="<%= query.sortName() %>"/>
        <input type="hidden" name="size" value="<%= query.pageSize() %>"/>
        <input type="hidden" name="page" value="<%= entries.page() %>"/>
        <input type="submit" id="lp-confirm-delete" value="<%= view.html("lastpresence.entries.delete.yes") %>"/>
        <a href="<%= Html.escape(entries.cancelHref()) %>" id="lp-confirm-cancel"><%= view.html("lastpresence.entries.delete.cancel") %></a>
      </form>
    </div>
  </div>
<%   } %>
  <form method="get" action="entries.jsp" class="lp-toolbar" id="lp-search">
    <label for="lp-q"><%= view.html("lastpresence.entries.search.label") %></label>
    <input type="search" name="q" id="lp-q" maxlength="100" value="<%= Html.escape(query.search()) %>"/>
    <label for="lp-size"><%= view.html("lastpresence.entries.size.label") %></label>
    <select name="size" id="lp-size"><% for (int size : EntriesQuery.PAGE_SIZES) { %><option value="<%= size %>"<%= size == query.pageSize() ? " selected" : "" %>><%= size %></option><% } %></select>
    <input type="hidden" name="sort" value="<%= query.sortName() %>"/>
    <input type="submit" id="lp-search-button" value="<%= view.html("lastpresence.entries.search.button") %>"/>
    <a href="entries.jsp" id="lp-search-clear"><%= view.html("lastpresence.entries.search.clear") %></a>
  </form>
<%   if (entries.emptyText().isPresent()) { %>
  <p id="lp-empty"><%= Html.escape(entries.emptyText().get()) %></p>
<%   } else { %>
  <p id="lp-summary"><%= Html.escape(entries.summary()) %></p>
  <div class="jive-table"><table cellpadding="0" cellspacing="0" border="0" width="100%" id="lp-entries">
    <thead><tr>
      <th><%= view.html("lastpresence.entries.column.user") %></th><th><%= view.html("lastpresence.entries.column.presence") %></th>
      <th><%= view.html("lastpresence.entries.column.show") %></th><th><%= view.html("lastpresence.entries.column.status") %></th>
      <th><a href="<%= Html.escape(entries.sortHref()) %>" id="lp-sort" title="<%= view.html(query.newestFirst() ? "lastpresence.entries.sort.newest" : "lastpresence.entries.sort.oldest") %>"><%= view.html("lastpresence.entries.column.since") %> <%= query.newestFirst() ? "\u25BC" : "\u25B2" %></a></th>
      <th><%= view.html("lastpresence.entries.column.resource") %></th><th><%= view.html("lastpresence.entries.column.action") %></th>
    </tr></thead>
    <tbody>
<%     int n = 0; for (EntryView row : entries.rows()) { %>
      <tr class="<%= n++ % 2 == 0 ? "jive-even" : "jive-odd" %> lp-entry <%= row.online() ? "lp-online" : "lp-offline" %>" data-user="<%= Html.escape(row.username()) %>">
        <td class="lp-user"><%= Html.escape(row.username()) %></td><td class="lp-presence"><%= Html.escape(row.presence()) %></td>
        <td class="lp-show"><%= Html.escape(row.show()) %></td><td class="lp-status"><%= Html.escape(row.status()) %></td>
        <td class="lp-since"><time datetime="<%= Html.escape(row.sinceIso()) %>"><%= Html.escape(row.sinceIso()) %></time><br/><span class="lp-ago jive-description"><%= Html.escape(row.sinceAgo()) %></span></td>
        <td class="lp-resource"><%= Html.escape(row.resource()) %></td>
        <td class="lp-action"><% if (row.deletable()) { %><a class="lp-delete jive-link-delete" href="<%= Html.escape(entries.confirmHref(row.username())) %>"><%= view.html("lastpresence.entries.delete") %></a><% } %></td>
      </tr>
<%     } %>
    </tbody>
  </table></div>
  <p class="lp-pager" id="lp-pager">
<%     if (entries.previousHref().isPresent()) { %><a href="<%= Html.escape(entries.previousHref().get()) %>" id="lp-previous"><%= view.html("lastpresence.entries.previous") %></a><% } %>
    <span id="lp-page"><%= view.html("lastpresence.entries.page", entries.page(), entries.pages()) %></span>
<%     if (entries.nextHref().isPresent()) { %><a href="<%= Html.escape(entries.nextHref().get()) %>" id="lp-next"><%= view.html("lastpresence.entries.next") %></a><% } %>
  </p>
<%   } %>
<% } %>
<%@ include file="/WEB-INF/includes/bottom.jspf" %>
