package org.lastpresence.it.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Comparator;
import java.util.stream.Stream;

/** Per-test Openfire home directories under {@code -Dlastpresence.testHome} (default target/openfire-homes). */
final class TestHomes {
    static final String PROPERTY = "lastpresence.testHome";

    private TestHomes() {
    }

    /** An empty directory {@code <testHome>/<name>}; a leftover from an earlier run is deleted first. */
    static Path fresh(String name) {
        Path base = Paths.get(System.getProperty(PROPERTY, "target/openfire-homes")).toAbsolutePath().normalize();
        Path home = base.resolve(name);
        try {
            deleteRecursively(home);
            return Files.createDirectories(home);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create test home " + home, e);
        }
    }

    private static void deleteRecursively(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : (Iterable<Path>) paths.sorted(Comparator.reverseOrder())::iterator) {
                Files.delete(path);
            }
        }
    }
}
