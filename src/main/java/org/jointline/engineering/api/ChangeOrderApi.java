package org.jointline.engineering.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import org.jointline.engineering.ChangeOrder;
import org.jointline.engineering.ChangeOrderDetails;
import org.jointline.engineering.ChangeOrderEvent;
import org.jointline.engineering.ChangeOrderId;
import org.jointline.engineering.ChangeOrderItemLink;
import org.jointline.engineering.ChangeOrderManagement;
import org.jointline.engineering.ChangeOrderRejection;
import org.jointline.engineering.ChangeOrderStatus;
import org.jointline.engineering.ItemId;
import org.jointline.platform.Actor;
import org.jointline.platform.InvalidInput;
import org.jointline.platform.PageQuery;
import org.jointline.platform.PageResult;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/change-orders")
@Tag(name = "Change orders", description = "Engineering change orders: affected items with their draft revisions, "
        + "approval by every owner organisation, release of all revisions at once")
class ChangeOrderApi {

    private final ChangeOrderManagement changeOrders;

    ChangeOrderApi(ChangeOrderManagement changeOrders) {
        this.changeOrders = changeOrders;
    }

    @GetMapping
    PageResult<ChangeOrder> list(Actor actor, @RequestParam(required = false) Integer page,
                                 @RequestParam(required = false) Integer size, @RequestParam(required = false) String q,
                                 @RequestParam(required = false) ChangeOrderStatus status) {
        return changeOrders.list(actor, PageQuery.of(page, size, q), status);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Raise a change order for the caller's organisation (numbered CO-year-nnnn per organisation)")
    ChangeOrder create(Actor actor, @Valid @RequestBody ChangeOrderDetails details) {
        return changeOrders.create(actor, details);
    }

    @GetMapping("/{id}")
    ChangeOrder get(Actor actor, @PathVariable ChangeOrderId id) {
        return changeOrders.get(actor, id);
    }

    @PostMapping("/{id}/items")
    @Operation(summary = "Link an affected item with the draft revision that carries the change")
    ChangeOrder link(Actor actor, @PathVariable ChangeOrderId id, @Valid @RequestBody ChangeOrderItemLink link) {
        return changeOrders.linkItem(actor, id, link);
    }

    @DeleteMapping("/{id}/items/{itemId}")
    ChangeOrder unlink(Actor actor, @PathVariable ChangeOrderId id, @PathVariable ItemId itemId) {
        return changeOrders.unlinkItem(actor, id, itemId);
    }

    @PostMapping("/{id}/submit")
    @Operation(summary = "Send to review: every organisation owning an affected item must approve")
    ChangeOrder submit(Actor actor, @PathVariable ChangeOrderId id) {
        return changeOrders.submit(actor, id);
    }

    @PostMapping("/{id}/approve")
    @Operation(summary = "Approve for the caller's organisation (an engineer of an owner organisation)")
    ChangeOrder approve(Actor actor, @PathVariable ChangeOrderId id) {
        return changeOrders.approve(actor, id);
    }

    @PostMapping("/{id}/reject")
    @Operation(summary = "Reject for the caller's organisation, with a reason; this ends the change order")
    ChangeOrder reject(Actor actor, @PathVariable ChangeOrderId id,
                       @Valid @RequestBody(required = false) ChangeOrderRejection rejection) {
        if (rejection == null) {
            throw new InvalidInput("reason", "validation.required");
        }
        return changeOrders.reject(actor, id, rejection);
    }

    @PostMapping("/{id}/release")
    @Operation(summary = "Release every linked revision and the change order, all or nothing")
    ChangeOrder release(Actor actor, @PathVariable ChangeOrderId id) {
        return changeOrders.release(actor, id);
    }

    @GetMapping("/{id}/history")
    List<ChangeOrderEvent> history(Actor actor, @PathVariable ChangeOrderId id) {
        return changeOrders.history(actor, id);
    }
}
