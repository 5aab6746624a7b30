package org.jointline.partners.api;

import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import org.jointline.partners.Facility;
import org.jointline.partners.FacilityDetails;
import org.jointline.partners.FacilityId;
import org.jointline.partners.FacilityManagement;
import org.jointline.partners.LineDetails;
import org.jointline.partners.OrganisationId;
import org.jointline.partners.ProductionLine;
import org.jointline.partners.ProductionLineId;
import org.jointline.platform.Actor;
import org.jointline.platform.PageQuery;
import org.jointline.platform.PageResult;
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
@RequestMapping("/api/v1")
@Tag(name = "Facilities", description = "Facilities with their country, and their production lines")
class FacilityApi {

    private final FacilityManagement facilities;

    FacilityApi(FacilityManagement facilities) {
        this.facilities = facilities;
    }

    @GetMapping("/facilities")
    PageResult<Facility> list(Actor actor, @RequestParam(required = false) Integer page,
                              @RequestParam(required = false) Integer size, @RequestParam(required = false) String q,
                              @RequestParam(required = false) OrganisationId organisation) {
        return facilities.list(actor, PageQuery.of(page, size, q), organisation);
    }

    @PostMapping("/facilities")
    @ResponseStatus(HttpStatus.CREATED)
    Facility register(Actor actor, @Valid @RequestBody FacilityDetails details) {
        return facilities.register(actor, details);
    }

    @GetMapping("/facilities/{id}")
    Facility get(Actor actor, @PathVariable FacilityId id) {
        return facilities.get(actor, id);
    }

    @PutMapping("/facilities/{id}")
    Facility update(Actor actor, @PathVariable FacilityId id, @Valid @RequestBody FacilityDetails details) {
        return facilities.update(actor, id, details);
    }

    @GetMapping("/facilities/{id}/lines")
    List<ProductionLine> lines(Actor actor, @PathVariable FacilityId id) {
        return facilities.lines(actor, id);
    }

    @PostMapping("/facilities/{id}/lines")
    @ResponseStatus(HttpStatus.CREATED)
    ProductionLine addLine(Actor actor, @PathVariable FacilityId id, @Valid @RequestBody LineDetails details) {
        return facilities.addLine(actor, id, details);
    }

    @GetMapping("/lines/{id}")
    ProductionLine line(Actor actor, @PathVariable ProductionLineId id) {
        return facilities.line(actor, id);
    }

    @PutMapping("/lines/{id}")
    ProductionLine updateLine(Actor actor, @PathVariable ProductionLineId id, @Valid @RequestBody LineDetails details) {
        return facilities.updateLine(actor, id, details);
    }
}
