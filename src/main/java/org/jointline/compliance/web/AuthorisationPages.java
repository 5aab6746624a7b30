package org.jointline.compliance.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.util.Map;
import org.jointline.compliance.Authorisation;
import org.jointline.compliance.AuthorisationId;
import org.jointline.compliance.AuthorisationType;
import org.jointline.compliance.Authorisations;
import org.jointline.compliance.Regime;
import org.jointline.partners.Organisation;
import org.jointline.partners.OrganisationManagement;
import org.jointline.platform.Actor;
import org.jointline.platform.InvalidInput;
import org.jointline.platform.PageQuery;
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

/** Authorisations with their drawdown, the form to register one, and end-user certificates. */
@Controller
@RequestMapping("/compliance")
class AuthorisationPages {

    private static final Map<String, String> FIELDS = Map.of("codes", "codes", "items", "codes", "consignees", "consignees");

    private final Authorisations authorisations;
    private final OrganisationManagement organisations;

    AuthorisationPages(Authorisations authorisations, OrganisationManagement organisations) {
        this.authorisations = authorisations;
        this.organisations = organisations;
    }

    @InitBinder({"form", "certificate"})
    void trim(WebDataBinder binder) {
        binder.registerCustomEditor(String.class, new StringTrimmerEditor(true));
    }

    @GetMapping("/authorisations")
    String list(Actor actor, @RequestParam(required = false) Integer page, @RequestParam(required = false) String q,
                Model model, HttpServletRequest request) {
        model.addAttribute("result", authorisations.list(actor, PageQuery.of(page, 20, q)));
        model.addAttribute("q", q);
        model.addAttribute("certificates", authorisations.certificates(actor));
        model.addAttribute("mayManage", authorisations.mayManage(actor, actor.organisationId()));
        return Htmx.view(request, "compliance/authorisations", "table");
    }

    @GetMapping("/authorisations/{id}")
    String show(Actor actor, @PathVariable AuthorisationId id, Model model) {
        Authorisation a = authorisations.get(actor, id);
        model.addAttribute("a", a);
        model.addAttribute("drawdowns", authorisations.drawdowns(actor, id));
        model.addAttribute("names", names(actor));
        model.addAttribute("mayManage", authorisations.mayManage(actor, a.holderId()) && !a.revoked());
        return "compliance/authorisation";
    }

    @GetMapping("/authorisations/new")
    String createForm(Actor actor, Model model) {
        model.addAttribute("form", AuthorisationForm.empty(actor.organisationId()));
        return form(actor, model);
    }

    @PostMapping("/authorisations")
    String create(Actor actor, @Valid @ModelAttribute("form") AuthorisationForm form, BindingResult binding, Model model,
                  RedirectAttributes redirect) {
        if (binding.hasErrors()) {
            return form(actor, model);
        }
        try {
            Authorisation created = authorisations.register(actor, form.details());
            Flash.success(redirect, "flash.saved", created.reference());
            return "redirect:/compliance/authorisations/" + created.id();
        } catch (InvalidInput e) {
            FormErrors.reject(binding, e, FIELDS);
            return form(actor, model);
        }
    }

    @PostMapping("/authorisations/{id}/revoke")
    String revoke(Actor actor, @PathVariable AuthorisationId id, RedirectAttributes redirect) {
        Authorisation a = authorisations.revoke(actor, id);
        Flash.success(redirect, "compliance.flash.revoked", a.reference());
        return "redirect:/compliance/authorisations/" + id;
    }

    @GetMapping("/certificates/new")
    String certificateForm(Actor actor, Model model) {
        model.addAttribute("certificate", CertificateForm.empty());
        return certificatePage(actor, model);
    }

    @PostMapping("/certificates")
    String createCertificate(Actor actor, @Valid @ModelAttribute("certificate") CertificateForm form, BindingResult binding,
                             Model model, RedirectAttributes redirect) {
        if (binding.hasErrors()) {
            return certificatePage(actor, model);
        }
        try {
            authorisations.registerCertificate(actor, form.details());
            Flash.success(redirect, "flash.saved", form.reference());
            return "redirect:/compliance/authorisations";
        } catch (InvalidInput e) {
            FormErrors.reject(binding, e);
            return certificatePage(actor, model);
        }
    }

    private String certificatePage(Actor actor, Model model) {
        model.addAttribute("organisations", organisations.choices(actor));
        return "compliance/certificate-form";
    }

    private String form(Actor actor, Model model) {
        model.addAttribute("types", AuthorisationType.values());
        model.addAttribute("regimes", Regime.values());
        model.addAttribute("organisations", organisations.choices(actor));
        return "compliance/authorisation-form";
    }

    private Map<java.util.UUID, String> names(Actor actor) {
        return organisations.choices(actor).stream().collect(java.util.stream.Collectors.toMap(o -> o.id().value(),
                Organisation::name));
    }
}
