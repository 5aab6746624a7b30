package org.jointline.traceability;

import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * GS1's EPCIS files from {@code ../shared/data/epcis} (examples, invalid documents, the JSON schema).
 * Tests that need them skip with a message when the folder is absent.
 */
final class EpcisFiles {

    static final Path ROOT = Path.of("../shared/data/epcis");

    private EpcisFiles() {
    }

    static void assumePresent() {
        Assumptions.assumeTrue(Files.isDirectory(ROOT),
                "skipped: ../shared/data/epcis is absent (GS1's EPCIS examples and schema are not in the repository)");
    }

    static List<Path> examples() {
        return list(ROOT.resolve("examples")).stream()
                .filter(p -> !p.getFileName().toString().equals("EPCISQueryDocument.jsonld")).toList();
    }

    static List<Path> invalid() {
        return list(ROOT.resolve("invalid"));
    }

    static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Path> list(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The schema's verdict on a document (Draft 7, formats asserted). */
    static Set<ValidationMessage> schemaViolations(String document) {
        try {
            JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7);
            SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
            JsonSchema schema = factory.getSchema(Files.newInputStream(ROOT.resolve("EPCIS-JSON-Schema.json")), config);
            return schema.validate(new com.fasterxml.jackson.databind.ObjectMapper().readTree(document));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
