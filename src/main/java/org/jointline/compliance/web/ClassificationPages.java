package org.jointline.compliance.web;

import jakarta.validation.Valid;
import java.util.UUID;
import org.jointline.compliance.ClassificationDetails;
import org.jointline.compliance.Classifications;
import org.jointline.compliance.Regime;
import org.jointline.compliance.UsContent;
import org.jointline.compliance.UsContentDetails;
import org.jointline.engineering.Item;
import org.jointline.engineering.ItemId;
import org.jointline.engineering.ItemManagement;
import org.jointline.platform.Actor;
import org.jointline.platform.InvalidInput;
import org.jointline.platform.web.FormErrors;
import org.springframework.beans.propertyeditors.StringTrimmerEditor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The classification card on engineering's item page, loaded with htmx (engineering does not depend on
 * compliance): current entries, history, the suggestion from components, and the officer's forms.
 */
@Controller
@RequestMapping("/compliance/items/{id}")
class ClassificationPages {

    private static final String VIEW = "compliance/classification :: card";

    private final Classifications classifications;
    private final ItemManagement items;

    ClassificationPages(Classifications classifications, ItemManagement items) {
        this.classifications = classifications;
        this.items = items;
    }

    @InitBinder({"entry", "usContent"})
    void trim(WebDataBinder binder) {
        binder.registerCustomEditor(String.class, new StringTrimmerEditor(true));
    }

    @GetMapping("/classification")
    String card(Actor actor, @PathVariable ItemId id, Model model) {
        return card(actor, id, model, new ClassificationDetails(Regime.EU_DUAL_USE, null, null), null);
    }

    @PostMapping("/classification")
    String classify(Actor actor, @PathVariable ItemId id, @Valid @ModelAttribute("entry") ClassificationDetails entry,
                    BindingResult binding, Model model) {
        if (!binding.hasErrors()) {
            try {
                classifications.classify(actor, id, entry);
                return card(actor, id, model, new ClassificationDetails(entry.regime(), null, null), null);
            } catch (InvalidInput e) {
                FormErrors.reject(binding, e);
            }
        }
        return card(actor, id, model, entry, null);
    }

    @PostMapping("/classification/{entry}/withdraw")
    String withdraw(Actor actor, @PathVariable ItemId id, @PathVariable UUID entry, @RequestParam(required = false) String reason,
                    Model model) {
        try {
            classifications.withdraw(actor, entry, reason);
        } catch (InvalidInput e) {
            model.addAttribute("withdrawError", entry);
        }
        return card(actor, id, model, new ClassificationDetails(Regime.EU_DUAL_USE, null, null), null);
    }

    @PostMapping("/us-content")
    String usContent(Actor actor, @PathVariable ItemId id, @Valid @ModelAttribute("usContent") UsContentDetails form,
                     BindingResult binding, Model model) {
        if (!binding.hasErrors()) {
            try {
                classifications.setUsContent(actor, id, form);
                return card(actor, id, model, new ClassificationDetails(Regime.EU_DUAL_USE, null, null), null);
            } catch (InvalidInput e) {
                FormErrors.reject(binding, e);
            }
        }
        return card(actor, id, model, new ClassificationDetails(Regime.EU_DUAL_USE, null, null), form);
    }

    private String card(Actor actor, ItemId id, Model model, ClassificationDetails entry, UsContentDetails usForm) {
        Item item = items.get(actor, id);
        var classification = classifications.of(actor, id);
        model.addAttribute("item", item);
        model.addAttribute("classification", classification);
        model.addAttribute("history", classifications.history(actor, id).stream().filter(e -> !e.current()).toList());
        model.addAttribute("suggestions", classifications.suggest(actor, id));
        model.addAttribute("mayClassify", classifications.mayClassify(actor, item.ownerId()));
        model.addAttribute("regimes", Regime.values());
        if (!model.containsAttribute("entry")) {
            model.addAttribute("entry", entry);
            model.addAttribute("org.springframework.validation.BindingResult.entry",
                    new BeanPropertyBindingResult(entry, "entry"));
        }
        if (!model.containsAttribute("usContent")) {
            UsContent current = classification.usContent();
            model.addAttribute("usContent", usForm != null ? usForm : current == null ? new UsContentDetails(null, null)
                    : new UsContentDetails(current.usValue(), current.unitValue()));
            model.addAttribute("org.springframework.validation.BindingResult.usContent",
                    new BeanPropertyBindingResult(model.getAttribute("usContent"), "usContent"));
        }
        return VIEW;
    }
}
