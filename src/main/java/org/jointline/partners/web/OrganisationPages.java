package org.jointline.partners.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.jointline.partners.FacilityManagement;
import org.jointline.partners.Organisation;
import org.jointline.partners.OrganisationDetails;
import org.jointline.partners.OrganisationId;
import org.jointline.partners.OrganisationKind;
import org.jointline.partners.OrganisationManagement;
import org.jointline.partners.PeopleManagement;
import org.jointline.platform.Actor;
import org.jointline.platform.InvalidInput;
import org.jointline.platform.PageQuery;
import org.jointline.platform.Role;
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

@Controller
@RequestMapping("/organisations")
class OrganisationPages {

    private static final String FORM = "partners/organisation-form";
    private final OrganisationManagement organisations;
    private final FacilityManagement facilities;
    private final PeopleManagement people;

    OrganisationPages(OrganisationManagement organisations, FacilityManagement facilities, PeopleManagement people) {
        this.organisations = organisations;
        this.facilities = facilities;
        this.people = people;
    }

    @ModelAttribute("kinds")
    OrganisationKind[] kinds() {
        return OrganisationKind.values();
    }

    @GetMapping
    String list(Actor actor, @RequestParam(required = false) Integer page, @RequestParam(required = false) String q,
                Model model, HttpServletRequest request) {
        model.addAttribute("result", organisations.list(actor, PageQuery.of(page, 20, q)));
        model.addAttribute("q", q);
        return Htmx.view(request, "partners/organisations", "table");
    }

    @GetMapping("/{id}")
    String show(Actor actor, @PathVariable OrganisationId id, Model model) {
        Organisation organisation = organisations.get(actor, id);
        model.addAttribute("organisation", organisation);
        model.addAttribute("mayManage", organisations.mayManage(actor, id));
        model.addAttribute("facilities", facilities.list(actor, new PageQuery(0, PageQuery.MAX_SIZE, null), id).items());
        boolean ownPeople = actor.isAdministrator() || actor.actsFor(id.value());
        model.addAttribute("people", ownPeople ? people.list(actor, new PageQuery(0, PageQuery.MAX_SIZE, null)).items()
                .stream().filter(p -> p.organisationId().equals(id)).toList() : null);
        return "partners/organisation";
    }

    @GetMapping("/new")
    String createForm(Actor actor, Model model) {
        actor.require(Role.PROGRAMME_OFFICE);
        model.addAttribute("form", new OrganisationDetails(null, null, null, null, null, null));
        return FORM;
    }

    @PostMapping
    String create(Actor actor, @Valid @ModelAttribute("form") OrganisationDetails form, BindingResult binding,
                  RedirectAttributes redirect) {
        if (binding.hasErrors()) {
            return FORM;
        }
        try {
            Organisation created = organisations.register(actor, form);
            Flash.success(redirect, "flash.saved", created.name());
            return "redirect:/organisations/" + created.id();
        } catch (InvalidInput e) {
            FormErrors.reject(binding, e);
            return FORM;
        }
    }

    @GetMapping("/{id}/edit")
    String editForm(Actor actor, @PathVariable OrganisationId id, Model model) {
        Organisation o = organisations.get(actor, id);
        model.addAttribute("organisationId", id);
        model.addAttribute("form", new OrganisationDetails(o.name(), o.kind(), o.country(), o.city(), o.registrationNumber(), o.version()));
        return FORM;
    }

    @PostMapping("/{id}")
    String update(Actor actor, @PathVariable OrganisationId id, @Valid @ModelAttribute("form") OrganisationDetails form,
                  BindingResult binding, Model model, RedirectAttributes redirect) {
        model.addAttribute("organisationId", id);
        if (binding.hasErrors()) {
            return FORM;
        }
        try {
            Organisation saved = organisations.update(actor, id, form);
            Flash.success(redirect, "flash.saved", saved.name());
            return "redirect:/organisations/" + id;
        } catch (InvalidInput e) {
            FormErrors.reject(binding, e);
            return FORM;
        }
    }
}
