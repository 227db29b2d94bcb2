package org.lastpresence.admin;

import java.io.Serializable;

/** A message at the top of a page: what was done, or why nothing was. */
public final class Notice implements Serializable {
    private static final long serialVersionUID = 1L;

    /** How the notice is shown. */
    public enum Kind { SUCCESS, ERROR }

    private final Kind kind;
    private final String text;

    private Notice(Kind kind, String text) {
        this.kind = kind;
        this.text = text;
    }

    public static Notice success(String text) {
        return new Notice(Kind.SUCCESS, text);
    }

    public static Notice error(String text) {
        return new Notice(Kind.ERROR, text);
    }

    public Kind kind() {
        return kind;
    }

    public boolean isError() {
        return kind == Kind.ERROR;
    }

    /** The console's class of the message box: {@code jive-success} or {@code jive-error}. */
    public String cssClass() {
        return isError() ? "jive-error" : "jive-success";
    }

    /** The console's icon of the message box (the console is served at the web root, 4.2.0 to 5.x). */
    public String icon() {
        return isError() ? "/images/error-16x16.gif" : "/images/success-16x16.gif";
    }

    /** The ARIA role: an error is announced at once, a success politely. */
    public String role() {
        return isError() ? "alert" : "status";
    }

    /** The text, not yet escaped. */
    public String text() {
        return text;
    }
}
