package org.jointline.supply.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jointline.engineering.ItemId;
import org.jointline.partners.OrganisationId;
import org.jointline.platform.Actor;
import org.jointline.supply.Resilience;
import org.jointline.supply.SupplyResilience;
import org.jointline.supply.WhatIf;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/supply/resilience")
@Tag(name = "Supply resilience", description = "Single-source and single-country exposure of an end item; what if a source stops")
class ResilienceApi {

    private final SupplyResilience resilience;

    ResilienceApi(SupplyResilience resilience) {
        this.resilience = resilience;
    }

    @GetMapping("/items/{item}")
    Resilience of(Actor actor, @PathVariable ItemId item) {
        return resilience.of(actor, item);
    }

    @GetMapping("/what-if")
    @Operation(summary = "Components left without an approved source if the supplier (or else the country) stops delivering")
    WhatIf whatIf(Actor actor, @RequestParam(required = false) OrganisationId supplier,
                  @RequestParam(required = false) String country) {
        return resilience.whatIf(actor, supplier, country);
    }
}
