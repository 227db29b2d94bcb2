package org.lastpresence.admin;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/** What the operator asked the entries page for: a user-name search, a time order, a page size and a page. */
public final class EntriesQuery {
    /** The page sizes offered; anything else falls back to the first. */
    public static final List<Integer> PAGE_SIZES = List.of(25, 50, 100);
    private static final int MAX_SEARCH = 100;

    private final String search;
    private final boolean newestFirst;
    private final int pageSize;
    private final int page;

    public EntriesQuery(String search, boolean newestFirst, int pageSize, int page) {
        this.search = search == null ? "" : search;
        this.newestFirst = newestFirst;
        this.pageSize = PAGE_SIZES.contains(pageSize) ? pageSize : PAGE_SIZES.get(0);
        this.page = Math.max(1, page);
    }

    /** Reads {@code q}, {@code sort} (newest|oldest), {@code size} and {@code page}; bad values get defaults. */
    public static EntriesQuery from(PageRequest request) {
        String search = request.param("q");
        if (search != null && search.length() > MAX_SEARCH) {
            search = search.substring(0, MAX_SEARCH);
        }
        boolean newest = !"oldest".equals(request.param("sort"));
        return new EntriesQuery(search, newest, number(request.param("size"), PAGE_SIZES.get(0)),
                number(request.param("page"), 1));
    }

    private static int number(String text, int fallback) {
        try {
            return text == null ? fallback : Integer.parseInt(text);
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    public String search() {
        return search;
    }

    public boolean newestFirst() {
        return newestFirst;
    }

    /** The {@code sort} parameter's value for this order: "newest" or "oldest". */
    public String sortName() {
        return newestFirst ? "newest" : "oldest";
    }

    public int pageSize() {
        return pageSize;
    }

    public int page() {
        return page;
    }

    /** True when the user name contains the search text, ignoring case; an empty search matches everyone. */
    public boolean matches(String username) {
        return search.isEmpty()
                || username.toLowerCase(Locale.ROOT).contains(search.toLowerCase(Locale.ROOT));
    }

    /** The same query on another page. */
    public EntriesQuery onPage(int otherPage) {
        return new EntriesQuery(search, newestFirst, pageSize, otherPage);
    }

    /** The same query in the other time order, from the first page. */
    public EntriesQuery reversed() {
        return new EntriesQuery(search, !newestFirst, pageSize, 1);
    }

    /** The query string that asks for this query ({@code q=…&sort=…&size=…&page=…}), not HTML-escaped. */
    public String queryString() {
        return "q=" + URLEncoder.encode(search, StandardCharsets.UTF_8) + "&sort=" + sortName()
                + "&size=" + pageSize + "&page=" + page;
    }
}
