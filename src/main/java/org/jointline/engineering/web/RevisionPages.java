package org.jointline.engineering.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.jointline.engineering.BomLine;
import org.jointline.engineering.BomLineId;
import org.jointline.engineering.BomManagement;
import org.jointline.engineering.BomRevision;
import org.jointline.engineering.BomRevisionId;
import org.jointline.engineering.Item;
import org.jointline.engineering.ItemManagement;
import org.jointline.engineering.RevisionComparison;
import org.jointline.engineering.RevisionRelease;
import org.jointline.engineering.RevisionStatus;
import org.jointline.platform.Actor;
import org.jointline.platform.InvalidInput;
import org.jointline.platform.StateRefused;
import org.jointline.platform.web.Flash;
import org.jointline.platform.web.FormErrors;
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

/** A BOM revision: its lines, adding and removing lines while it is a draft, release, and comparison. */
@Controller
@RequestMapping("/boms")
class RevisionPages {

    private static final String PAGE = "engineering/revision";
    private static final Map<String, String> LINE_FIELDS = Map.of("componentId", "componentNumber",
            "alternates", "componentNumber", "position", "componentNumber");
    private final ItemManagement items;
    private final BomManagement boms;

    RevisionPages(ItemManagement items, BomManagement boms) {
        this.items = items;
        this.boms = boms;
    }

    @GetMapping("/revisions/{id}")
    String show(Actor actor, @PathVariable BomRevisionId id, Model model) {
        model.addAttribute("lineForm", LineForm.empty());
        model.addAttribute("releaseForm", new RevisionRelease(LocalDate.now(), null, null));
        return page(actor, id, model);
    }

    /** Adds a line; with htmx only the lines card is swapped, shown again with the errors if any. */
    @PostMapping("/revisions/{id}/lines")
    String addLine(Actor actor, @PathVariable BomRevisionId id, @Valid @ModelAttribute("lineForm") LineForm form,
                   BindingResult binding, Model model, HttpServletRequest request, RedirectAttributes redirect) {
        BomRevision revision = draft(actor, id);
        if (!binding.hasErrors()) {
            Optional<Item> component = component(actor, revision, form.componentNumber());
            if (component.isEmpty()) {
                binding.rejectValue("componentNumber", "bom.unknown-component", new Object[] {form.componentNumber()}, null);
            } else {
                try {
                    BomLine line = boms.addLine(actor, id, form.toDetails(component.get().id()));
                    if (!Htmx.isHtmx(request)) {
                        Flash.success(redirect, "flash.line-added", line.componentNumber());
                        return "redirect:/boms/revisions/" + id;
                    }
                    model.addAttribute("lineForm", LineForm.empty());
                } catch (InvalidInput e) {
                    FormErrors.reject(binding, e, LINE_FIELDS);
                }
            }
        }
        model.addAttribute("releaseForm", new RevisionRelease(LocalDate.now(), null, null));
        return Htmx.view(request, page(actor, id, model), "lines");
    }

    @PostMapping("/revisions/{id}/lines/{lineId}/remove")
    String removeLine(Actor actor, @PathVariable BomRevisionId id, @PathVariable BomLineId lineId,
                      RedirectAttributes redirect) {
        boms.removeLine(actor, lineId);
        Flash.success(redirect, "flash.line-removed");
        return "redirect:/boms/revisions/" + id;
    }

    @PostMapping("/revisions/{id}/release")
    String release(Actor actor, @PathVariable BomRevisionId id, @Valid @ModelAttribute("releaseForm") RevisionRelease form,
                   BindingResult binding, Model model, RedirectAttributes redirect) {
        if (binding.hasErrors()) {
            model.addAttribute("lineForm", LineForm.empty());
            return page(actor, id, model);
        }
        BomRevision released = boms.release(actor, id, form);
        Flash.success(redirect, "flash.revision-released", released.label(), released.effectiveFrom());
        return "redirect:/boms/revisions/" + id;
    }

    @GetMapping("/compare")
    String compare(Actor actor, @RequestParam BomRevisionId from, @RequestParam BomRevisionId to, Model model) {
        RevisionComparison comparison = boms.compare(actor, from, to);
        model.addAttribute("comparison", comparison);
        model.addAttribute("item", items.get(actor, comparison.to().assemblyId()));
        return "engineering/compare";
    }

    private String page(Actor actor, BomRevisionId id, Model model) {
        BomRevision revision = boms.revision(actor, id);
        Item item = items.get(actor, revision.assemblyId());
        model.addAttribute("revision", revision);
        model.addAttribute("item", item);
        model.addAttribute("lines", boms.lines(actor, id));
        model.addAttribute("mayChange", revision.status() == RevisionStatus.DRAFT && items.mayChange(actor, item));
        model.addAttribute("others", boms.revisions(actor, item.id()).stream().filter(r -> !r.id().equals(id)).toList());
        return PAGE;
    }

    /** A released revision never changes: refused before looking at what was sent. */
    private BomRevision draft(Actor actor, BomRevisionId id) {
        BomRevision revision = boms.revision(actor, id);
        if (revision.status() != RevisionStatus.DRAFT) {
            throw new StateRefused("bom.released-immutable", revision.label());
        }
        return revision;
    }

    /** The visible item with exactly this number; of several owners, preferably the assembly's. */
    private Optional<Item> component(Actor actor, BomRevision revision, String number) {
        return items.byNumber(actor, number, items.get(actor, revision.assemblyId()).ownerId());
    }
}
