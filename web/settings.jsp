<%@ page contentType="text/html; charset=UTF-8" pageEncoding="UTF-8"
         import="java.util.Optional, org.lastpresence.LastPresencePlugin, org.lastpresence.PluginServices, org.lastpresence.admin.*" %><%--
  Settings: every setting with its explanation. A view only: SettingsForm validates, checks the CSRF token and saves.
--%><%
    AdminMessages m = AdminMessages.forConsole();
    String currentPage = "settings";
    Optional<PluginServices> services = LastPresencePlugin.services();
    SettingsForm form = null;
    if (services.isPresent()) {
        form = SettingsForm.handle(new PageRequest(request), services.get(), m);
        if (form.redirect().isPresent()) {
            response.sendRedirect(form.redirect().get());
            return;
        }
        response.setStatus(form.status());
    }
%><!DOCTYPE html>
<html lang="<%= Html.escape(m.languageTag()) %>">
<head>
  <title><%= Html.escape(m.text("lastpresence.page.title", m.text("lastpresence.settings.title"))) %></title>
  <meta name="pageID" content="lastpresence-settings"/>
  <%@ include file="/WEB-INF/includes/head.jspf" %>
</head>
<body>
<div class="lp-page" id="lp-settings-page">
<%@ include file="/WEB-INF/includes/nav.jspf" %>
<% if (form == null) { %>
  <div class="lp-notice lp-error" id="lp-not-running" role="alert"><%= Html.escape(m.text("lastpresence.notRunning")) %></div>
<% } else { %>
  <p class="lp-intro"><%= Html.escape(m.text("lastpresence.settings.intro")) %></p>
<%   if (form.notice().isPresent()) { Notice notice = form.notice().get(); %>
  <div class="<%= notice.cssClass() %>" id="lp-notice" role="<%= notice.isError() ? "alert" : "status" %>"><%= Html.escape(notice.text()) %></div>
<%   } %>
  <form method="post" action="settings.jsp" id="lp-settings" novalidate>
    <input type="hidden" name="<%= CsrfGuard.FIELD %>" value="<%= Html.escape(form.csrfToken()) %>"/>
    <table class="lp-table">
      <thead><tr>
        <th><%= Html.escape(m.text("lastpresence.settings.column.setting")) %></th>
        <th><%= Html.escape(m.text("lastpresence.settings.column.value")) %></th>
      </tr></thead>
      <tbody>
<%   for (SettingField field : form.fields()) { %>
        <tr id="<%= field.id() %>-row">
          <th>
            <label class="lp-label" for="<%= field.id() %>"><%= Html.escape(field.label()) %></label>
            <div class="lp-help" id="<%= field.id() %>-help"><%= Html.escape(field.help()) %>
              <span class="lp-default"><%= Html.escape(field.defaultText()) %> (<code><%= Html.escape(field.key()) %></code>)</span></div>
          </th>
          <td>
<%     if (field.isText()) { %>
            <input type="text" inputmode="numeric" size="8" name="<%= Html.escape(field.key()) %>" id="<%= field.id() %>"
                   value="<%= Html.escape(field.value()) %>" aria-describedby="<%= field.id() %>-help<%= field.hasProblem() ? " " + field.id() + "-error" : "" %>"
                   <%= field.hasProblem() ? "class=\"lp-invalid\" aria-invalid=\"true\"" : "" %>/>
<%     } else { %>
            <select name="<%= Html.escape(field.key()) %>" id="<%= field.id() %>" aria-describedby="<%= field.id() %>-help<%= field.hasProblem() ? " " + field.id() + "-error" : "" %>"
                    <%= field.hasProblem() ? "class=\"lp-invalid\" aria-invalid=\"true\"" : "" %>>
<%       for (SettingField.Choice choice : field.choices()) { %>
              <option value="<%= Html.escape(choice.value()) %>"<%= choice.selected() ? " selected" : "" %>><%= Html.escape(choice.label()) %></option>
<%       } %>
            </select>
<%     } %>
<%     if (field.hasProblem()) { %>
            <div class="lp-field-error" id="<%= field.id() %>-error" role="alert"><%= Html.escape(field.problem()) %></div>
<%     } %>
          </td>
        </tr>
<%   } %>
      </tbody>
    </table>
    <button type="submit" id="lp-save"><%= Html.escape(m.text("lastpresence.settings.save")) %></button>
  </form>
<% } %>
</div>
</body>
</html>
