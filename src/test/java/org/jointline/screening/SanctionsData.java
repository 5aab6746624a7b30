package org.jointline.screening;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The real sanctions files beside the project; tests that need them skip, saying so, where they are absent. */
final class SanctionsData {

    static final Path DIR = Path.of("../shared/data/sanctions");

    private SanctionsData() {
    }

    static Path require(String file) {
        Path path = DIR.resolve(file);
        assumeTrue(Files.isReadable(path), "skipped: " + path.toAbsolutePath() + " is absent (shared test data)");
        return path;
    }

    static ListFile file(String name) {
        try {
            return new ListFile(name, Files.readAllBytes(require(name)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
