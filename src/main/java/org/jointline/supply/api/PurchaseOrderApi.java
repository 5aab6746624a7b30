package org.jointline.supply.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.jointline.platform.Actor;
import org.jointline.platform.PageQuery;
import org.jointline.platform.PageResult;
import org.jointline.supply.OrderDetails;
import org.jointline.supply.OrderReceipt;
import org.jointline.supply.OrderStatus;
import org.jointline.supply.PurchaseOrder;
import org.jointline.supply.PurchaseOrderId;
import org.jointline.supply.PurchaseOrderManagement;
import org.jointline.platform.web.ApiProblems;
import org.jointline.supply.SupplierNotClear;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/supply/purchase-orders")
@Tag(name = "Purchase orders", description = "Orders to suppliers, confirmation, partial and complete receipts")
class PurchaseOrderApi {

    private final PurchaseOrderManagement orders;
    private final MessageSource messages;

    PurchaseOrderApi(PurchaseOrderManagement orders, MessageSource messages) {
        this.orders = orders;
        this.messages = messages;
    }

    /** 409 whose type and {@code code} name the screening reason ({@code supply.supplier-held} or {@code -blocked}). */
    @ExceptionHandler(SupplierNotClear.class)
    ProblemDetail notClear(SupplierNotClear e) {
        String detail = messages.getMessage(e.messageKey(), e.arguments(), e.messageKey(), LocaleContextHolder.getLocale());
        ProblemDetail problem = ApiProblems.problem(HttpStatus.CONFLICT, e.code(), detail);
        problem.setProperty("code", e.code());
        return problem;
    }

    @GetMapping
    PageResult<PurchaseOrder> list(Actor actor, @RequestParam(required = false) OrderStatus status,
                                   @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
                                   @RequestParam(required = false) String q) {
        return orders.list(actor, status, PageQuery.of(page, size, q));
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    PurchaseOrder create(Actor actor, @Valid @RequestBody OrderDetails details) {
        return orders.create(actor, details);
    }

    @GetMapping("/{id}")
    PurchaseOrder get(Actor actor, @PathVariable PurchaseOrderId id) {
        return orders.get(actor, id);
    }

    @PostMapping("/{id}/confirm")
    PurchaseOrder confirm(Actor actor, @PathVariable PurchaseOrderId id) {
        return orders.confirm(actor, id);
    }

    @PostMapping("/{id}/cancel")
    PurchaseOrder cancel(Actor actor, @PathVariable PurchaseOrderId id) {
        return orders.cancel(actor, id);
    }

    @PostMapping("/{id}/receipts")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Receive against a line; more than open needs overReceiptReason")
    PurchaseOrder receive(Actor actor, @PathVariable PurchaseOrderId id, @Valid @RequestBody OrderReceipt receipt) {
        return orders.receive(actor, id, receipt);
    }
}
