<%@ page contentType="text/html; charset=UTF-8" pageEncoding="UTF-8" import="org.lastpresence.admin.*" %><%--
  Settings: every setting with its explanation. A view only: SettingsForm validates, checks the token and saves.
--%><% AdminView<SettingsForm> view = AdminPage.SETTINGS.handle(request, response); if (view.redirected()) return; %><%@ include file="/WEB-INF/includes/top.jspf" %>
<% if (view.running()) { SettingsForm form = view.model(); %>
  <p><%= view.html("lastpresence.settings.intro") %></p>
  <form method="post" action="settings.jsp" id="lp-settings" novalidate>
    <input type="hidden" name="<%= CsrfGuard.FIELD %>" value="<%= Html.escape(form.csrfToken()) %>"/>
    <div class="jive-table"><table cellpadding="0" cellspacing="0" border="0" width="100%">
      <thead><tr><th><%= view.html("lastpresence.settings.column.setting") %></th><th><%= view.html("lastpresence.settings.column.value") %></th></tr></thead>
      <tbody>
<%   for (SettingField field : form.fields()) { String described = field.id() + "-help" + (field.hasProblem() ? " " + field.id() + "-error" : ""); %>
        <tr id="<%= field.id() %>-row">
          <td width="60%"><label for="<%= field.id() %>"><b><%= Html.escape(field.label()) %></b></label>
            <div class="jive-description" id="<%= field.id() %>-help"><%= Html.escape(field.help()) %>
              <%= Html.escape(field.defaultText()) %> (<code><%= Html.escape(field.key()) %></code>)</div></td>
          <td>
<%     if (field.isText()) { %>
            <input type="text" inputmode="numeric" size="8" name="<%= Html.escape(field.key()) %>" id="<%= field.id() %>" value="<%= Html.escape(field.value()) %>"
                   aria-describedby="<%= described %>"<%= field.hasProblem() ? " class=\"lp-invalid\" aria-invalid=\"true\"" : "" %>/>
<%     } else { %>
            <select name="<%= Html.escape(field.key()) %>" id="<%= field.id() %>" aria-describedby="<%= described %>"<%= field.hasProblem() ? " class=\"lp-invalid\" aria-invalid=\"true\"" : "" %>>
<%       for (SettingField.Choice choice : field.choices()) { %>              <option value="<%= Html.escape(choice.value()) %>"<%= choice.selected() ? " selected" : "" %>><%= Html.escape(choice.label()) %></option>
<%       } %>            </select>
<%     } %>
<%     if (field.hasProblem()) { %>            <div class="jive-error-text" id="<%= field.id() %>-error" role="alert"><%= Html.escape(field.problem()) %></div>
<%     } %>
          </td>
        </tr>
<%   } %>
      </tbody>
    </table></div>
    <p><input type="submit" id="lp-save" value="<%= view.html("lastpresence.settings.save") %>"/></p>
  </form>
<% } %>
<%@ include file="/WEB-INF/includes/bottom.jspf" %>
