package org.jointline.engineering.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.util.List;
import org.jointline.engineering.BomManagement;
import org.jointline.engineering.BomRevisionId;
import org.jointline.engineering.ChangeOrder;
import org.jointline.engineering.ChangeOrderActions;
import org.jointline.engineering.ChangeOrderDetails;
import org.jointline.engineering.ChangeOrderId;
import org.jointline.engineering.ChangeOrderItemLink;
import org.jointline.engineering.ChangeOrderManagement;
import org.jointline.engineering.ChangeOrderRejection;
import org.jointline.engineering.ChangeOrderStatus;
import org.jointline.engineering.ItemId;
import org.jointline.platform.Actor;
import org.jointline.platform.InvalidInput;
import org.jointline.platform.NotFound;
import org.jointline.platform.PageQuery;
import org.jointline.platform.Role;
import org.jointline.platform.StateRefused;
import org.jointline.platform.web.Flash;
import org.jointline.platform.web.Htmx;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Change orders: the list, raising one, and the page where it is drafted, reviewed and released. */
@Controller
@RequestMapping("/change-orders")
class ChangeOrderPages {

    private static final String FORM = "engineering/change-order-form";
    private static final String PAGE = "engineering/change-order";

    private final ChangeOrderManagement changeOrders;
    private final BomManagement boms;

    ChangeOrderPages(ChangeOrderManagement changeOrders, BomManagement boms) {
        this.changeOrders = changeOrders;
        this.boms = boms;
    }

    @ModelAttribute("statuses")
    ChangeOrderStatus[] statuses() {
        return ChangeOrderStatus.values();
    }

    @GetMapping
    String list(Actor actor, @RequestParam(required = false) Integer page, @RequestParam(required = false) String q,
                Model model, HttpServletRequest request) {
        model.addAttribute("result", changeOrders.list(actor, PageQuery.of(page, 20, q), null));
        model.addAttribute("q", q);
        model.addAttribute("mayCreate", actor.isAdministrator() || actor.has(Role.ENGINEER));
        return Htmx.view(request, "engineering/change-orders", "table");
    }

    @GetMapping("/new")
    String createForm(Actor actor, Model model) {
        actor.require(Role.ENGINEER);
        model.addAttribute("form", new ChangeOrderDetails(null, null, null));
        return FORM;
    }

    @PostMapping
    String create(Actor actor, @Valid @ModelAttribute("form") ChangeOrderDetails form, BindingResult binding,
                  RedirectAttributes redirect) {
        if (binding.hasErrors()) {
            return FORM;
        }
        try {
            ChangeOrder created = changeOrders.create(actor, form);
            Flash.success(redirect, "flash.saved", created.number());
            return "redirect:/change-orders/" + created.id();
        } catch (InvalidInput e) {
            reject(binding, e.field(), e);
            return FORM;
        }
    }

    @GetMapping("/{id}")
    String show(Actor actor, @PathVariable ChangeOrderId id, Model model) {
        model.addAttribute("linkForm", new ChangeOrderItemLink(null, null));
        model.addAttribute("rejectForm", new ChangeOrderRejection(null));
        return render(actor, id, model);
    }

    /** Links the item of the chosen draft revision. */
    @PostMapping("/{id}/items")
    String link(Actor actor, @PathVariable ChangeOrderId id, @ModelAttribute("linkForm") ChangeOrderItemLink form,
                BindingResult binding, Model model, RedirectAttributes redirect) {
        if (!binding.hasErrors() && form.revisionId() == null) {
            binding.rejectValue("revisionId", "NotNull");
        }
        if (!binding.hasErrors()) {
            try {
                ItemId item = itemOf(actor, form.revisionId());
                changeOrders.linkItem(actor, id, new ChangeOrderItemLink(item, form.revisionId()));
                Flash.success(redirect, "changeOrder.flash.linked");
                return "redirect:/change-orders/" + id;
            } catch (InvalidInput e) {
                reject(binding, "revisionId", e);
            }
        }
        model.addAttribute("rejectForm", new ChangeOrderRejection(null));
        return render(actor, id, model);
    }

    @PostMapping("/{id}/items/{itemId}/remove")
    String unlink(Actor actor, @PathVariable ChangeOrderId id, @PathVariable ItemId itemId, RedirectAttributes redirect) {
        return step(id, redirect, "changeOrder.flash.unlinked", () -> changeOrders.unlinkItem(actor, id, itemId));
    }

    @PostMapping("/{id}/submit")
    String submit(Actor actor, @PathVariable ChangeOrderId id, RedirectAttributes redirect) {
        return step(id, redirect, "changeOrder.flash.submitted", () -> changeOrders.submit(actor, id));
    }

    @PostMapping("/{id}/approve")
    String approve(Actor actor, @PathVariable ChangeOrderId id, RedirectAttributes redirect) {
        return step(id, redirect, "changeOrder.flash.approved", () -> changeOrders.approve(actor, id));
    }

    @PostMapping("/{id}/reject")
    String rejectOrder(Actor actor, @PathVariable ChangeOrderId id,
                       @Valid @ModelAttribute("rejectForm") ChangeOrderRejection form, BindingResult binding, Model model,
                       RedirectAttributes redirect) {
        if (!binding.hasErrors()) {
            try {
                return step(id, redirect, "changeOrder.flash.rejected", () -> changeOrders.reject(actor, id, form));
            } catch (InvalidInput e) {
                reject(binding, "reason", e);
            }
        }
        model.addAttribute("linkForm", new ChangeOrderItemLink(null, null));
        return render(actor, id, model);
    }

    @PostMapping("/{id}/release")
    String release(Actor actor, @PathVariable ChangeOrderId id, RedirectAttributes redirect) {
        return step(id, redirect, "changeOrder.flash.released", () -> changeOrders.release(actor, id));
    }

    private String render(Actor actor, ChangeOrderId id, Model model) {
        ChangeOrder order = changeOrders.get(actor, id);
        ChangeOrderActions actions = changeOrders.actions(actor, order);
        model.addAttribute("order", order);
        model.addAttribute("actions", actions);
        model.addAttribute("history", changeOrders.history(actor, id));
        model.addAttribute("candidates", actions.link() ? changeOrders.candidates(actor) : List.of());
        return PAGE;
    }

    /** A step that the state may refuse: the refusal is shown on the order's page, not as an error page. */
    private static String step(ChangeOrderId id, RedirectAttributes redirect, String done, Runnable action) {
        try {
            action.run();
            Flash.success(redirect, done);
        } catch (StateRefused e) {
            Flash.failure(redirect, e.messageKey(), e.arguments());
        }
        return "redirect:/change-orders/" + id;
    }

    private ItemId itemOf(Actor actor, BomRevisionId revision) {
        try {
            return boms.revision(actor, revision).assemblyId();
        } catch (NotFound e) {
            throw new InvalidInput("revisionId", "changeOrder.unknown-revision");
        }
    }

    private static void reject(BindingResult binding, String field, InvalidInput e) {
        binding.rejectValue(field, e.messageKey(), e.arguments(), e.messageKey());
    }
}
