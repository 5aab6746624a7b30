package org.jointline.compliance.api;

import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import java.util.UUID;
import org.jointline.compliance.Classification;
import org.jointline.compliance.ClassificationDetails;
import org.jointline.compliance.ClassificationEntry;
import org.jointline.compliance.ClassificationSuggestion;
import org.jointline.compliance.Classifications;
import org.jointline.compliance.ClassifiedSubject;
import org.jointline.compliance.Regime;
import org.jointline.compliance.ReviewDecision;
import org.jointline.compliance.SubjectKind;
import org.jointline.compliance.UsContent;
import org.jointline.compliance.UsContentDetails;
import org.jointline.engineering.DocumentId;
import org.jointline.engineering.ItemId;
import org.jointline.platform.Actor;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/compliance")
@Tag(name = "Compliance: classification", description = "Export classification of items and documents")
class ClassificationApi {

    private final Classifications classifications;

    ClassificationApi(Classifications classifications) {
        this.classifications = classifications;
    }

    @GetMapping("/items/{id}/classification")
    Classification ofItem(Actor actor, @PathVariable ItemId id) {
        return classifications.of(actor, id);
    }

    @PostMapping("/items/{id}/classification")
    @ResponseStatus(HttpStatus.CREATED)
    ClassificationEntry classifyItem(Actor actor, @PathVariable ItemId id, @Valid @RequestBody ClassificationDetails details) {
        return classifications.classify(actor, id, details);
    }

    @GetMapping("/items/{id}/classification/history")
    List<ClassificationEntry> itemHistory(Actor actor, @PathVariable ItemId id) {
        return classifications.history(actor, id);
    }

    @GetMapping("/items/{id}/classification/suggestions")
    List<ClassificationSuggestion> suggestions(Actor actor, @PathVariable ItemId id) {
        return classifications.suggest(actor, id);
    }

    @PutMapping("/items/{id}/us-content")
    UsContent usContent(Actor actor, @PathVariable ItemId id, @Valid @RequestBody UsContentDetails details) {
        return classifications.setUsContent(actor, id, details);
    }

    @GetMapping("/documents/{id}/classification")
    Classification ofDocument(Actor actor, @PathVariable DocumentId id) {
        return classifications.of(actor, id);
    }

    @PostMapping("/documents/{id}/classification")
    @ResponseStatus(HttpStatus.CREATED)
    ClassificationEntry classifyDocument(Actor actor, @PathVariable DocumentId id,
                                         @Valid @RequestBody ClassificationDetails details) {
        return classifications.classify(actor, id, details);
    }

    @PostMapping("/classifications/{entry}/withdraw")
    void withdraw(Actor actor, @PathVariable UUID entry, @Valid @RequestBody ReviewDecision reason) {
        classifications.withdraw(actor, entry, reason.reason());
    }

    /** Items and documents classified within a code, e.g. {@code ?regime=EU_DUAL_USE&code=9E001}. */
    @GetMapping("/classified")
    List<ClassifiedSubject> classifiedAs(Actor actor, @RequestParam Regime regime,
                                         @RequestParam(required = false) String code,
                                         @RequestParam(required = false) SubjectKind kind) {
        boolean all = actor.isAdministrator() || actor.has(org.jointline.platform.Role.AUDITOR);
        return classifications.classifiedAs(regime, code, kind).stream()
                .filter(s -> all || s.ownerId().equals(actor.organisationId())).toList();
    }
}
