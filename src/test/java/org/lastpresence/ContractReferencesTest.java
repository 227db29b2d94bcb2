package org.lastpresence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.lastpresence.settings.Setting;
import org.lastpresence.settings.Settings;

/**
 * The rule ids the main code cites ("D3", "U1-U3", "the P table") each have a heading in docs/CONTRACT.md, and
 * every setting is documented there: a citation must lead a reader somewhere. A cheap scan, not a parser.
 */
class ContractReferencesTest {
    private static final Path CONTRACT = Paths.get("docs", "CONTRACT.md");
    private static final Path MAIN = Paths.get("src", "main", "java");
    private static final String LETTERS = "RPUDAVCKS";

    /** "### D3. …" and "## P. …": the id a heading defines. */
    private static final Pattern HEADING = Pattern.compile("(?m)^#{2,4}\\s+([A-Z][0-9]?)\\.\\s");
    /** "U1-U3", "D1-D5": a range of one group. */
    private static final Pattern RANGE = Pattern.compile("\\b([" + LETTERS + "])([0-9])-\\1?([0-9])\\b");
    private static final Pattern SINGLE = Pattern.compile("\\b[" + LETTERS + "][0-9]\\b");
    /** A group cited as a whole: "the P table", "rules P", "the P and U tables". */
    private static final Pattern GROUP = Pattern.compile("\\b([" + LETTERS + "])(?= table| and [A-Z] tables)"
            + "|\\brules? ([" + LETTERS + "])\\b");

    @Test
    void everyRuleCitedInTheMainCodeHasAHeadingInTheContract() {
        Set<String> defined = headings(read(CONTRACT));
        Map<String, Set<String>> missing = new TreeMap<>();
        for (Path source : mainSources()) {
            for (String id : citedRules(read(source))) {
                if (!defined.contains(id)) {
                    missing.computeIfAbsent(id, key -> new TreeSet<>()).add(MAIN.relativize(source).toString());
                }
            }
        }
        assertEquals(Map.of(), missing, "rule ids cited in src/main without a heading in " + CONTRACT);
    }

    @Test
    void everySettingIsDocumentedInTheContract() {
        String contract = read(CONTRACT);
        List<String> undocumented = Settings.all().stream().map(Setting::key)
                .filter(key -> !contract.contains("`" + key + "`")).collect(Collectors.toList());
        assertEquals(List.of(), undocumented);
    }

    @Test
    void theScanFindsSinglesRangesAndGroups() {
        assertEquals(Set.of("D1", "D2", "D3", "U1", "A1", "P", "V1"),
                citedRules("/** rules D1-D3 and U1 (A1); the P table; rule V1 of docs/CONTRACT.md. */"));
        assertEquals(Set.of("R2", "R3", "R4", "P", "U"), citedRules("// R2-R4, the P and U tables"));
        assertEquals(Set.of(), citedRules("XEP-0203 uses UTF-8 and SHA1; <h2>; AES256; class P2P"));
        assertTrue(headings("## P. Probes\n### D3. Offline contacts\n").containsAll(Set.of("P", "D3")));
        assertFalse(headings("Text about D3. here\n").contains("D3"));
    }

    static Set<String> citedRules(String text) {
        Set<String> ids = new TreeSet<>();
        Matcher range = RANGE.matcher(text);
        while (range.find()) {
            for (int n = Integer.parseInt(range.group(2)); n <= Integer.parseInt(range.group(3)); n++) {
                ids.add(range.group(1) + n);
            }
        }
        Matcher single = SINGLE.matcher(text);
        while (single.find()) {
            ids.add(single.group());
        }
        Matcher group = GROUP.matcher(text);
        while (group.find()) {
            ids.add(group.group(1) != null ? group.group(1) : group.group(2));
            // "the P and U tables" names the second group too.
            Matcher second = Pattern.compile("\\G and ([A-Z]) tables").matcher(text);
            if (second.find(group.end())) {
                ids.add(second.group(1));
            }
        }
        return ids;
    }

    static Set<String> headings(String markdown) {
        Set<String> ids = new TreeSet<>();
        Matcher heading = HEADING.matcher(markdown);
        while (heading.find()) {
            ids.add(heading.group(1));
        }
        return ids;
    }

    private static List<Path> mainSources() {
        try (Stream<Path> files = Files.walk(MAIN)) {
            return files.filter(file -> file.toString().endsWith(".java")).sorted().collect(Collectors.toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
