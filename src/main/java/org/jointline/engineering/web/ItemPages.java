package org.jointline.engineering.web;

import jakarta.servlet.http.HttpServletRequest;
import java.math.BigDecimal;
import java.util.List;
import org.jointline.engineering.BomManagement;
import org.jointline.engineering.BomRevision;
import org.jointline.engineering.Item;
import org.jointline.engineering.ItemDetails;
import org.jointline.engineering.ItemId;
import org.jointline.engineering.ItemKind;
import org.jointline.engineering.ItemManagement;
import org.jointline.engineering.RevisionStatus;
import org.jointline.engineering.Tracking;
import org.jointline.engineering.UnitOfMeasure;
import org.jointline.partners.OrganisationId;
import org.jointline.platform.Actor;
import org.jointline.platform.InvalidInput;
import org.jointline.platform.PageQuery;
import org.jointline.platform.Role;
import org.jointline.platform.web.Flash;
import org.jointline.platform.web.FormErrors;
import org.jointline.platform.web.Htmx;
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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Items: the list, the form, the item page with its revisions, BOM tree and where-used. */
@Controller
@RequestMapping("/items")
class ItemPages {

    private static final String FORM = "engineering/item-form";
    private final ItemManagement items;
    private final BomManagement boms;
    private final ItemForms forms;

    ItemPages(ItemManagement items, BomManagement boms, ItemForms forms) {
        this.items = items;
        this.boms = boms;
        this.forms = forms;
    }

    @InitBinder("form")
    void trim(WebDataBinder binder) {
        binder.registerCustomEditor(String.class, new StringTrimmerEditor(true));
    }

    @GetMapping
    String list(Actor actor, @RequestParam(required = false) Integer page, @RequestParam(required = false) String q,
                @RequestParam(required = false) ItemKind kind, Model model, HttpServletRequest request) {
        model.addAttribute("result", items.list(actor, PageQuery.of(page, 20, q), kind));
        model.addAttribute("q", q);
        model.addAttribute("kind", kind);
        model.addAttribute("kinds", ItemKind.values());
        model.addAttribute("ownerNames", forms.ownerNames(actor));
        return Htmx.view(request, "engineering/items", "table");
    }

    @GetMapping("/{id}")
    String show(Actor actor, @PathVariable ItemId id, Model model) {
        Item item = items.get(actor, id);
        model.addAttribute("item", item);
        model.addAttribute("ownerName", forms.ownerNames(actor).getOrDefault(item.ownerId(), ""));
        model.addAttribute("mayChange", items.mayChange(actor, item));
        model.addAttribute("whereUsed", boms.whereUsed(actor, id));
        if (item.kind().isAssembly()) {
            List<BomRevision> revisions = boms.revisions(actor, id);
            model.addAttribute("revisions", revisions);
            model.addAttribute("draftExists", revisions.stream().anyMatch(r -> r.status() == RevisionStatus.DRAFT));
            model.addAttribute("rootId", id);
            model.addAttribute("tree", TreeRow.children(boms.explode(actor, id, null, 1, null), null, 1, BigDecimal.ONE));
        }
        return "engineering/item";
    }

    @GetMapping("/new")
    String createForm(Actor actor, Model model) {
        actor.require(Role.ENGINEER);
        model.addAttribute("form", new ItemDetails(new OrganisationId(actor.organisationId()), null, null, null,
                ItemKind.PART, UnitOfMeasure.EA, Tracking.NONE, null, null, List.of(), null));
        return form(actor, model);
    }

    @PostMapping
    String create(Actor actor, @ModelAttribute("form") ItemDetails submitted, BindingResult binding, Model model,
                  RedirectAttributes redirect) {
        BindingResult checked = forms.validate(submitted, binding, model);
        if (checked.hasErrors()) {
            return form(actor, model);
        }
        try {
            Item created = items.create(actor, (ItemDetails) checked.getTarget());
            Flash.success(redirect, "flash.saved", created.number());
            return "redirect:/items/" + created.id();
        } catch (InvalidInput e) {
            FormErrors.reject(checked, e);
            return form(actor, model);
        }
    }

    @GetMapping("/{id}/edit")
    String editForm(Actor actor, @PathVariable ItemId id, Model model) {
        Item item = items.get(actor, id);
        model.addAttribute("item", item);
        model.addAttribute("form", ItemForms.of(item));
        return form(actor, model);
    }

    @PostMapping("/{id}")
    String update(Actor actor, @PathVariable ItemId id, @ModelAttribute("form") ItemDetails submitted,
                  BindingResult binding, Model model, RedirectAttributes redirect) {
        model.addAttribute("item", items.get(actor, id));
        BindingResult checked = forms.validate(submitted, binding, model);
        if (checked.hasErrors()) {
            return form(actor, model);
        }
        try {
            Item saved = items.update(actor, id, (ItemDetails) checked.getTarget());
            Flash.success(redirect, "flash.saved", saved.number());
            return "redirect:/items/" + id;
        } catch (InvalidInput e) {
            FormErrors.reject(checked, e);
            return form(actor, model);
        }
    }

    @PostMapping("/{id}/release")
    String release(Actor actor, @PathVariable ItemId id, RedirectAttributes redirect) {
        Item item = items.release(actor, id);
        Flash.success(redirect, "flash.item-released", item.number());
        return "redirect:/items/" + id;
    }

    @PostMapping("/{id}/obsolete")
    String obsolete(Actor actor, @PathVariable ItemId id, RedirectAttributes redirect) {
        Item item = items.makeObsolete(actor, id);
        Flash.success(redirect, "flash.item-obsolete", item.number());
        return "redirect:/items/" + id;
    }

    @PostMapping("/{id}/revisions")
    String startRevision(Actor actor, @PathVariable ItemId id, RedirectAttributes redirect) {
        BomRevision revision = boms.startRevision(actor, id, null);
        Flash.success(redirect, "flash.revision-started", revision.label());
        return "redirect:/boms/revisions/" + revision.id();
    }

    private String form(Actor actor, Model model) {
        model.addAttribute("owners", forms.owners(actor));
        model.addAttribute("kinds", ItemKind.values());
        model.addAttribute("units", UnitOfMeasure.values());
        model.addAttribute("trackings", Tracking.values());
        model.addAttribute("partRows", ItemForms.partRows((ItemDetails) model.getAttribute("form")));
        return FORM;
    }
}
