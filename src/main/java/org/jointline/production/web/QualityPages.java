package org.jointline.production.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.jointline.engineering.Item;
import org.jointline.engineering.ItemId;
import org.jointline.engineering.ItemKind;
import org.jointline.engineering.ItemManagement;
import org.jointline.platform.Actor;
import org.jointline.platform.PageQuery;
import org.jointline.platform.web.Flash;
import org.jointline.platform.web.Htmx;
import org.jointline.production.Disposition;
import org.jointline.production.DispositionDetails;
import org.jointline.production.Nonconformance;
import org.jointline.production.NonconformanceDetails;
import org.jointline.production.NonconformanceId;
import org.jointline.production.NonconformanceStatus;
import org.jointline.production.NonconformanceSubject;
import org.jointline.production.QualityManagement;
import org.jointline.production.TestKind;
import org.jointline.production.TestTemplateDetails;
import org.jointline.production.TestTemplateId;
import org.jointline.production.UnitId;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Quality pages: nonconformances with their disposition and approval, test templates per item. */
@Controller
class QualityPages {

    @org.springframework.web.bind.annotation.InitBinder
    void blankIds(org.springframework.web.bind.WebDataBinder binder) {
        BlankIds.register(binder);
    }

    private final QualityManagement quality;
    private final ItemManagement items;

    QualityPages(QualityManagement quality, ItemManagement items) {
        this.quality = quality;
        this.items = items;
    }

    @GetMapping("/nonconformances")
    String list(Actor actor, @RequestParam(required = false) Integer page, @RequestParam(required = false) String q,
                @RequestParam(required = false) NonconformanceStatus status, Model model, HttpServletRequest request) {
        model.addAttribute("result", quality.nonconformances(actor, PageQuery.of(page, 20, q), status));
        model.addAttribute("q", q);
        model.addAttribute("status", status);
        model.addAttribute("statuses", NonconformanceStatus.values());
        return Htmx.view(request, "production/nonconformances", "table");
    }

    @GetMapping("/nonconformances/new")
    String openForm(Actor actor, @RequestParam(required = false) UnitId unitId, Model model) {
        model.addAttribute("unitId", unitId);
        return openPage(actor, model);
    }

    @PostMapping("/nonconformances")
    String open(Actor actor, @RequestParam(required = false) NonconformanceSubject subject,
                @RequestParam(required = false) UnitId unitId, @RequestParam(required = false) ItemId itemId,
                @RequestParam(required = false) String lot, @RequestParam(required = false) String receiptReference,
                @RequestParam(required = false) String description, Model model, HttpServletResponse response,
                RedirectAttributes redirect) {
        String view = Refusals.attempt(model, response, () -> {
            if (subject == null) {
                throw new org.jointline.platform.InvalidInput("subject", "production.form.required");
            }
            if (description == null || description.isBlank()) {
                throw new org.jointline.platform.InvalidInput("description", "production.form.required");
            }
            Nonconformance nc = quality.open(actor, new NonconformanceDetails(subject, unitId, itemId, lot, receiptReference, description));
            Flash.success(redirect, "production.flash.nc-opened", nc.number());
            return "redirect:/nonconformances/" + nc.id();
        });
        if (view != null) {
            return view;
        }
        model.addAttribute("subject", subject);
        model.addAttribute("unitId", unitId);
        model.addAttribute("itemId", itemId);
        model.addAttribute("lot", lot);
        model.addAttribute("receiptReference", receiptReference);
        model.addAttribute("description", description);
        return openPage(actor, model);
    }

    @GetMapping("/nonconformances/{id}")
    String show(Actor actor, @PathVariable NonconformanceId id, Model model) {
        model.addAttribute("nc", quality.nonconformance(actor, id));
        model.addAttribute("dispositions", Disposition.values());
        return "production/nonconformance";
    }

    @PostMapping("/nonconformances/{id}/disposition")
    String disposition(Actor actor, @PathVariable NonconformanceId id, @RequestParam(required = false) Disposition disposition,
                       @RequestParam(required = false) String note, @RequestParam(required = false) String rootCause,
                       @RequestParam(required = false) String correctiveAction, Model model, HttpServletResponse response,
                       RedirectAttributes redirect) {
        String view = Refusals.attempt(model, response, () -> {
            if (disposition == null) {
                throw new org.jointline.platform.InvalidInput("disposition", "production.form.required");
            }
            Nonconformance nc = quality.disposition(actor, id, new DispositionDetails(disposition, note, rootCause, correctiveAction));
            Flash.success(redirect, "production.flash.nc-dispositioned", nc.number());
            return "redirect:/nonconformances/" + id;
        });
        return view != null ? view : show(actor, id, model);
    }

    @PostMapping("/nonconformances/{id}/dispatch-return")
    String dispatchReturn(Actor actor, @PathVariable NonconformanceId id, Model model, HttpServletResponse response,
                          RedirectAttributes redirect) {
        String view = Refusals.attempt(model, response, () -> {
            Nonconformance nc = quality.dispatchReturn(actor, id);
            Flash.success(redirect, "production.flash.return-dispatched", nc.number(), nc.returned().shipmentNumber());
            return "redirect:/nonconformances/" + id;
        });
        return view != null ? view : show(actor, id, model);
    }

    @PostMapping("/nonconformances/{id}/approval")
    String approve(Actor actor, @PathVariable NonconformanceId id, RedirectAttributes redirect) {
        Nonconformance nc = quality.approve(actor, id);
        Flash.success(redirect, "production.flash.nc-approved", nc.number());
        return "redirect:/nonconformances/" + id;
    }

    @GetMapping("/test-templates")
    String templates(Actor actor, @RequestParam(required = false) ItemId itemId, Model model) {
        List<Item> assemblies = assemblies(actor);
        ItemId chosen = itemId != null ? itemId : assemblies.isEmpty() ? null : assemblies.getFirst().id();
        model.addAttribute("assemblies", assemblies);
        model.addAttribute("itemId", chosen);
        model.addAttribute("templates", chosen == null ? List.of() : quality.templates(actor, chosen));
        model.addAttribute("kinds", TestKind.values());
        return "production/test-templates";
    }

    @PostMapping("/test-templates")
    String createTemplate(Actor actor, @RequestParam ItemId itemId, @RequestParam(required = false) String name,
                          @RequestParam(required = false) TestKind kind, @RequestParam(defaultValue = "false") boolean required,
                          @RequestParam(required = false) String minimum, @RequestParam(required = false) String maximum,
                          @RequestParam(required = false) String unitOfMeasure, @RequestParam(required = false) String choices,
                          @RequestParam(required = false) String passingChoices,
                          @RequestParam(defaultValue = "false") boolean attachmentRequired, Model model,
                          HttpServletResponse response, RedirectAttributes redirect) {
        String view = Refusals.attempt(model, response, () -> {
            if (name == null || name.isBlank() || kind == null) {
                throw new org.jointline.platform.InvalidInput(name == null || name.isBlank() ? "name" : "kind", "production.form.required");
            }
            quality.createTemplate(actor, new TestTemplateDetails(itemId, name.strip(), kind, required, number("minimum", minimum),
                    number("maximum", maximum),
                    unitOfMeasure == null || unitOfMeasure.isBlank() ? null : unitOfMeasure.strip(), split(choices),
                    split(passingChoices), attachmentRequired, null));
            Flash.success(redirect, "flash.saved", name.strip());
            return "redirect:/test-templates?itemId=" + itemId;
        });
        return view != null ? view : templates(actor, itemId, model);
    }

    @PostMapping("/test-templates/{id}/retire")
    String retire(Actor actor, @PathVariable TestTemplateId id, RedirectAttributes redirect) {
        ItemId item = quality.template(actor, id).itemId();
        quality.retireTemplate(actor, id);
        Flash.success(redirect, "production.flash.template-retired");
        return "redirect:/test-templates?itemId=" + item;
    }

    private String openPage(Actor actor, Model model) {
        model.addAttribute("subjects", NonconformanceSubject.values());
        model.addAttribute("parts", items.list(actor, new PageQuery(0, PageQuery.MAX_SIZE, null), ItemKind.PART).items());
        return "production/nonconformance-form";
    }

    private List<Item> assemblies(Actor actor) {
        List<Item> found = new java.util.ArrayList<>(items.list(actor, new PageQuery(0, PageQuery.MAX_SIZE, null), ItemKind.END_ITEM).items());
        found.addAll(items.list(actor, new PageQuery(0, PageQuery.MAX_SIZE, null), ItemKind.ASSEMBLY).items());
        return found;
    }

    private static BigDecimal number(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(text.strip().replace(',', '.'));
        } catch (NumberFormatException e) {
            throw new org.jointline.platform.InvalidInput(field, "production.form.number", text);
        }
    }

    private static List<String> split(String text) {
        return text == null ? List.of() : Arrays.stream(text.split("[,;\\n]")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
