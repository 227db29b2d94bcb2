package org.lastpresence.admin;

import java.util.List;
import java.util.Optional;

/** What a page's controller decided: render (with a status and notices), or send the browser elsewhere. */
public interface PageOutcome {
    /** Where to send the browser instead of rendering, after a change (post/redirect/get). */
    default Optional<String> redirect() {
        return Optional.empty();
    }

    /** The HTTP status of the rendered page. */
    default int status() {
        return 200;
    }

    /** The messages at the top of the page, first one first. */
    default List<Notice> notices() {
        return List.of();
    }
}
