package org.jointline.production.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import org.jointline.platform.Actor;
import org.jointline.platform.PageQuery;
import org.jointline.platform.PageResult;
import org.jointline.production.Commissioning;
import org.jointline.production.MaterialLine;
import org.jointline.production.Unit;
import org.jointline.production.WorkOrder;
import org.jointline.production.WorkOrderDetails;
import org.jointline.production.WorkOrderId;
import org.jointline.production.WorkOrderManagement;
import org.jointline.production.WorkOrderStatus;
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
@RequestMapping("/api/v1/work-orders")
@Tag(name = "Work orders", description = "Work orders against released BOM revisions, their materials, routing and units")
class WorkOrderApi {

    private final WorkOrderManagement workOrders;

    WorkOrderApi(WorkOrderManagement workOrders) {
        this.workOrders = workOrders;
    }

    @GetMapping
    PageResult<WorkOrder> list(Actor actor, @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
                               @RequestParam(required = false) String q, @RequestParam(required = false) WorkOrderStatus status) {
        return workOrders.list(actor, PageQuery.of(page, size, q), status);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Plan a work order; without a revision, the one in effect today")
    WorkOrder create(Actor actor, @Valid @RequestBody WorkOrderDetails details) {
        return workOrders.create(actor, details);
    }

    @GetMapping("/{id}")
    WorkOrder get(Actor actor, @PathVariable WorkOrderId id) {
        return workOrders.get(actor, id);
    }

    @GetMapping("/{id}/materials")
    @Operation(summary = "Materials for the units still to build: required, available at the facility, short")
    List<MaterialLine> materials(Actor actor, @PathVariable WorkOrderId id) {
        return workOrders.materials(actor, id);
    }

    @GetMapping("/{id}/operations")
    List<org.jointline.production.Operation> operations(Actor actor, @PathVariable WorkOrderId id) {
        return workOrders.operations(actor, id);
    }

    @GetMapping("/{id}/units")
    List<Unit> units(Actor actor, @PathVariable WorkOrderId id) {
        return workOrders.units(actor, id);
    }

    @PostMapping("/{id}/units")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Commission units: the next serials, or one unit under a given serial")
    List<Unit> commission(Actor actor, @PathVariable WorkOrderId id, @Valid @RequestBody Commissioning commissioning) {
        return workOrders.commission(actor, id, commissioning);
    }

    @PostMapping("/{id}/release")
    WorkOrder release(Actor actor, @PathVariable WorkOrderId id) {
        return workOrders.release(actor, id);
    }

    @PostMapping("/{id}/cancel")
    WorkOrder cancel(Actor actor, @PathVariable WorkOrderId id) {
        return workOrders.cancel(actor, id);
    }

    @PostMapping("/{id}/complete")
    WorkOrder complete(Actor actor, @PathVariable WorkOrderId id) {
        return workOrders.complete(actor, id);
    }

    @PostMapping("/{id}/close")
    WorkOrder close(Actor actor, @PathVariable WorkOrderId id) {
        return workOrders.close(actor, id);
    }
}
