package org.jointline.partners.api;

import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.jointline.partners.Organisation;
import org.jointline.partners.OrganisationDetails;
import org.jointline.partners.OrganisationId;
import org.jointline.partners.OrganisationManagement;
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
@RequestMapping("/api/v1/organisations")
@Tag(name = "Organisations", description = "Companies, ministries and agencies in the caller's programmes")
class OrganisationApi {

    private final OrganisationManagement organisations;

    OrganisationApi(OrganisationManagement organisations) {
        this.organisations = organisations;
    }

    @GetMapping
    PageResult<Organisation> list(Actor actor, @RequestParam(required = false) Integer page,
                                  @RequestParam(required = false) Integer size, @RequestParam(required = false) String q) {
        return organisations.list(actor, PageQuery.of(page, size, q));
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    Organisation register(Actor actor, @Valid @RequestBody OrganisationDetails details) {
        return organisations.register(actor, details);
    }

    @GetMapping("/{id}")
    Organisation get(Actor actor, @PathVariable OrganisationId id) {
        return organisations.get(actor, id);
    }

    @PutMapping("/{id}")
    Organisation update(Actor actor, @PathVariable OrganisationId id, @Valid @RequestBody OrganisationDetails details) {
        return organisations.update(actor, id, details);
    }
}
