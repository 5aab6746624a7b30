package org.jointline.engineering;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.text.Normalizer;
import java.util.List;
import org.jointline.engineering.internal.ContentTypes;
import org.jointline.engineering.internal.DocumentStorage;
import org.jointline.engineering.internal.Documents;
import org.jointline.engineering.internal.Readers;
import org.jointline.engineering.internal.Spooled;
import org.jointline.platform.Actor;
import org.jointline.platform.InvalidInput;
import org.jointline.platform.NotFound;
import org.jointline.platform.StateRefused;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Technical documents of items (the technical data package): drawings, firmware, test procedures,
 * specifications, each with numbered versions that never change. Documents are seen by whoever sees the item
 * (its owner; a programme office also its partners'; administrators all) and changed by the owner's engineers.
 * Each upload is checked for size and type, hashed (SHA-256) and announced with {@link DocumentVersionAdded}.
 */
@Service
@Transactional
public class DocumentManagement {

    public static final int MAX_NOTE = 2000;
    public static final int MAX_FILENAME = 255;

    private final Documents documents;
    private final DocumentStorage storage;
    private final Readers readers;
    private final ItemManagement items;
    private final ApplicationEventPublisher events;

    DocumentManagement(Documents documents, DocumentStorage storage, Readers readers, ItemManagement items,
                       ApplicationEventPublisher events) {
        this.documents = documents;
        this.storage = storage;
        this.readers = readers;
        this.items = items;
        this.events = events;
    }

    @Transactional(readOnly = true)
    public List<Document> list(Actor actor, ItemId itemId) {
        items.get(actor, itemId);
        return documents.ofItem(itemId);
    }

    @Transactional(readOnly = true)
    public Document get(Actor actor, DocumentId id) {
        Document document = documents.find(id).orElseThrow(() -> new NotFound("document", id));
        if (!readers.mayView(actor, KnowHowTarget.of(document))) {
            throw new NotFound("document", id);
        }
        return document;
    }

    @Transactional(readOnly = true)
    public boolean mayChange(Actor actor, Document document) {
        return readers.mayChange(actor, document.ownerId());
    }

    public Document create(Actor actor, ItemId itemId, DocumentDetails details) {
        Item item = changeable(actor, itemId);
        if (documents.numberTaken(item.ownerId(), details.number())) {
            throw new InvalidInput("number", "validation.taken");
        }
        DocumentId id = DocumentId.next();
        documents.insert(id, itemId, item.ownerId(), details);
        return get(actor, id);
    }

    @Transactional(readOnly = true)
    public List<DocumentVersion> versions(Actor actor, DocumentId id) {
        get(actor, id);
        return documents.versions(id);
    }

    @Transactional(readOnly = true)
    public DocumentVersion version(Actor actor, DocumentId id, int number) {
        get(actor, id);
        return documents.version(id, number).orElseThrow(() -> new NotFound("version", number));
    }

    /**
     * Stores a new version (numbered after the last one). The content is copied to a temporary file while its
     * SHA-256 and size are computed; only when size and type pass is it kept (moved into the directory store,
     * or streamed into the database). Over {@code jointline.documents.max-size}: {@link DocumentTooLarge}; a
     * type that is not allowed or does not match the content: {@link InvalidInput} naming {@code file}.
     */
    public DocumentVersion addVersion(Actor actor, DocumentId id, String filename, String declaredType,
                                      InputStream content, String note) {
        Document document = get(actor, id);
        changeable(actor, document.itemId());
        String name = cleanFilename(filename);
        String text = note == null || note.isBlank() ? null : note.strip();
        if (text != null && text.length() > MAX_NOTE) {
            throw new InvalidInput("note", "documents.note-too-long", MAX_NOTE);
        }
        if (content == null) {
            throw new InvalidInput("file", "documents.file-required");
        }
        Spooled spooled = spool(content);
        try {
            if (spooled.size() == 0) {
                throw new InvalidInput("file", "documents.file-empty", name);
            }
            String type = ContentTypes.decide(name, declaredType, spooled.head(), storage.allowedTypes());
            int number = documents.lockAndNumberNext(id);
            DocumentVersionId versionId = DocumentVersionId.next();
            String path = storage.keep(spooled);
            if (path == null) {
                try (InputStream bytes = Files.newInputStream(spooled.file())) {
                    documents.insertVersion(versionId, id, number, name, type, spooled.size(), spooled.sha256(), bytes,
                            null, actor, text);
                }
            } else {
                documents.insertVersion(versionId, id, number, name, type, spooled.size(), spooled.sha256(), null,
                        path, actor, text);
            }
            events.publishEvent(new DocumentVersionAdded(id, versionId, document.itemId(), document.ownerId(),
                    spooled.sha256()));
            return documents.version(id, number).orElseThrow();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            spooled.discard();
        }
    }

    /** A version's bytes, to be streamed from where they are stored when the response is written. */
    @Transactional(readOnly = true)
    public DocumentContent content(Actor actor, DocumentId id, int number) {
        return content(actor, id, number, null);
    }

    /**
     * A version's bytes, after the download is decided (and recorded) for the stated purpose; watermarked with
     * the recipient and the time when the agreement asks for it. A refusal is {@link DownloadRefused}.
     */
    @Transactional(readOnly = true)
    public DocumentContent content(Actor actor, DocumentId id, int number, String purpose) {
        Document document = get(actor, id);
        DocumentVersion version = documents.version(id, number).orElseThrow(() -> new NotFound("version", number));
        AccessDecision decision = readers.download(actor, KnowHowTarget.of(document).downloading(version), purpose);
        if (!decision.permitted()) {
            throw new DownloadRefused(document.number(), decision.reasons());
        }
        DocumentContent content = new DocumentContent(version, storage.source(version));
        return decision.watermark() == null ? content : content.watermarked(decision.watermark());
    }

    /** The largest upload accepted, in bytes. */
    public long maxSize() {
        return storage.maxBytes();
    }

    public List<String> allowedTypes() {
        return storage.allowedTypes();
    }

    private Item changeable(Actor actor, ItemId itemId) {
        Item item = items.get(actor, itemId);
        readers.requireChange(actor, item.ownerId());
        if (item.status() == ItemStatus.OBSOLETE) {
            throw new StateRefused("item.obsolete", item.number());
        }
        return item;
    }

    private Spooled spool(InputStream content) {
        try {
            return storage.spool(content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The name without any client path, control characters or surrounding blanks. */
    static String cleanFilename(String original) {
        if (original == null) {
            throw new InvalidInput("file", "documents.file-required");
        }
        String name = original.substring(Math.max(original.lastIndexOf('/'), original.lastIndexOf('\\')) + 1);
        name = Normalizer.normalize(name, Normalizer.Form.NFC).replaceAll("\\p{Cntrl}", "").strip();
        if (name.isEmpty() || name.equals(".") || name.equals("..")) {
            throw new InvalidInput("file", "documents.file-required");
        }
        if (name.length() > MAX_FILENAME) {
            throw new InvalidInput("file", "documents.filename-too-long", MAX_FILENAME);
        }
        return name;
    }
}
