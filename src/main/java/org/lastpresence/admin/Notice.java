package org.lastpresence.admin;

/** A message at the top of a page: what was done, or why nothing was. */
public final class Notice implements java.io.Serializable {
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

    /** The CSS class of the notice box. */
    public String cssClass() {
        return isError() ? "lp-notice lp-error" : "lp-notice lp-success";
    }

    /** The text, not yet escaped. */
    public String text() {
        return text;
    }
}
