package org.jointline.supply.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jointline.engineering.Item;
import org.jointline.engineering.ItemId;
import org.jointline.engineering.ItemManagement;
import org.jointline.partners.Facility;
import org.jointline.partners.FacilityId;
import org.jointline.partners.FacilityManagement;
import org.jointline.partners.OrganisationId;
import org.jointline.platform.Actor;
import org.jointline.platform.DomainException;
import org.jointline.platform.NotFound;
import org.jointline.platform.PageQuery;
import org.jointline.supply.Location;
import org.jointline.supply.PurchaseOrder;
import org.jointline.platform.web.Flash;
import org.jointline.supply.OrderStatus;
import org.jointline.supply.PurchaseOrderId;
import org.jointline.supply.PurchaseOrderManagement;
import org.jointline.supply.SerialManagement;
import org.jointline.supply.Shipment;
import org.jointline.supply.ShipmentId;
import org.jointline.supply.ShipmentManagement;
import org.jointline.supply.ShipmentStatus;
import org.jointline.supply.StockManagement;
import org.jointline.supply.SupplierManagement;
import org.jointline.supply.SupplyResilience;
import org.jointline.supply.LocationKind;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Supply pages: stock per facility and serial lookup, purchase orders, shipments with their actions, suppliers, resilience. */
@Controller
@RequestMapping("/supply")
class SupplyPages {

    private final StockManagement stock;
    private final SerialManagement serials;
    private final PurchaseOrderManagement orders;
    private final ShipmentManagement shipments;
    private final SupplierManagement suppliers;
    private final SupplyResilience resilience;
    private final ItemManagement items;
    private final FacilityManagement facilities;

    SupplyPages(StockManagement stock, SerialManagement serials, PurchaseOrderManagement orders, ShipmentManagement shipments,
                SupplierManagement suppliers, SupplyResilience resilience, ItemManagement items, FacilityManagement facilities) {
        this.stock = stock;
        this.serials = serials;
        this.orders = orders;
        this.shipments = shipments;
        this.suppliers = suppliers;
        this.resilience = resilience;
        this.items = items;
        this.facilities = facilities;
    }

    @GetMapping("/stock")
    String stock(Actor actor, @RequestParam(required = false) FacilityId facility, @RequestParam(required = false) String q,
                 @RequestParam(required = false) Integer page, Model model) {
        List<Facility> choices = stock.facilities(actor);
        FacilityId chosen = facility != null ? facility : choices.stream()
                .filter(f -> actor.actsFor(f.organisationId().value())).map(Facility::id).findFirst()
                .orElse(choices.isEmpty() ? null : choices.getFirst().id());
        model.addAttribute("facilities", choices);
        model.addAttribute("facility", chosen);
        model.addAttribute("q", q);
        if (chosen != null) {
            model.addAttribute("result", stock.stock(actor, chosen, null, PageQuery.of(page, 50, q)));
            model.addAttribute("locations", stock.locations(actor, chosen));
            model.addAttribute("kinds", java.util.EnumSet.complementOf(java.util.EnumSet.of(LocationKind.IN_TRANSIT)));
        }
        return "supply/stock";
    }

    @GetMapping("/serials")
    String serials(Actor actor, @RequestParam(required = false) String q, Model model) {
        model.addAttribute("q", q);
        var found = serials.find(actor, q);
        Map<ItemId, Item> named = items.getAll(actor, found.stream().map(s -> s.item()).distinct().toList());
        model.addAttribute("found", found);
        model.addAttribute("items", named);
        return "supply/serials";
    }

    @GetMapping("/orders")
    String orders(Actor actor, @RequestParam(required = false) String q, @RequestParam(required = false) OrderStatus status,
                  @RequestParam(required = false) Integer page, Model model) {
        model.addAttribute("q", q);
        model.addAttribute("result", orders.list(actor, status, PageQuery.of(page, 20, q)));
        return "supply/orders";
    }

    @GetMapping("/orders/{id}")
    String order(Actor actor, @PathVariable PurchaseOrderId id, Model model) {
        PurchaseOrder order = orders.get(actor, id);
        model.addAttribute("order", order);
        model.addAttribute("mayBuy", orders.mayBuy(actor, order));
        List<Location> receiving = List.of();
        if (order.status().receivable()) {
            try {
                receiving = stock.locations(actor, order.facility()).stream()
                        .filter(l -> l.kind() != LocationKind.IN_TRANSIT).toList();
            } catch (NotFound notHere) {
                receiving = List.of();
            }
        }
        model.addAttribute("receivingLocations", receiving);
        return "supply/order";
    }

    @GetMapping("/shipments")
    String shipments(Actor actor, @RequestParam(required = false) String q, @RequestParam(required = false) ShipmentStatus status,
                     @RequestParam(required = false) Integer page, Model model) {
        model.addAttribute("q", q);
        model.addAttribute("result", shipments.list(actor, status, PageQuery.of(page, 20, q)));
        return "supply/shipments";
    }

    @GetMapping("/shipments/{id}")
    String shipment(Actor actor, @PathVariable ShipmentId id, Model model) {
        Shipment shipment = shipments.get(actor, id);
        model.addAttribute("shipment", shipment);
        try {
            model.addAttribute("assessment", shipments.assessment(actor, id).orElse(null));
        } catch (NotFound notTheirs) {
            // the destination's people see the shipment and its outcome, not compliance's reasoning
            model.addAttribute("assessment", null);
        }
        model.addAttribute("mayDispatch", shipments.mayDispatch(actor, shipment));
        boolean mayReceive = shipments.mayReceive(actor, shipment);
        model.addAttribute("mayReceive", mayReceive);
        if (mayReceive) {
            model.addAttribute("receivingLocations", stock.locations(actor, shipment.destination()).stream()
                    .filter(l -> l.kind() != LocationKind.IN_TRANSIT).toList());
        }
        return "supply/shipment";
    }

    @PostMapping("/shipments/{id}/{action:assess|dispatch|cancel}")
    String act(Actor actor, @PathVariable ShipmentId id, @PathVariable String action, RedirectAttributes redirect) {
        try {
            Shipment s = switch (action) {
                case "assess" -> shipments.requestAssessment(actor, id);
                case "dispatch" -> shipments.dispatch(actor, id);
                default -> shipments.cancel(actor, id);
            };
            Flash.success(redirect, "supply.flash." + action, s.number());
        } catch (org.jointline.platform.NotFound | org.jointline.platform.Forbidden notTheirs) {
            throw notTheirs;
        } catch (DomainException refused) {
            Flash.failure(redirect, refused.messageKey(), refused.arguments());
        }
        return "redirect:/supply/shipments/" + id;
    }

    @GetMapping("/suppliers")
    String suppliers(Actor actor, @RequestParam(required = false) String q, @RequestParam(required = false) Integer page,
                     @RequestParam(name = "pq", required = false) String partsQ,
                     @RequestParam(name = "ppage", required = false) Integer partsPage, Model model) {
        model.addAttribute("q", q);
        model.addAttribute("pq", partsQ);
        model.addAttribute("result", suppliers.suppliers(actor, PageQuery.of(page, 20, q)));
        model.addAttribute("parts", suppliers.partsPage(actor, PageQuery.of(partsPage, 25, partsQ)));
        model.addAttribute("mayMaintain", suppliers.mayMaintain(actor));
        model.addAttribute("supplierChoices", suppliers.suppliers(actor, new PageQuery(0, PageQuery.MAX_SIZE, null)).items());
        return "supply/suppliers";
    }

    @GetMapping("/resilience")
    String resilience(Actor actor, @RequestParam(required = false) String item, @RequestParam(required = false) OrganisationId supplier,
                      @RequestParam(required = false) String country, Model model, Locale locale) {
        String number = item == null || item.isBlank() ? "CAS-FPV7" : item.strip();
        model.addAttribute("item", number);
        model.addAttribute("country", country);
        model.addAttribute("supplier", supplier);
        model.addAttribute("supplierChoices", suppliers.suppliers(actor, new PageQuery(0, PageQuery.MAX_SIZE, null)).items());
        items.byNumber(actor, number, null).ifPresentOrElse(
                found -> {
                    try {
                        model.addAttribute("report", resilience.of(actor, found.id()));
                    } catch (DomainException hidden) {
                        model.addAttribute("notFound", true);
                    }
                },
                () -> model.addAttribute("notFound", true));
        if (supplier != null || (country != null && !country.isBlank())) {
            model.addAttribute("whatIf", resilience.whatIf(actor, supplier, country));
        }
        return "supply/resilience";
    }
}
