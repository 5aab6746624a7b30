package org.jointline.supply.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.jointline.engineering.ItemId;
import org.jointline.engineering.ItemManagement;
import org.jointline.partners.FacilityId;
import org.jointline.partners.FacilityManagement;
import org.jointline.partners.OrganisationId;
import org.jointline.platform.Actor;
import org.jointline.platform.DomainException;
import org.jointline.platform.Forbidden;
import org.jointline.platform.InvalidInput;
import org.jointline.platform.NotFound;
import org.jointline.platform.PageQuery;
import org.jointline.platform.PageResult;
import org.jointline.platform.StateRefused;
import org.jointline.platform.web.Flash;
import org.jointline.supply.Adjustment;
import org.jointline.supply.Location;
import org.jointline.supply.LocationDetails;
import org.jointline.supply.LocationId;
import org.jointline.supply.LocationKind;
import org.jointline.supply.LotId;
import org.jointline.supply.OrderDetails;
import org.jointline.supply.OrderReceipt;
import org.jointline.supply.PriceBreak;
import org.jointline.supply.PurchaseOrder;
import org.jointline.supply.PurchaseOrderId;
import org.jointline.supply.PurchaseOrderLineId;
import org.jointline.supply.PurchaseOrderManagement;
import org.jointline.supply.Shipment;
import org.jointline.supply.ShipmentDetails;
import org.jointline.supply.ShipmentId;
import org.jointline.supply.ShipmentLineId;
import org.jointline.supply.ShipmentManagement;
import org.jointline.supply.ShipmentReceipt;
import org.jointline.supply.StockLine;
import org.jointline.supply.StockManagement;
import org.jointline.supply.SupplierManagement;
import org.jointline.supply.SupplierPart;
import org.jointline.supply.SupplierPartDetails;
import org.jointline.supply.Transfer;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The supply forms: supplier parts, purchase orders (create, confirm, receive), stock adjustments, moves and
 * counts, locations, shipments (create with lines picked from stock, receive with differences). A refusal shows
 * the same page again with 422 (bad input, naming the field) or 409 (state), and nothing is written.
 */
@Controller
@RequestMapping("/supply")
class SupplyForms {

    static final int ORDER_ROWS = 5;

    private final SupplyPages pages;
    private final StockManagement stock;
    private final PurchaseOrderManagement orders;
    private final ShipmentManagement shipments;
    private final SupplierManagement suppliers;
    private final ItemManagement items;
    private final FacilityManagement facilities;
    private final Validator validator;

    SupplyForms(SupplyPages pages, StockManagement stock, PurchaseOrderManagement orders, ShipmentManagement shipments,
                SupplierManagement suppliers, ItemManagement items, FacilityManagement facilities, Validator validator) {
        this.pages = pages;
        this.stock = stock;
        this.orders = orders;
        this.shipments = shipments;
        this.suppliers = suppliers;
        this.items = items;
        this.facilities = facilities;
        this.validator = validator;
    }

    // --- supplier parts

    @PostMapping("/parts")
    String addPart(Actor actor, @RequestParam MultiValueMap<String, String> form, Model model, HttpServletResponse response,
                   RedirectAttributes redirect) {
        return attempt(model, response, form, () -> {
            FormInput in = new FormInput(form);
            OrganisationId supplier = new OrganisationId(in.requiredId("supplier"));
            ItemId item = item(actor, in.required("item"), "item");
            BigDecimal price = in.decimal("unitPrice");
            List<PriceBreak> prices = price == null ? List.of()
                    : List.of(new PriceBreak(in.decimal("minQuantity") == null ? BigDecimal.ONE : in.decimal("minQuantity"), price));
            String origin = in.text("originCountry");
            SupplierPartDetails details = valid(new SupplierPartDetails(supplier, item, in.text("mpn"), in.text("sku"),
                    in.required("currency").toUpperCase(), prices, required(in.integer("leadTimeDays"), "leadTimeDays"),
                    origin == null ? null : origin.toUpperCase(), in.checked("approved"), null));
            SupplierPart part = suppliers.addPart(actor, details);
            Flash.success(redirect, "supply.flash.part-added", part.itemNumber(), part.supplierName());
            return "redirect:/supply/suppliers";
        }, () -> pages.suppliers(actor, null, null, null, null, model));
    }

    // --- purchase orders

    @GetMapping("/orders/new")
    String newOrder(Actor actor, Model model) {
        model.addAttribute("supplierChoices", suppliers.suppliers(actor, new PageQuery(0, PageQuery.MAX_SIZE, null)).items());
        model.addAttribute("ownFacilities", stock.facilities(actor).stream()
                .filter(f -> actor.isAdministrator() || actor.actsFor(f.organisationId().value()))
                .sorted(Comparator.comparing(org.jointline.partners.Facility::code)).toList());
        model.addAttribute("rows", ORDER_ROWS);
        return "supply/order-form";
    }

    @PostMapping("/orders")
    String createOrder(Actor actor, @RequestParam MultiValueMap<String, String> form, Model model, HttpServletResponse response,
                       RedirectAttributes redirect) {
        return attempt(model, response, form, () -> {
            FormInput in = new FormInput(form);
            OrganisationId supplier = new OrganisationId(in.requiredId("supplier"));
            FacilityId facility = new FacilityId(in.requiredId("facility"));
            List<OrderDetails.Line> lines = new ArrayList<>();
            for (int i = 0; i < in.count("item"); i++) {
                String number = in.text("item", i);
                if (number == null) {
                    continue;
                }
                String field = "lines[" + lines.size() + "].";
                ItemId item = item(actor, number, field + "item");
                BigDecimal quantity = in.decimal("quantity", i, field + "quantity");
                if (quantity == null) {
                    throw new InvalidInput(field + "quantity", "supply.form.required");
                }
                lines.add(new OrderDetails.Line(item, quantity, in.decimal("unitPrice", i, field + "unitPrice"),
                        in.date("dueDate", i, field + "dueDate")));
            }
            if (lines.isEmpty()) {
                throw new InvalidInput("lines[0].item", "supply.form.one-line");
            }
            OrderDetails details = valid(new OrderDetails(supplier, facility, in.required("currency").toUpperCase(),
                    in.text("supplierReference"), lines));
            PurchaseOrder order = orders.create(actor, details);
            Flash.success(redirect, "supply.flash.order-created", order.number());
            return "redirect:/supply/orders/" + order.id();
        }, () -> newOrder(actor, model));
    }

    @PostMapping("/orders/{id}/confirm")
    String confirm(Actor actor, @PathVariable PurchaseOrderId id, Model model, HttpServletResponse response,
                   RedirectAttributes redirect) {
        return attempt(model, response, new LinkedMultiValueMap<>(), () -> {
            PurchaseOrder order = orders.confirm(actor, id);
            Flash.success(redirect, "supply.flash.order-confirmed", order.number());
            return "redirect:/supply/orders/" + id;
        }, () -> pages.order(actor, id, model));
    }

    @PostMapping("/orders/{id}/receipts")
    String receiveOrder(Actor actor, @PathVariable PurchaseOrderId id, @RequestParam MultiValueMap<String, String> form,
                        Model model, HttpServletResponse response, RedirectAttributes redirect) {
        return attempt(model, response, form, () -> {
            FormInput in = new FormInput(form);
            PurchaseOrderLineId line = new PurchaseOrderLineId(in.requiredId("line"));
            LocationId location = new LocationId(in.requiredId("location"));
            OrderReceipt receipt = valid(new OrderReceipt(line, in.decimal("quantity"), location, in.text("lotNumber"),
                    in.text("supplierLot"), in.text("certificate"), in.serials("serials", 0), in.text("overReceiptReason")));
            if (receipt.quantity() == null && receipt.serials().isEmpty()) {
                throw new InvalidInput("quantity", "supply.form.required");
            }
            PurchaseOrder order = orders.receive(actor, id, receipt);
            Flash.success(redirect, "supply.flash.order-received", order.number());
            return "redirect:/supply/orders/" + id;
        }, () -> pages.order(actor, id, model));
    }

    // --- stock: adjust, count, move, locations

    @PostMapping("/stock/{action:adjust|count|move}")
    String changeStock(Actor actor, @PathVariable String action, @RequestParam MultiValueMap<String, String> form,
                       Model model, HttpServletResponse response, RedirectAttributes redirect) {
        FacilityId facility = facility(form);
        return attempt(model, response, form, () -> {
            FormInput in = new FormInput(form);
            ItemId item = item(actor, in.required("item"), "item");
            LotId lot = lot(actor, item, in.text("lot"));
            String reason = in.text("reason");
            if (action.equals("move")) {
                LocationId from = new LocationId(in.requiredId("from"));
                LocationId to = new LocationId(in.requiredId("to"));
                List<String> serials = in.serials("serials", 0);
                BigDecimal quantity = in.decimal("quantity");
                if (quantity == null && serials.isEmpty()) {
                    throw new InvalidInput("quantity", "supply.form.required");
                }
                stock.transfer(actor, valid(new Transfer(item, lot, serials, quantity, from, to, reason, null)));
            } else {
                LocationId location = new LocationId(in.requiredId("location"));
                BigDecimal value = in.decimal(action.equals("count") ? "counted" : "difference");
                if (value == null) {
                    throw new InvalidInput(action.equals("count") ? "counted" : "difference", "supply.form.required");
                }
                if (reason == null) {
                    throw new InvalidInput("reason", "supply.form.reason-required");
                }
                stock.adjust(actor, valid(action.equals("count") ? new Adjustment(item, lot, location, null, value, reason)
                        : new Adjustment(item, lot, location, value, null, reason)));
            }
            Flash.success(redirect, "supply.flash.stock-" + action, in.required("item"));
            return "redirect:/supply/stock?facility=" + facility;
        }, () -> pages.stock(actor, facility, null, null, model));
    }

    @PostMapping("/locations")
    String addLocation(Actor actor, @RequestParam MultiValueMap<String, String> form, Model model, HttpServletResponse response,
                       RedirectAttributes redirect) {
        FacilityId facility = facility(form);
        return attempt(model, response, form, () -> {
            FormInput in = new FormInput(form);
            if (facility == null) {
                throw new InvalidInput("facility", "supply.form.required");
            }
            LocationKind kind;
            try {
                kind = LocationKind.valueOf(in.required("kind"));
            } catch (IllegalArgumentException e) {
                throw new InvalidInput("kind", "supply.form.choose", in.text("kind"));
            }
            UUID parent = in.id("parent");
            Location location = stock.addLocation(actor, facility, valid(new LocationDetails(in.required("code"),
                    in.required("name"), kind, parent == null ? null : new LocationId(parent))));
            Flash.success(redirect, "supply.flash.location-added", location.code());
            return "redirect:/supply/stock?facility=" + facility;
        }, () -> pages.stock(actor, facility, null, null, model));
    }

    // --- shipments

    @GetMapping("/shipments/new")
    String newShipment(Actor actor, @RequestParam(required = false) FacilityId origin, @RequestParam(required = false) String q,
                       Model model) {
        List<org.jointline.partners.Facility> own = stock.facilities(actor).stream()
                .filter(f -> actor.isAdministrator() || actor.actsFor(f.organisationId().value()))
                .sorted(Comparator.comparing(org.jointline.partners.Facility::code)).toList();
        FacilityId chosen = origin != null ? origin : own.isEmpty() ? null : own.getFirst().id();
        model.addAttribute("origins", own);
        model.addAttribute("origin", chosen);
        model.addAttribute("destinations", facilities.list(actor, new PageQuery(0, PageQuery.MAX_SIZE, null), null).items().stream()
                .filter(f -> !f.id().equals(chosen)).toList());
        model.addAttribute("q", q);
        if (chosen != null) {
            PageResult<StockLine> page = stock.stock(actor, chosen, null, new PageQuery(0, PageQuery.MAX_SIZE, q));
            model.addAttribute("picks", page.items().stream().filter(l -> l.locationKind() != LocationKind.IN_TRANSIT).toList());
            // a facility with more stock lines than one page: the rest are found by item number
            model.addAttribute("picksShown", page.items().size());
            model.addAttribute("picksTotal", page.hasNext() ? page.totalItems() : null);
        }
        return "supply/shipment-form";
    }

    @PostMapping("/shipments")
    String createShipment(Actor actor, @RequestParam MultiValueMap<String, String> form, Model model,
                          HttpServletResponse response, RedirectAttributes redirect) {
        FacilityId origin = facility(form, "origin");
        return attempt(model, response, form, () -> {
            FormInput in = new FormInput(form);
            if (origin == null) {
                throw new InvalidInput("origin", "supply.form.required");
            }
            FacilityId destination = new FacilityId(in.requiredId("destination"));
            List<ShipmentDetails.Line> lines = new ArrayList<>();
            for (int i = 0; i < in.count("pick"); i++) {
                String field = "lines[" + lines.size() + "].";
                BigDecimal quantity = in.decimal("pickQuantity", i, field + "quantity");
                List<String> serials = in.serials("pickSerials", i);
                if (quantity == null && serials.isEmpty()) {
                    continue;
                }
                String[] pick = in.required("pick", i, field + "item").split(":", -1);
                if (pick.length != 3) {
                    throw new InvalidInput(field + "item", "supply.form.choose", in.text("pick", i));
                }
                try {
                    lines.add(new ShipmentDetails.Line(ItemId.of(pick[0]), pick[1].isEmpty() ? null : LotId.of(pick[1]),
                            serials, serials.isEmpty() ? quantity : null, LocationId.of(pick[2]), null));
                } catch (IllegalArgumentException e) {
                    throw new InvalidInput(field + "item", "supply.form.choose", in.text("pick", i));
                }
            }
            if (lines.isEmpty()) {
                throw new InvalidInput("lines[0].quantity", "supply.form.one-line");
            }
            Shipment shipment = shipments.create(actor, valid(new ShipmentDetails(origin, destination, in.text("note"), lines)));
            Flash.success(redirect, "supply.flash.shipment-created", shipment.number());
            return "redirect:/supply/shipments/" + shipment.id();
        }, () -> newShipment(actor, origin, form.getFirst("q"), model));
    }

    /** Receipt at the destination; per line what arrived (blank: as dispatched), serials that arrived, a note. */
    @PostMapping("/shipments/{id}/receive")
    String receiveShipment(Actor actor, @PathVariable ShipmentId id, @RequestParam MultiValueMap<String, String> form,
                           Model model, HttpServletResponse response, RedirectAttributes redirect) {
        return attempt(model, response, form, () -> {
            FormInput in = new FormInput(form);
            LocationId location = new LocationId(in.requiredId("location"));
            List<ShipmentReceipt.Line> lines = new ArrayList<>();
            for (int i = 0; i < in.count("line"); i++) {
                String field = "lines[" + i + "].";
                BigDecimal quantity = in.decimal("quantity", i, field + "quantity");
                String serials = in.text("serials", i);
                String note = in.text("note", i);
                if (quantity == null && serials == null && note == null) {
                    continue;
                }
                lines.add(new ShipmentReceipt.Line(new ShipmentLineId(in.id("line", i, field + "line")), quantity,
                        serials == null ? null : in.serials("serials", i), note));
            }
            Shipment shipment = shipments.receive(actor, id, valid(new ShipmentReceipt(location, lines)));
            Flash.success(redirect, "supply.flash.receive", shipment.number());
            return "redirect:/supply/shipments/" + id;
        }, () -> pages.shipment(actor, id, model));
    }

    // --- helpers

    private ItemId item(Actor actor, String number, String field) {
        return items.byNumber(actor, number, null).map(org.jointline.engineering.Item::id)
                .orElseThrow(() -> new InvalidInput(field, "supply.form.unknown-item", number));
    }

    private LotId lot(Actor actor, ItemId item, String number) {
        if (number == null) {
            return null;
        }
        return stock.lot(actor, item, number).map(org.jointline.supply.Lot::id)
                .orElseThrow(() -> new InvalidInput("lot", "supply.form.unknown-lot", number));
    }

    private static FacilityId facility(MultiValueMap<String, String> form) {
        return facility(form, "facility");
    }

    private static FacilityId facility(MultiValueMap<String, String> form, String name) {
        try {
            UUID id = new FormInput(form).id(name);
            return id == null ? null : new FacilityId(id);
        } catch (InvalidInput e) {
            return null;
        }
    }

    private static <T> T required(T value, String field) {
        if (value == null) {
            throw new InvalidInput(field, "supply.form.required");
        }
        return value;
    }

    /** The record's own constraints, checked before the service is called; the first broken one names its field. */
    private <T> T valid(T command) {
        var violations = validator.validate(command);
        if (!violations.isEmpty()) {
            ConstraintViolation<T> first = violations.stream()
                    .min(Comparator.comparing(v -> v.getPropertyPath().toString())).orElseThrow();
            throw new InvalidInput(first.getPropertyPath().toString(), "supply.form.invalid", first.getMessage());
        }
        return command;
    }

    /**
     * Runs the action; a refusal shows the page again with the problem and the values sent, answering 422 for
     * bad input and 409 for a refused state change. Not-found and forbidden stay 404 and 403.
     */
    static String attempt(Model model, HttpServletResponse response, MultiValueMap<String, String> form,
                          Supplier<String> action, Supplier<String> page) {
        try {
            return action.get();
        } catch (NotFound | Forbidden e) {
            throw e;
        } catch (DomainException e) {
            response.setStatus(e instanceof StateRefused ? HttpStatus.CONFLICT.value() : HttpStatus.UNPROCESSABLE_CONTENT.value());
            model.addAttribute("problem", new Problem(e.messageKey(), e.arguments(), e instanceof InvalidInput i ? i.field() : null));
            model.addAttribute("form", form.toSingleValueMap());
            return page.get();
        }
    }

    /** A refusal to show: message key, arguments, and the field it concerns (or {@code null}). */
    record Problem(String key, Object[] arguments, String field) {
    }
}
