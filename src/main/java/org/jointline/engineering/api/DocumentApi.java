package org.jointline.engineering.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.jointline.engineering.Document;
import org.jointline.engineering.DocumentContent;
import org.jointline.engineering.DocumentDetails;
import org.jointline.engineering.DocumentId;
import org.jointline.engineering.DocumentManagement;
import org.jointline.engineering.DocumentTooLarge;
import org.jointline.engineering.DocumentVersion;
import org.jointline.engineering.ItemId;
import org.jointline.platform.Actor;
import org.jointline.platform.web.ApiProblems;
import org.jointline.platform.web.FieldError;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.support.MissingServletRequestPartException;

/**
 * Technical documents of items and their versions. Uploads are {@code multipart/form-data} with the content in
 * the part {@code file}; downloads stream the stored bytes with the SHA-256 as ETag.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Documents", description = "Technical documents of items (drawings, firmware, test procedures, specifications) and their versions")
class DocumentApi {

    private final DocumentManagement documents;
    private final MessageSource messages;

    DocumentApi(DocumentManagement documents, MessageSource messages) {
        this.documents = documents;
        this.messages = messages;
    }

    @GetMapping("/items/{itemId}/documents")
    List<Document> list(Actor actor, @PathVariable ItemId itemId) {
        return documents.list(actor, itemId);
    }

    @PostMapping("/items/{itemId}/documents")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Create a document of the item (metadata only; upload its content as a version)")
    Document create(Actor actor, @PathVariable ItemId itemId, @Valid @RequestBody DocumentDetails details) {
        return documents.create(actor, itemId, details);
    }

    @GetMapping("/documents/{id}")
    Document get(Actor actor, @PathVariable DocumentId id) {
        return documents.get(actor, id);
    }

    @GetMapping("/documents/{id}/versions")
    List<DocumentVersion> versions(Actor actor, @PathVariable DocumentId id) {
        return documents.versions(actor, id);
    }

    @PostMapping("/documents/{id}/versions")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Upload a new version (multipart: file, optional note); the type is detected from the content")
    DocumentVersion upload(Actor actor, @PathVariable DocumentId id, @RequestParam("file") MultipartFile file,
                           @RequestParam(required = false) String note) throws IOException {
        try (InputStream content = file.getInputStream()) {
            return documents.addVersion(actor, id, file.getOriginalFilename(), file.getContentType(), content, note);
        }
    }

    @GetMapping("/documents/{id}/versions/{number}")
    DocumentVersion version(Actor actor, @PathVariable DocumentId id, @PathVariable int number) {
        return documents.version(actor, id, number);
    }

    @GetMapping("/documents/{id}/versions/{number}/content")
    @Operation(summary = "Download a version's bytes (ETag: the SHA-256 unless watermarked; If-None-Match and Range are honoured)."
            + " Another organisation's document needs a sharing agreement that permits the download for the stated purpose;"
            + " a refusal answers 403 with the reasons")
    ResponseEntity<DocumentContent> download(Actor actor, @PathVariable DocumentId id, @PathVariable int number,
                                             @RequestParam(required = false) String purpose) {
        return documents.content(actor, id, number, purpose).download();
    }

    @ExceptionHandler(org.jointline.engineering.DownloadRefused.class)
    ResponseEntity<ProblemDetail> downloadRefused(org.jointline.engineering.DownloadRefused e) {
        ProblemDetail problem = ApiProblems.problem(HttpStatus.FORBIDDEN, "download-refused", text(e.messageKey(), e.arguments()));
        problem.setProperty("reasons", e.reasons());
        return ResponseEntity.status(HttpStatus.FORBIDDEN).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    @ExceptionHandler(DocumentTooLarge.class)
    ProblemDetail tooLarge(DocumentTooLarge e) {
        return tooLarge(text(e.messageKey(), e.arguments()));
    }

    @ExceptionHandler(MissingServletRequestPartException.class)
    ResponseEntity<ProblemDetail> noFile(MissingServletRequestPartException e) {
        ProblemDetail problem = ApiProblems.problem(HttpStatus.BAD_REQUEST, "invalid-input",
                e.getRequestPartName() + ": " + text("validation.required"));
        problem.setTitle(text("error.invalid-input"));
        problem.setProperty("errors", List.of(new FieldError(e.getRequestPartName(), text("validation.required"))));
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    /** Not a multipart request at all (415); over the container's limit (413) if parsing is lazy. */
    @ExceptionHandler(MultipartException.class)
    ProblemDetail notMultipart(MultipartException e) {
        if (e instanceof MaxUploadSizeExceededException) {
            return tooLarge(text("documents.too-large", DocumentTooLarge.readable(documents.maxSize())));
        }
        return ApiProblems.problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-media-type", text("documents.upload-malformed"));
    }

    private static ProblemDetail tooLarge(String detail) {
        return ApiProblems.problem(HttpStatus.CONTENT_TOO_LARGE, "too-large", detail);
    }

    private String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, key, LocaleContextHolder.getLocale());
    }
}
