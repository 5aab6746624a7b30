package org.jointline.engineering;

import jakarta.servlet.Filter;
import jakarta.servlet.ServletRequest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.jointline.JointlineTest;
import org.jointline.engineering.internal.ContentTypes;
import org.jointline.engineering.internal.DirectoryStore;
import org.jointline.engineering.internal.Spooled;
import org.jointline.partners.OrganisationId;
import org.jointline.platform.Actor;
import org.jointline.platform.InvalidInput;
import org.jointline.platform.security.Accounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.ContentDisposition;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.jointline.TestActors.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Technical documents: upload, download, versions, limits, type checks, storage and who may see them. */
@JointlineTest
@RecordApplicationEvents
class DocumentTests {

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};

    @Autowired MockMvc mvc;
    @Autowired Accounts accounts;
    @Autowired ItemManagement items;
    @Autowired DocumentManagement documents;
    @Autowired JdbcClient jdbc;
    @Autowired JsonMapper json;
    @Autowired ApplicationEvents events;
    @Autowired List<Filter> filters;

    private Actor engineer;
    private Item item;
    private String documentId;

    @BeforeEach
    void documentOfAnItem() throws Exception {
        engineer = accounts.byUsername("engineer.ro").orElseThrow().actor();
        String prefix = "D" + UUID.randomUUID().toString().substring(0, 6).toUpperCase() + "-";
        item = items.create(engineer, new ItemDetails(new OrganisationId(engineer.organisationId()), prefix + "FC",
                "Flight controller", null, ItemKind.ASSEMBLY, UnitOfMeasure.EA, Tracking.SERIAL, null, null, List.of(), null));
        String created = mvc.perform(post("/api/v1/items/{id}/documents", item.id()).with(as(accounts, "engineer.ro"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"number\":\"" + prefix + "DRW-1\",\"title\":\"Frame drawing\",\"kind\":\"DRAWING\"}"))
                .andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        documentId = json.readTree(created).get("id").asString();
    }

    @Test
    void anUploadedPdfDownloadsByteIdenticalWithItsDigestAndHeaders() throws Exception {
        byte[] pdf = pdf(2_500_000, 1);
        String sha256 = sha256(pdf);

        mvc.perform(upload("engineer.ro", documentId, new MockMultipartFile("file", "frame drawing.pdf", "application/pdf", pdf))
                        .param("note", "First issue"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.number").value(1))
                .andExpect(jsonPath("$.sha256").value(sha256))
                .andExpect(jsonPath("$.sizeBytes").value(pdf.length))
                .andExpect(jsonPath("$.contentType").value("application/pdf"))
                .andExpect(jsonPath("$.filename").value("frame drawing.pdf"))
                .andExpect(jsonPath("$.note").value("First issue"))
                .andExpect(jsonPath("$.uploadedBy").value(engineer.personId().toString()));

        MockHttpServletResponse download = mvc.perform(get("/api/v1/documents/{id}/versions/1/content", documentId)
                        .with(as(accounts, "engineer.ro")))
                .andExpect(status().isOk())
                .andReturn().getResponse();
        assertThat(download.getContentAsByteArray()).isEqualTo(pdf);
        assertThat(download.getContentType()).isEqualTo("application/pdf");
        assertThat(download.getContentLengthLong()).isEqualTo(pdf.length);
        assertThat(download.getHeader("ETag")).isEqualTo("\"" + sha256 + "\"");
        ContentDisposition disposition = ContentDisposition.parse(download.getHeader("Content-Disposition"));
        assertThat(disposition.isAttachment()).isTrue();
        assertThat(disposition.getFilename()).isEqualTo("frame drawing.pdf");
        assertThat(download.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");

        mvc.perform(get("/api/v1/documents/{id}/versions/1/content", documentId).with(as(accounts, "engineer.ro"))
                        .header("If-None-Match", "\"" + sha256 + "\""))
                .andExpect(status().isNotModified());
        // A range across the boundary of two database slices (1 MiB each).
        MockHttpServletResponse range = mvc.perform(get("/api/v1/documents/{id}/versions/1/content", documentId)
                        .with(as(accounts, "engineer.ro")).header("Range", "bytes=1048570-1048589"))
                .andExpect(status().isPartialContent())
                .andReturn().getResponse();
        assertThat(range.getContentAsByteArray()).isEqualTo(Arrays.copyOfRange(pdf, 1048570, 1048590));

        assertThat(events.stream(DocumentVersionAdded.class))
                .anySatisfy(e -> {
                    assertThat(e.documentId().toString()).isEqualTo(documentId);
                    assertThat(e.itemId()).isEqualTo(item.id());
                    assertThat(e.owner()).isEqualTo(item.ownerId());
                    assertThat(e.sha256()).isEqualTo(sha256);
                });
    }

    @Test
    void aSecondVersionGetsTheNextNumber() throws Exception {
        mvc.perform(upload("engineer.ro", documentId, new MockMultipartFile("file", "a.pdf", "application/pdf", pdf(1000, 1))))
                .andExpect(jsonPath("$.number").value(1));
        byte[] second = pdf(2000, 2);
        mvc.perform(upload("engineer.ro", documentId, new MockMultipartFile("file", "a-rev-b.pdf", "application/octet-stream", second)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.number").value(2))
                .andExpect(jsonPath("$.contentType").value("application/pdf"));

        mvc.perform(get("/api/v1/documents/{id}/versions", documentId).with(as(accounts, "engineer.ro")))
                .andExpect(jsonPath("$[*].number").value(contains(2, 1)));
        mvc.perform(get("/api/v1/documents/{id}", documentId).with(as(accounts, "engineer.ro")))
                .andExpect(jsonPath("$.latest.number").value(2))
                .andExpect(jsonPath("$.latest.sha256").value(sha256(second)));
        mvc.perform(get("/api/v1/items/{id}/documents", item.id()).with(as(accounts, "engineer.ro")))
                .andExpect(jsonPath("$[0].id").value(documentId))
                .andExpect(jsonPath("$[0].latest.number").value(2));
    }

    @Test
    void aFileOverTheLimitIs413AndNothingIsStored() throws Exception {
        byte[] big = pdf(Math.toIntExact(documents.maxSize() + 1), 3);

        mvc.perform(upload("engineer.ro", documentId, new MockMultipartFile("file", "huge.pdf", "application/pdf", big)))
                .andExpect(status().is(413))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(413))
                .andExpect(jsonPath("$.detail").value(containsString("50 MB")));
        assertThat(storedVersions()).isZero();

        mvc.perform(multipart("/documents/{id}/versions", documentId).file(new MockMultipartFile("file", "huge.pdf", "application/pdf", big))
                        .with(as(accounts, "engineer.ro")).with(csrf()))
                .andExpect(status().is(413))
                .andExpect(content().string(containsString("larger than the limit of 50 MB")));
        assertThat(storedVersions()).isZero();
    }

    @Test
    void pngBytesNamedPdfAreRefusedNamingTheFileField() throws Exception {
        mvc.perform(upload("engineer.ro", documentId, new MockMultipartFile("file", "drawing.pdf", "application/pdf", PNG)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("file"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("image/png")));
        mvc.perform(upload("engineer.ro", documentId, new MockMultipartFile("file", "notes.txt", "text/plain", new byte[0])))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("file"));
        mvc.perform(multipart("/api/v1/documents/{id}/versions", documentId).with(as(accounts, "engineer.ro")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("file"));
        assertThat(storedVersions()).isZero();
    }

    @Test
    void anotherOrganisationCanNeitherSeeNorDownloadNorUpload() throws Exception {
        mvc.perform(upload("engineer.ro", documentId, new MockMultipartFile("file", "a.pdf", "application/pdf", pdf(500, 4))))
                .andExpect(status().isCreated());
        String ua = "engineer.ua";

        for (MockHttpServletRequestBuilder read : List.of(
                get("/api/v1/items/{id}/documents", item.id()), get("/api/v1/documents/{id}", documentId),
                get("/api/v1/documents/{id}/versions", documentId), get("/api/v1/documents/{id}/versions/1", documentId),
                get("/api/v1/documents/{id}/versions/1/content", documentId),
                get("/items/{id}/documents", item.id()), get("/documents/{id}", documentId),
                get("/documents/{id}/versions/1/content", documentId))) {
            mvc.perform(read.with(as(accounts, ua))).andExpect(status().isNotFound());
        }
        mvc.perform(upload(ua, documentId, new MockMultipartFile("file", "b.pdf", "application/pdf", pdf(500, 5))))
                .andExpect(status().isNotFound());
        mvc.perform(multipart("/documents/{id}/versions", documentId).file(new MockMultipartFile("file", "b.pdf", "application/pdf", pdf(500, 5)))
                        .with(as(accounts, ua)).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/items/{id}/documents", item.id()).with(as(accounts, ua)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"number\":\"UA-1\",\"title\":\"Mine\",\"kind\":\"OTHER\"}"))
                .andExpect(status().isNotFound());
        // The programme office reads but does not change another organisation's engineering data.
        mvc.perform(get("/api/v1/documents/{id}/versions/1/content", documentId).with(as(accounts, "office.ro")))
                .andExpect(status().isOk());
        mvc.perform(upload("office.ro", documentId, new MockMultipartFile("file", "c.pdf", "application/pdf", pdf(500, 6))))
                .andExpect(status().isForbidden());
        assertThat(storedVersions()).isEqualTo(1);
    }

    @Test
    void theVersionOfAnotherOrganisationsDocumentIsNotFound() throws Exception {
        Actor ukrainian = accounts.byUsername("engineer.ua").orElseThrow().actor();
        Item theirs = items.create(ukrainian, new ItemDetails(new OrganisationId(ukrainian.organisationId()),
                "UA-" + UUID.randomUUID().toString().substring(0, 8), "Motor", null, ItemKind.PART, UnitOfMeasure.EA,
                Tracking.NONE, null, null, List.of(), null));
        Document document = documents.create(ukrainian, theirs.id(), new DocumentDetails("UA-DOC-" + theirs.number(), "Motor datasheet", DocumentKind.SPECIFICATION));
        documents.addVersion(ukrainian, document.id(), "motor.pdf", "application/pdf", new ByteArrayInputStream(pdf(300, 7)), null);

        mvc.perform(get("/api/v1/documents/{id}/versions/1/content", document.id()).with(as(accounts, "engineer.ro")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/documents/{id}/versions/1/content", document.id()).with(as(accounts, "engineer.ua")))
                .andExpect(status().isOk());
    }

    @Test
    void thePagesListCreateUploadAndShowVersions() throws Exception {
        mvc.perform(post("/items/{id}/documents", item.id()).with(as(accounts, "engineer.ro")).with(csrf())
                        .param("number", "").param("title", "Firmware").param("kind", "FIRMWARE"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Must not be empty")));
        String created = mvc.perform(post("/items/{id}/documents", item.id()).with(as(accounts, "engineer.ro")).with(csrf())
                        .param("number", item.number() + "-FW").param("title", "Flight firmware").param("kind", "FIRMWARE"))
                .andExpect(status().is3xxRedirection())
                .andReturn().getResponse().getRedirectedUrl();
        mvc.perform(get("/items/{id}/documents", item.id()).with(as(accounts, "engineer.ro")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Flight firmware")))
                .andExpect(content().string(containsString("enctype=\"multipart/form-data\"")));
        mvc.perform(get("/items/{id}/documents", item.id()).header("HX-Request", "true").with(as(accounts, "engineer.ro")))
                .andExpect(content().string(not(containsString("<html"))));

        byte[] firmware = new byte[4096];
        new Random(8).nextBytes(firmware);
        firmware[0] = 0x7f;
        mvc.perform(multipart(created + "/versions").file(new MockMultipartFile("file", "fc-1.2.0.bin", "application/octet-stream", firmware))
                        .param("note", "Release 1.2.0").with(as(accounts, "engineer.ro")).with(csrf()))
                .andExpect(redirectedUrl(created))
                .andExpect(flash().attribute("flashKey", "documents.version-added"));
        mvc.perform(get(created).with(as(accounts, "engineer.ro")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(sha256(firmware))))
                .andExpect(content().string(containsString("Release 1.2.0")))
                .andExpect(content().string(containsString(created + "/versions/1/content")));
        assertThat(mvc.perform(get(created + "/versions/1/content").with(as(accounts, "engineer.ro")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray()).isEqualTo(firmware);

        mvc.perform(multipart(created + "/versions").file(new MockMultipartFile("file", "drawing.pdf", "application/pdf", PNG))
                        .with(as(accounts, "engineer.ro")).with(csrf()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("the content is image/png")));
    }

    @Test
    void theDirectoryStoreKeepsTheSameContentOnce(@TempDir Path directory) throws Exception {
        DirectoryStore store = new DirectoryStore(directory);
        byte[] bytes = pdf(100_000, 9);

        String first = store.put(Spooled.write(new ByteArrayInputStream(bytes), store.newTemporaryFile(), 1_000_000));
        String again = store.put(Spooled.write(new ByteArrayInputStream(bytes), store.newTemporaryFile(), 1_000_000));
        String other = store.put(Spooled.write(new ByteArrayInputStream(pdf(100, 10)), store.newTemporaryFile(), 1_000_000));

        assertThat(again).isEqualTo(first).endsWith(sha256(bytes));
        assertThat(other).isNotEqualTo(first);
        assertThat(files(directory)).hasSize(2).allMatch(p -> !p.startsWith(directory.resolve(".tmp")));
        try (InputStream in = store.open(first)) {
            assertThat(in.readAllBytes()).isEqualTo(bytes);
        }
        assertThatThrownBy(() -> Spooled.write(new ByteArrayInputStream(bytes), store.newTemporaryFile(), 99_999))
                .isInstanceOf(DocumentTooLarge.class);
        assertThat(files(directory)).hasSize(2);
        assertThatThrownBy(() -> store.resolve("../elsewhere")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void typesComeFromTheContentAndTheNameNotFromTheClaim() {
        List<String> all = ContentTypes.KNOWN;
        byte[] svg = "<?xml version=\"1.0\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\"/>".getBytes(StandardCharsets.UTF_8);
        byte[] step = "ISO-10303-21;\nHEADER;".getBytes(StandardCharsets.US_ASCII);
        byte[] zip = {'P', 'K', 3, 4, 20, 0};

        assertThat(ContentTypes.decide("logo.svg", "image/svg+xml", svg, all)).isEqualTo("image/svg+xml");
        assertThat(ContentTypes.decide("frame.step", "application/octet-stream", step, all)).isEqualTo("model/step");
        assertThat(ContentTypes.decide("package.zip", "application/x-zip-compressed", zip, all)).isEqualTo("application/zip");
        assertThat(ContentTypes.decide("scan.JPG", "", new byte[]{(byte) 0xff, (byte) 0xd8, (byte) 0xff, 0}, all)).isEqualTo("image/jpeg");
        assertThat(ContentTypes.decide("fc.hex", null, ":10010000214601360121470136007EFE09D2190140".getBytes(StandardCharsets.US_ASCII), all))
                .isEqualTo("application/octet-stream");
        assertThat(ContentTypes.decide("procedure.txt", "text/plain", "Step 1".getBytes(StandardCharsets.UTF_8), all)).isEqualTo("text/plain");

        assertThatThrownBy(() -> ContentTypes.decide("procedure.txt", "text/plain", PNG, all)).isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> ContentTypes.decide("drawing.pdf", "application/pdf", step, all))
                .isInstanceOf(InvalidInput.class).hasMessage("documents.content-not-type");
        assertThatThrownBy(() -> ContentTypes.decide("logo.svg", "image/svg+xml", step, all)).isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> ContentTypes.decide("setup.exe", "application/octet-stream", new byte[]{'M', 'Z', 0}, all))
                .isInstanceOf(InvalidInput.class).hasMessage("documents.type-not-allowed");
        assertThatThrownBy(() -> ContentTypes.decide("drawing.pdf", null, pdf(100, 1), List.of("image/png")))
                .isInstanceOf(InvalidInput.class).hasMessage("documents.type-not-allowed");
    }

    /**
     * Servlet 6.1 containers throw from getParameter when an oversized multipart body cannot be parsed; the
     * CSRF filter must still find the token that the upload forms put in their action URL.
     */
    @Test
    void anUnparsableMultipartBodyStillShowsTheQueryParameters() throws Exception {
        Filter filter = filters.stream().filter(f -> f.getClass().getSimpleName().equals("UnparsableMultipartParameters"))
                .findFirst().orElseThrow();
        MockHttpServletRequest oversized = new MockHttpServletRequest("POST", "/documents/x/versions") {
            @Override
            public String getParameter(String name) {
                throw new IllegalStateException("the request was rejected because its size exceeds the configured maximum");
            }

            @Override
            public Map<String, String[]> getParameterMap() {
                throw new IllegalStateException("the request was rejected because its size exceeds the configured maximum");
            }
        };
        oversized.setContentType("multipart/form-data; boundary=x");
        oversized.setQueryString("_csrf=a%2Bb&note=two%20words");
        AtomicReference<ServletRequest> seen = new AtomicReference<>();

        filter.doFilter(oversized, new MockHttpServletResponse(), (request, response) -> seen.set(request));

        assertThat(seen.get().getParameter("_csrf")).isEqualTo("a+b");
        assertThat(seen.get().getParameterMap()).containsOnlyKeys("_csrf", "note");
        assertThat(seen.get().getParameterMap().get("note")).containsExactly("two words");
    }

    private MockMultipartHttpServletRequestBuilder upload(String username, String document, MockMultipartFile file) {
        return multipart("/api/v1/documents/{id}/versions", document).file(file).with(as(accounts, username));
    }

    private long storedVersions() {
        return jdbc.sql("SELECT count(*) FROM engineering.document_version WHERE document_id = CAST(:id AS UUID)")
                .param("id", documentId).query(Long.class).single();
    }

    private static List<Path> files(Path directory) throws IOException {
        try (Stream<Path> files = Files.walk(directory)) {
            return files.filter(Files::isRegularFile).toList();
        }
    }

    /** Bytes that start like a PDF: header, random body, trailer. */
    private static byte[] pdf(int size, long seed) {
        byte[] bytes = new byte[size];
        new Random(seed).nextBytes(bytes);
        byte[] header = "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(header, 0, bytes, 0, Math.min(header.length, size));
        return bytes;
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
