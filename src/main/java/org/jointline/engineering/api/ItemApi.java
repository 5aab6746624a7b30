package org.jointline.engineering.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.List;
import org.jointline.engineering.BomManagement;
import org.jointline.engineering.BomRevision;
import org.jointline.engineering.BomRevisionId;
import org.jointline.engineering.Explosion;
import org.jointline.engineering.Item;
import org.jointline.engineering.ItemDetails;
import org.jointline.engineering.ItemId;
import org.jointline.engineering.ItemKind;
import org.jointline.engineering.ItemManagement;
import org.jointline.engineering.WhereUsedRow;
import org.jointline.platform.Actor;
import org.jointline.platform.PageQuery;
import org.jointline.platform.PageResult;
import org.springframework.format.annotation.DateTimeFormat;
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
@RequestMapping("/api/v1/items")
@Tag(name = "Items", description = "Parts, assemblies, end items, software and technical data, with their BOMs")
class ItemApi {

    private final ItemManagement items;
    private final BomManagement boms;

    ItemApi(ItemManagement items, BomManagement boms) {
        this.items = items;
        this.boms = boms;
    }

    @GetMapping
    PageResult<Item> list(Actor actor, @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
                          @RequestParam(required = false) String q, @RequestParam(required = false) ItemKind kind) {
        return items.list(actor, PageQuery.of(page, size, q), kind);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    Item create(Actor actor, @Valid @RequestBody ItemDetails details) {
        return items.create(actor, details);
    }

    @GetMapping("/{id}")
    Item get(Actor actor, @PathVariable ItemId id) {
        return items.get(actor, id);
    }

    @PutMapping("/{id}")
    Item update(Actor actor, @PathVariable ItemId id, @Valid @RequestBody ItemDetails details) {
        return items.update(actor, id, details);
    }

    @PostMapping("/{id}/release")
    Item release(Actor actor, @PathVariable ItemId id) {
        return items.release(actor, id);
    }

    @PostMapping("/{id}/obsolete")
    Item obsolete(Actor actor, @PathVariable ItemId id) {
        return items.makeObsolete(actor, id);
    }

    @GetMapping("/{id}/revisions")
    List<BomRevision> revisions(Actor actor, @PathVariable ItemId id) {
        return boms.revisions(actor, id);
    }

    @PostMapping("/{id}/revisions")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Start a draft revision, copied from the latest one")
    BomRevision startRevision(Actor actor, @PathVariable ItemId id) {
        return boms.startRevision(actor, id, null);
    }

    @GetMapping("/{id}/bom")
    @Operation(summary = "Indented BOM explosion with extended quantities, to any depth, as in effect at a date")
    Explosion explode(Actor actor, @PathVariable ItemId id, @RequestParam(required = false) Integer depth,
                      @RequestParam(required = false) BomRevisionId revision,
                      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate at) {
        return boms.explode(actor, id, revision, depth, at);
    }

    @GetMapping("/{id}/where-used")
    @Operation(summary = "Assemblies and end items that use the item, at any depth")
    List<WhereUsedRow> whereUsed(Actor actor, @PathVariable ItemId id) {
        return boms.whereUsed(actor, id);
    }
}
