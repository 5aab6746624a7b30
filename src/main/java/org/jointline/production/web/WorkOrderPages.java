package org.jointline.production.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jointline.engineering.Item;
import org.jointline.engineering.ItemKind;
import org.jointline.engineering.ItemManagement;
import org.jointline.partners.Facility;
import org.jointline.partners.FacilityManagement;
import org.jointline.partners.Organisation;
import org.jointline.partners.OrganisationKind;
import org.jointline.partners.OrganisationManagement;
import org.jointline.partners.ProductionLine;
import org.jointline.platform.Actor;
import org.jointline.platform.InvalidInput;
import org.jointline.platform.PageQuery;
import org.jointline.platform.Role;
import org.jointline.platform.web.Flash;
import org.jointline.platform.web.FormErrors;
import org.jointline.platform.web.Htmx;
import org.jointline.production.Commissioning;
import org.jointline.production.SerialScheme;
import org.jointline.production.Unit;
import org.jointline.production.WorkOrder;
import org.jointline.production.WorkOrderId;
import org.jointline.production.WorkOrderManagement;
import org.jointline.production.WorkOrderStatus;
import org.springframework.beans.propertyeditors.StringTrimmerEditor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Work orders for planners: the list, the form, the order with its materials, units and routing. */
@Controller
class WorkOrderPages {

    private static final String FORM = "production/work-order-form";
    private final WorkOrderManagement workOrders;
    private final ItemManagement items;
    private final FacilityManagement facilities;
    private final OrganisationManagement organisations;

    WorkOrderPages(WorkOrderManagement workOrders, ItemManagement items, FacilityManagement facilities,
                   OrganisationManagement organisations) {
        this.workOrders = workOrders;
        this.items = items;
        this.facilities = facilities;
        this.organisations = organisations;
    }

    @InitBinder("form")
    void trim(WebDataBinder binder) {
        binder.registerCustomEditor(String.class, new StringTrimmerEditor(true));
    }

    @InitBinder
    void blankIds(WebDataBinder binder) {
        BlankIds.register(binder);
    }

    @GetMapping("/work-orders")
    String list(Actor actor, @RequestParam(required = false) Integer page, @RequestParam(required = false) String q,
                @RequestParam(required = false) WorkOrderStatus status, Model model, HttpServletRequest request) {
        model.addAttribute("result", workOrders.list(actor, PageQuery.of(page, 20, q), status));
        model.addAttribute("q", q);
        model.addAttribute("status", status);
        model.addAttribute("statuses", WorkOrderStatus.values());
        return Htmx.view(request, "production/work-orders", "table");
    }

    @GetMapping("/work-orders/new")
    String createForm(Actor actor, Model model) {
        actor.require(Role.PLANNER, Role.PROGRAMME_OFFICE);
        model.addAttribute("form", WorkOrderForm.empty());
        return form(actor, model);
    }

    @PostMapping("/work-orders")
    String create(Actor actor, @ModelAttribute("form") WorkOrderForm form, BindingResult binding, Model model,
                  HttpServletResponse response, RedirectAttributes redirect) {
        if (binding.hasErrors()) {
            response.setStatus(422);
            return form(actor, model);
        }
        try {
            if (form.itemId() == null) {
                throw new InvalidInput("itemId", "production.form.required");
            }
            if (form.quantity() == null || form.quantity() < 1 || form.quantity() > 100_000) {
                throw new InvalidInput("quantity", "production.form.quantity");
            }
            if (form.facility() == null) {
                throw new InvalidInput("place", "production.form.required");
            }
            WorkOrder order = workOrders.create(actor, form.details());
            Flash.success(redirect, "production.flash.work-order-created", order.number());
            return "redirect:/work-orders/" + order.id();
        } catch (InvalidInput e) {
            FormErrors.reject(binding, e, Map.of("facilityId", "place", "lineId", "place", "bomRevisionId", "itemId"));
        } catch (IllegalArgumentException e) {
            binding.rejectValue("place", "production.form.required");
        }
        response.setStatus(422);
        return form(actor, model);
    }

    @GetMapping("/work-orders/{id}")
    String show(Actor actor, @PathVariable WorkOrderId id, Model model) {
        WorkOrder order = workOrders.get(actor, id);
        model.addAttribute("order", order);
        model.addAttribute("materials", workOrders.materials(actor, id));
        model.addAttribute("units", workOrders.units(actor, id));
        model.addAttribute("operations", workOrders.operations(actor, id));
        model.addAttribute("facility", facilities.get(actor, order.facilityId()));
        model.addAttribute("line", order.lineId() == null ? null : facilities.line(actor, order.lineId()));
        model.addAttribute("customer", order.customerId() == null ? null
                : organisations.choices(actor).stream().filter(o -> o.id().equals(order.customerId())).findFirst().orElse(null));
        return "production/work-order";
    }

    @PostMapping("/work-orders/{id}/{action:release|cancel|complete|close}")
    String transition(Actor actor, @PathVariable WorkOrderId id, @PathVariable String action, RedirectAttributes redirect) {
        WorkOrder order = switch (action) {
            case "release" -> workOrders.release(actor, id);
            case "cancel" -> workOrders.cancel(actor, id);
            case "complete" -> workOrders.complete(actor, id);
            default -> workOrders.close(actor, id);
        };
        Flash.success(redirect, "production.flash.work-order-status", order.number());
        return "redirect:/work-orders/" + id;
    }

    @PostMapping("/work-orders/{id}/units")
    String commission(Actor actor, @PathVariable WorkOrderId id, @RequestParam(required = false) Integer count,
                      @RequestParam(required = false) String serial, Model model, HttpServletResponse response,
                      RedirectAttributes redirect) {
        String view = Refusals.attempt(model, response, () -> {
            List<Unit> started = workOrders.commission(actor, id, new Commissioning(count, serial));
            Flash.success(redirect, "production.flash.commissioned", started.size(), started.getFirst().serial());
            return started.size() == 1 ? "redirect:/units/" + started.getFirst().id() : "redirect:/work-orders/" + id;
        });
        if (view != null) {
            return view;
        }
        model.addAttribute("enteredCount", count);
        return show(actor, id, model);
    }

    private String form(Actor actor, Model model) {
        List<Item> endItems = new ArrayList<>(items.list(actor, new PageQuery(0, PageQuery.MAX_SIZE, null), ItemKind.END_ITEM).items());
        endItems.addAll(items.list(actor, new PageQuery(0, PageQuery.MAX_SIZE, null), ItemKind.ASSEMBLY).items());
        model.addAttribute("items", endItems);
        Map<String, String> places = new LinkedHashMap<>();
        for (Facility facility : facilities.list(actor, new PageQuery(0, PageQuery.MAX_SIZE, null), null).items()) {
            if (!actor.isAdministrator() && !actor.actsFor(facility.organisationId().value())) {
                continue;
            }
            places.put(facility.id().toString(), facility.code() + " · " + facility.name());
            for (ProductionLine line : facilities.lines(actor, facility.id())) {
                places.put(facility.id() + "/" + line.id(), facility.code() + " / " + line.code() + " · " + line.name());
            }
        }
        model.addAttribute("places", places);
        model.addAttribute("customers", organisations.choices(actor).stream()
                .filter(o -> o.kind() == OrganisationKind.CUSTOMER).toList());
        model.addAttribute("schemes", SerialScheme.values());
        return FORM;
    }

    static String name(Organisation organisation) {
        return organisation == null ? "" : organisation.name();
    }
}
