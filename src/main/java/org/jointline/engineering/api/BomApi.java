package org.jointline.engineering.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import org.jointline.engineering.BomLine;
import org.jointline.engineering.BomLineDetails;
import org.jointline.engineering.BomLineId;
import org.jointline.engineering.BomManagement;
import org.jointline.engineering.BomRevision;
import org.jointline.engineering.BomRevisionId;
import org.jointline.engineering.RevisionComparison;
import org.jointline.engineering.RevisionRelease;
import org.jointline.platform.Actor;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
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
@RequestMapping("/api/v1/boms")
@Tag(name = "BOM revisions", description = "Revisions of an assembly's bill of materials and their lines")
class BomApi {

    private final BomManagement boms;

    BomApi(BomManagement boms) {
        this.boms = boms;
    }

    @GetMapping("/revisions/{id}")
    BomRevision revision(Actor actor, @PathVariable BomRevisionId id) {
        return boms.revision(actor, id);
    }

    @GetMapping("/revisions/{id}/lines")
    List<BomLine> lines(Actor actor, @PathVariable BomRevisionId id) {
        return boms.lines(actor, id);
    }

    @PostMapping("/revisions/{id}/lines")
    @ResponseStatus(HttpStatus.CREATED)
    BomLine addLine(Actor actor, @PathVariable BomRevisionId id, @Valid @RequestBody BomLineDetails details) {
        return boms.addLine(actor, id, details);
    }

    @PutMapping("/lines/{id}")
    BomLine updateLine(Actor actor, @PathVariable BomLineId id, @Valid @RequestBody BomLineDetails details) {
        return boms.updateLine(actor, id, details);
    }

    @DeleteMapping("/lines/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void removeLine(Actor actor, @PathVariable BomLineId id) {
        boms.removeLine(actor, id);
    }

    @PostMapping("/revisions/{id}/release")
    @Operation(summary = "Release a draft revision; it never changes again")
    BomRevision release(Actor actor, @PathVariable BomRevisionId id, @Valid @RequestBody(required = false) RevisionRelease release) {
        return boms.release(actor, id, release == null ? new RevisionRelease(null, null, null) : release);
    }

    @GetMapping("/comparisons")
    @Operation(summary = "Lines added, removed and changed from one revision to another")
    RevisionComparison compare(Actor actor, @RequestParam BomRevisionId from, @RequestParam BomRevisionId to) {
        return boms.compare(actor, from, to);
    }
}
