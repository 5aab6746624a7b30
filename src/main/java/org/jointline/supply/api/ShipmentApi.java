package org.jointline.supply.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.jointline.compliance.Assessment;
import org.jointline.platform.Actor;
import org.jointline.platform.NotFound;
import org.jointline.platform.PageQuery;
import org.jointline.platform.PageResult;
import org.jointline.supply.Shipment;
import org.jointline.supply.ShipmentDetails;
import org.jointline.supply.ShipmentId;
import org.jointline.supply.ShipmentManagement;
import org.jointline.supply.ShipmentReceipt;
import org.jointline.supply.ShipmentStatus;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/supply/shipments")
@Tag(name = "Shipments", description = "Between facilities and to customers; dispatched only when compliance clears them")
class ShipmentApi {

    private final ShipmentManagement shipments;

    ShipmentApi(ShipmentManagement shipments) {
        this.shipments = shipments;
    }

    @GetMapping
    PageResult<Shipment> list(Actor actor, @RequestParam(required = false) ShipmentStatus status,
                              @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
                              @RequestParam(required = false) String q) {
        return shipments.list(actor, status, PageQuery.of(page, size, q));
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    Shipment create(Actor actor, @Valid @RequestBody ShipmentDetails details) {
        return shipments.create(actor, details);
    }

    @GetMapping("/{id}")
    Shipment get(Actor actor, @PathVariable ShipmentId id) {
        return shipments.get(actor, id);
    }

    @PostMapping("/{id}/assessment")
    @Operation(summary = "Ask compliance for the decision on the shipment")
    Shipment assess(Actor actor, @PathVariable ShipmentId id) {
        return shipments.requestAssessment(actor, id);
    }

    @GetMapping("/{id}/assessment")
    @Operation(summary = "The compliance decision as it stands now, with reasons per line")
    Assessment assessment(Actor actor, @PathVariable ShipmentId id) {
        return shipments.assessment(actor, id).orElseThrow(() -> new NotFound("assessment", id));
    }

    @PostMapping("/{id}/dispatch")
    @Operation(summary = "Dispatch: refused unless the assessment is cleared; the lines go in transit")
    Shipment dispatch(Actor actor, @PathVariable ShipmentId id) {
        return shipments.dispatch(actor, id);
    }

    @PostMapping("/{id}/receipt")
    @Operation(summary = "Receive at the destination; lines left out arrived complete, differences are recorded")
    Shipment receive(Actor actor, @PathVariable ShipmentId id, @Valid @RequestBody ShipmentReceipt receipt) {
        return shipments.receive(actor, id, receipt);
    }

    @PostMapping("/{id}/cancel")
    Shipment cancel(Actor actor, @PathVariable ShipmentId id) {
        return shipments.cancel(actor, id);
    }
}
