package org.jointline.engineering.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.io.IOException;
import java.io.InputStream;
import org.jointline.engineering.Document;
import org.jointline.engineering.DocumentContent;
import org.jointline.engineering.DocumentDetails;
import org.jointline.engineering.DocumentId;
import org.jointline.engineering.DocumentKind;
import org.jointline.engineering.DocumentManagement;
import org.jointline.engineering.DocumentTooLarge;
import org.jointline.engineering.DocumentVersion;
import org.jointline.engineering.Item;
import org.jointline.engineering.ItemId;
import org.jointline.engineering.ItemManagement;
import org.jointline.engineering.ItemStatus;
import org.jointline.platform.Actor;
import org.jointline.platform.DomainException;
import org.jointline.platform.InvalidInput;
import org.jointline.platform.web.Flash;
import org.jointline.platform.web.Htmx;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The documents of an item (list, new document, upload of a version) and a document's versions with their
 * digests and download links. With htmx, {@code GET /items/{id}/documents} answers only the documents card, so
 * the item page can embed it ({@code hx-get} … {@code hx-trigger="load"}).
 * <p>
 * Upload forms carry the CSRF token in their action URL as well as in the body: when an upload is over the
 * size limit the servlet container refuses to parse the body, and the token in the URL (read by
 * {@link UnparsableMultipartParameters}) still lets the request through to a readable 413 page instead of a 500.
 */
@Controller
class DocumentPages {

    private static final String LIST = "engineering/documents";
    private static final String VERSIONS = "engineering/documents-versions";

    private final DocumentManagement documents;
    private final ItemManagement items;

    DocumentPages(DocumentManagement documents, ItemManagement items) {
        this.documents = documents;
        this.items = items;
    }

    @GetMapping("/items/{itemId}/documents")
    String list(Actor actor, @PathVariable ItemId itemId, Model model, HttpServletRequest request) {
        model.addAttribute("form", new DocumentDetails(null, null, null));
        return listPage(actor, itemId, model, request);
    }

    @PostMapping("/items/{itemId}/documents")
    String create(Actor actor, @PathVariable ItemId itemId, @Valid @ModelAttribute("form") DocumentDetails form,
                  BindingResult binding, Model model, HttpServletRequest request, RedirectAttributes redirect) {
        if (!binding.hasErrors()) {
            try {
                Document created = documents.create(actor, itemId, form);
                Flash.success(redirect, "flash.saved", created.number());
                return "redirect:/documents/" + created.id();
            } catch (InvalidInput e) {
                binding.rejectValue(e.field(), e.messageKey(), e.arguments(), e.messageKey());
            }
        }
        return listPage(actor, itemId, model, request);
    }

    @GetMapping("/documents/{id}")
    String show(Actor actor, @PathVariable DocumentId id, Model model) {
        return versionsPage(actor, id, model);
    }

    /** Stores a version; a refused upload comes back on the document's page with the reason (422, or 413). */
    @PostMapping("/documents/{id}/versions")
    String upload(Actor actor, @PathVariable DocumentId id, @RequestParam(required = false) MultipartFile file,
                  @RequestParam(required = false) String note, Model model, HttpServletResponse response,
                  RedirectAttributes redirect) throws IOException {
        try {
            if (file == null) {
                throw new InvalidInput("file", "documents.file-required");
            }
            DocumentVersion added;
            try (InputStream content = file.getInputStream()) {
                added = documents.addVersion(actor, id, file.getOriginalFilename(), file.getContentType(), content, note);
            }
            Flash.success(redirect, "documents.version-added", added.number(), added.filename());
            return "redirect:/documents/" + id;
        } catch (InvalidInput e) {
            return refused(actor, id, e, HttpStatus.UNPROCESSABLE_CONTENT, note, model, response);
        } catch (DocumentTooLarge e) {
            return refused(actor, id, e, HttpStatus.CONTENT_TOO_LARGE, note, model, response);
        }
    }

    @GetMapping("/documents/{id}/versions/{number}/content")
    ResponseEntity<DocumentContent> download(Actor actor, @PathVariable DocumentId id, @PathVariable int number) {
        return documents.content(actor, id, number).download();
    }

    @ExceptionHandler(MultipartException.class)
    ModelAndView unreadableUpload(MultipartException e, HttpServletResponse response) {
        if (e instanceof MaxUploadSizeExceededException) {
            return problem(HttpStatus.CONTENT_TOO_LARGE, response, "documents.too-large",
                    DocumentTooLarge.readable(documents.maxSize()));
        }
        return problem(HttpStatus.BAD_REQUEST, response, "documents.upload-malformed");
    }

    private String listPage(Actor actor, ItemId itemId, Model model, HttpServletRequest request) {
        Item item = items.get(actor, itemId);
        model.addAttribute("item", item);
        model.addAttribute("documents", documents.list(actor, itemId));
        model.addAttribute("mayChange", items.mayChange(actor, item) && item.status() != ItemStatus.OBSOLETE);
        model.addAttribute("kinds", DocumentKind.values());
        return Htmx.view(request, LIST, "section");
    }

    private String versionsPage(Actor actor, DocumentId id, Model model) {
        Document document = documents.get(actor, id);
        Item item = items.get(actor, document.itemId());
        model.addAttribute("document", document);
        model.addAttribute("item", item);
        model.addAttribute("versions", documents.versions(actor, id));
        model.addAttribute("mayChange", documents.mayChange(actor, document) && item.status() != ItemStatus.OBSOLETE);
        model.addAttribute("maxSize", DocumentTooLarge.readable(documents.maxSize()));
        model.addAttribute("allowedTypes", String.join(", ", documents.allowedTypes()));
        return VERSIONS;
    }

    private String refused(Actor actor, DocumentId id, DomainException e, HttpStatus status, String note, Model model,
                           HttpServletResponse response) {
        String view = versionsPage(actor, id, model);
        model.addAttribute("uploadErrorKey", e.messageKey());
        model.addAttribute("uploadErrorArgs", e.arguments());
        model.addAttribute("note", note);
        response.setStatus(status.value());
        return view;
    }

    private static ModelAndView problem(HttpStatus status, HttpServletResponse response, String key, Object... arguments) {
        response.setStatus(status.value());
        ModelAndView view = new ModelAndView("platform/problem");
        view.addObject("status", status.value());
        view.addObject("messageKey", key);
        view.addObject("messageArgs", arguments);
        return view;
    }
}
