package org.jointline.partners.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.util.EnumSet;
import org.jointline.partners.OrganisationId;
import org.jointline.partners.OrganisationManagement;
import org.jointline.partners.PeopleManagement;
import org.jointline.partners.Person;
import org.jointline.partners.PersonDetails;
import org.jointline.partners.PersonId;
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
@RequestMapping("/people")
class PeoplePages {

    private static final String FORM = "partners/person-form";
    private final PeopleManagement people;
    private final OrganisationManagement organisations;

    PeoplePages(PeopleManagement people, OrganisationManagement organisations) {
        this.people = people;
        this.organisations = organisations;
    }

    @GetMapping
    String list(Actor actor, @RequestParam(required = false) Integer page, @RequestParam(required = false) String q,
                Model model, HttpServletRequest request) {
        model.addAttribute("result", people.list(actor, PageQuery.of(page, 20, q)));
        model.addAttribute("q", q);
        model.addAttribute("mayAdd", people.mayManage(actor, new OrganisationId(actor.organisationId())));
        return Htmx.view(request, "partners/people", "table");
    }

    @GetMapping("/new")
    String createForm(Actor actor, Model model) {
        model.addAttribute("form", new PersonDetails(new OrganisationId(actor.organisationId()), null, null, null,
                EnumSet.noneOf(Role.class), true, null, null));
        return form(actor, model);
    }

    @PostMapping
    String create(Actor actor, @Valid @ModelAttribute("form") PersonDetails form, BindingResult binding, Model model,
                  RedirectAttributes redirect) {
        if (binding.hasErrors()) {
            return form(actor, model);
        }
        try {
            Person created = people.register(actor, form);
            Flash.success(redirect, "flash.saved", created.displayName());
            return "redirect:/people";
        } catch (InvalidInput e) {
            FormErrors.reject(binding, e);
            return form(actor, model);
        }
    }

    @GetMapping("/{id}")
    String editForm(Actor actor, @PathVariable PersonId id, Model model) {
        Person p = people.get(actor, id);
        model.addAttribute("person", p);
        model.addAttribute("form", new PersonDetails(p.organisationId(), p.username(), p.displayName(), p.email(),
                p.roles(), p.enabled(), null, p.version()));
        return form(actor, model);
    }

    @PostMapping("/{id}")
    String update(Actor actor, @PathVariable PersonId id, @Valid @ModelAttribute("form") PersonDetails form,
                  BindingResult binding, Model model, RedirectAttributes redirect) {
        model.addAttribute("person", people.get(actor, id));
        if (binding.hasErrors()) {
            return form(actor, model);
        }
        try {
            Person saved = people.update(actor, id, form);
            Flash.success(redirect, "flash.saved", saved.displayName());
            return "redirect:/people";
        } catch (InvalidInput e) {
            FormErrors.reject(binding, e);
            return form(actor, model);
        }
    }

    private String form(Actor actor, Model model) {
        model.addAttribute("organisations", organisations.choices(actor).stream()
                .filter(o -> people.mayManage(actor, o.id())).toList());
        model.addAttribute("roles", actor.isAdministrator() ? Role.values()
                : EnumSet.complementOf(EnumSet.of(Role.ADMINISTRATOR)).toArray(Role[]::new));
        return FORM;
    }
}
