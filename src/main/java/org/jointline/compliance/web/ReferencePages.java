package org.jointline.compliance.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.io.IOException;
import org.jointline.compliance.ComplianceRules;
import org.jointline.compliance.ControlListImport;
import org.jointline.compliance.ControlLists;
import org.jointline.compliance.EmbargoDetails;
import org.jointline.compliance.Outcome;
import org.jointline.compliance.Regime;
import org.jointline.compliance.RuleChange;
import org.jointline.platform.Actor;
import org.jointline.platform.InvalidInput;
import org.jointline.platform.PageQuery;
import org.jointline.platform.web.Flash;
import org.jointline.platform.web.FormErrors;
import org.jointline.platform.web.Htmx;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Control lists with their import history, and the embargoes and rules with their change history. */
@Controller
@RequestMapping("/compliance")
class ReferencePages {

    private final ControlLists lists;
    private final ComplianceRules rules;

    ReferencePages(ControlLists lists, ComplianceRules rules) {
        this.lists = lists;
        this.rules = rules;
    }

    @GetMapping("/control-lists")
    String controlLists(Actor actor, @RequestParam(required = false) Regime regime,
                        @RequestParam(required = false) Integer page, @RequestParam(required = false) String q,
                        Model model, HttpServletRequest request) {
        model.addAttribute("entries", lists.entries(regime, PageQuery.of(page, 25, q)));
        model.addAttribute("regime", regime);
        model.addAttribute("regimes", Regime.values());
        model.addAttribute("q", q);
        if (Htmx.isHtmx(request)) {
            return "compliance/control-lists :: entries";
        }
        model.addAttribute("imports", lists.imports(new PageQuery(0, 20, null)));
        model.addAttribute("mayImport", lists.mayImport(actor));
        return "compliance/control-lists";
    }

    @PostMapping("/control-lists/imports")
    String importList(Actor actor, @RequestParam("file") MultipartFile file, Model model, RedirectAttributes redirect,
                      HttpServletRequest request) throws IOException {
        try {
            if (file.isEmpty()) {
                throw new InvalidInput("file", "compliance.list-empty");
            }
            ControlListImport done = lists.importDualUse(actor, file.getOriginalFilename(), file.getInputStream());
            Flash.success(redirect, "compliance.flash.imported", done.version(), done.added(), done.changed(), done.removed());
            return "redirect:/compliance/control-lists";
        } catch (InvalidInput e) {
            model.addAttribute("importError", e);
            BindingResult binding = new BeanPropertyBindingResult(new Object(), "upload");
            binding.reject(e.messageKey(), e.arguments(), e.messageKey());
            model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "upload", binding);
            return controlLists(actor, null, null, null, model, request);
        }
    }

    @GetMapping("/rules")
    String rules(Actor actor, @RequestParam(required = false) Integer page, Model model) {
        model.addAttribute("embargoes", rules.embargoes());
        model.addAttribute("rules", rules.rules());
        model.addAttribute("history", rules.history(PageQuery.of(page, 20, null)));
        model.addAttribute("outcomes", new Outcome[]{Outcome.HELD, Outcome.BLOCKED});
        model.addAttribute("mayChange", actor.isAdministrator());
        if (!model.containsAttribute("embargo")) {
            model.addAttribute("embargo", new EmbargoDetails(null, null, true, null));
        }
        return "compliance/rules";
    }

    @PostMapping("/rules/{code}")
    String changeRule(Actor actor, @PathVariable String code, @Valid @ModelAttribute("change") RuleChange change,
                      BindingResult binding, Model model, RedirectAttributes redirect) {
        if (!binding.hasErrors()) {
            try {
                rules.changeRule(actor, code, change);
                Flash.success(redirect, "flash.saved", code);
                return "redirect:/compliance/rules";
            } catch (InvalidInput e) {
                FormErrors.reject(binding, e);
            }
        }
        model.addAttribute("failedRule", code);
        return rules(actor, null, model);
    }

    @PostMapping("/embargoes")
    String embargo(Actor actor, @Valid @ModelAttribute("embargo") EmbargoDetails embargo, BindingResult binding,
                   Model model, RedirectAttributes redirect) {
        if (binding.hasErrors()) {
            return rules(actor, null, model);
        }
        rules.setEmbargo(actor, embargo);
        Flash.success(redirect, "flash.saved", embargo.country());
        return "redirect:/compliance/rules";
    }
}
