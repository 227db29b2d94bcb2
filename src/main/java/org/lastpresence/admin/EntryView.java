package org.lastpresence.admin;

import java.time.Duration;
import java.time.Instant;

import org.lastpresence.stamps.DelayStamps;
import org.lastpresence.stamps.StampPrecision;

/** An entry row as the page shows it: every field as localized, not yet escaped text. */
public final class EntryView {
    private final EntryRow row;
    private final AdminMessages messages;
    private final String ago;

    EntryView(EntryRow row, AdminMessages messages, Instant now) {
        this.row = row;
        this.messages = messages;
        this.ago = new HumanDuration(messages).ago(Duration.between(row.since(), now));
    }

    public String username() {
        return row.username();
    }

    public boolean online() {
        return row.online();
    }

    /** "Online" or "Offline". */
    public String presence() {
        return messages.text(row.online() ? "lastpresence.entries.online" : "lastpresence.entries.offline");
    }

    /** The show value in words ("Away", "Do not disturb"); empty for an offline user, who shows nothing. */
    public String show() {
        if (!row.online()) {
            return "";
        }
        String show = row.show() == null ? "available" : row.show();
        switch (show) {
            case "available":
            case "away":
            case "chat":
            case "dnd":
            case "xa":
                return messages.text("lastpresence.show." + show);
            default:
                // A non-standard value is shown as sent rather than hidden.
                return show;
        }
    }

    public String status() {
        return row.status() == null ? "" : row.status();
    }

    public String sinceIso() {
        return DelayStamps.format(StampPrecision.SECOND.truncate(row.since()));
    }

    /** "2 hours ago". */
    public String sinceAgo() {
        return ago;
    }

    public String resource() {
        return row.resource() == null ? "" : row.resource();
    }

    public boolean deletable() {
        return row.deletable();
    }
}
