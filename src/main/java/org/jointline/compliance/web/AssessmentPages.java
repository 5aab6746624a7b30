package org.jointline.compliance.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.jointline.compliance.AssessmentDetails;
import org.jointline.compliance.AssessmentId;
import org.jointline.compliance.AssessmentQueue;
import org.jointline.compliance.Outcome;
import org.jointline.compliance.ReviewDecision;
import org.jointline.platform.Actor;
import org.jointline.platform.PageQuery;
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

/** The officer's queue (held transfers), every recorded assessment, and an assessment with its reasons. */
@Controller
@RequestMapping("/compliance")
class AssessmentPages {

    private final AssessmentQueue queue;
    private final ScreeningLink screening;

    AssessmentPages(AssessmentQueue queue, ScreeningLink screening) {
        this.queue = queue;
        this.screening = screening;
    }

    @GetMapping("/queue")
    String queue(Actor actor, @RequestParam(required = false) Integer page, @RequestParam(required = false) String q,
                 Model model, HttpServletRequest request) {
        model.addAttribute("queue", true);
        model.addAttribute("heldParties", screening.held(actor));
        return list(actor, Outcome.HELD, page, q, model, request);
    }

    @GetMapping("/assessments")
    String assessments(Actor actor, @RequestParam(required = false) Outcome outcome,
                       @RequestParam(required = false) Integer page, @RequestParam(required = false) String q,
                       Model model, HttpServletRequest request) {
        model.addAttribute("queue", false);
        return list(actor, outcome, page, q, model, request);
    }

    private String list(Actor actor, Outcome outcome, Integer page, String q, Model model, HttpServletRequest request) {
        model.addAttribute("result", queue.list(actor, outcome, PageQuery.of(page, 20, q)));
        model.addAttribute("outcome", outcome);
        model.addAttribute("outcomes", Outcome.values());
        model.addAttribute("q", q);
        return Htmx.view(request, "compliance/assessments", "table");
    }

    @GetMapping("/assessments/{id}")
    String show(Actor actor, @PathVariable AssessmentId id, Model model) {
        model.addAttribute("form", new ReviewDecision(null));
        return page(actor, id, model);
    }

    @PostMapping("/assessments/{id}/release")
    String release(Actor actor, @PathVariable AssessmentId id, @Valid @ModelAttribute("form") ReviewDecision form,
                   BindingResult binding, Model model, RedirectAttributes redirect) {
        if (binding.hasErrors()) {
            return page(actor, id, model);
        }
        queue.release(actor, id, form);
        Flash.success(redirect, "compliance.flash.released");
        return "redirect:/compliance/assessments/" + id;
    }

    @PostMapping("/assessments/{id}/refuse")
    String refuse(Actor actor, @PathVariable AssessmentId id, @Valid @ModelAttribute("form") ReviewDecision form,
                  BindingResult binding, Model model, RedirectAttributes redirect) {
        if (binding.hasErrors()) {
            return page(actor, id, model);
        }
        queue.refuse(actor, id, form);
        Flash.success(redirect, "compliance.flash.refused");
        return "redirect:/compliance/assessments/" + id;
    }

    private String page(Actor actor, AssessmentId id, Model model) {
        AssessmentDetails a = queue.details(actor, id);
        model.addAttribute("a", a);
        model.addAttribute("mayReview", a.held() && queue.mayReview(actor, a.ownerId()));
        return "compliance/assessment";
    }
}
