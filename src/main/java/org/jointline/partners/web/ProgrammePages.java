package org.jointline.partners.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.jointline.partners.FacilityManagement;
import org.jointline.partners.MemberRole;
import org.jointline.partners.MembershipDetails;
import org.jointline.partners.OrganisationId;
import org.jointline.partners.OrganisationManagement;
import org.jointline.partners.Programme;
import org.jointline.partners.ProgrammeDetails;
import org.jointline.partners.ProgrammeId;
import org.jointline.partners.ProgrammeManagement;
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
@RequestMapping("/programmes")
class ProgrammePages {

    private final ProgrammeManagement programmes;
    private final OrganisationManagement organisations;
    private final FacilityManagement facilities;

    ProgrammePages(ProgrammeManagement programmes, OrganisationManagement organisations, FacilityManagement facilities) {
        this.programmes = programmes;
        this.organisations = organisations;
        this.facilities = facilities;
    }

    @GetMapping
    String list(Actor actor, @RequestParam(required = false) Integer page, @RequestParam(required = false) String q,
                Model model, HttpServletRequest request) {
        model.addAttribute("result", programmes.list(actor, PageQuery.of(page, 20, q)));
        model.addAttribute("q", q);
        return Htmx.view(request, "partners/programmes", "table");
    }

    @GetMapping("/{id}")
    String show(Actor actor, @PathVariable ProgrammeId id, Model model) {
        model.addAttribute("programme", programmes.get(actor, id));
        var members = programmes.members(actor, id);
        var memberIds = members.stream().map(m -> m.organisationId()).collect(java.util.stream.Collectors.toSet());
        model.addAttribute("members", members);
        model.addAttribute("mayManage", programmes.mayManage(actor, id));
        model.addAttribute("memberForm", new MembershipDetails(null, null));
        model.addAttribute("organisations", organisations.choices(actor));
        model.addAttribute("roles", MemberRole.values());
        model.addAttribute("facilities", facilities.list(actor, new PageQuery(0, PageQuery.MAX_SIZE, null), null).items()
                .stream().filter(f -> memberIds.contains(f.organisationId())).toList());
        return "partners/programme";
    }

    @GetMapping("/new")
    String createForm(Actor actor, Model model) {
        actor.require(Role.ADMINISTRATOR);
        model.addAttribute("form", new ProgrammeDetails(null, null, null, null, null, null));
        return "partners/programme-form";
    }

    @PostMapping
    String create(Actor actor, @Valid @ModelAttribute("form") ProgrammeDetails form, BindingResult binding,
                  RedirectAttributes redirect) {
        if (binding.hasErrors()) {
            return "partners/programme-form";
        }
        try {
            Programme created = programmes.create(actor, form);
            Flash.success(redirect, "flash.saved", created.name());
            return "redirect:/programmes/" + created.id();
        } catch (InvalidInput e) {
            FormErrors.reject(binding, e);
            return "partners/programme-form";
        }
    }

    @GetMapping("/{id}/edit")
    String editForm(Actor actor, @PathVariable ProgrammeId id, Model model) {
        Programme p = programmes.get(actor, id);
        model.addAttribute("programmeId", id);
        model.addAttribute("form", new ProgrammeDetails(p.code(), p.name(), p.description(), p.startsOn(), p.endsOn(), p.version()));
        return "partners/programme-form";
    }

    @PostMapping("/{id}")
    String update(Actor actor, @PathVariable ProgrammeId id, @Valid @ModelAttribute("form") ProgrammeDetails form,
                  BindingResult binding, Model model, RedirectAttributes redirect) {
        model.addAttribute("programmeId", id);
        if (binding.hasErrors()) {
            return "partners/programme-form";
        }
        try {
            Programme saved = programmes.update(actor, id, form);
            Flash.success(redirect, "flash.saved", saved.name());
            return "redirect:/programmes/" + id;
        } catch (InvalidInput e) {
            FormErrors.reject(binding, e);
            return "partners/programme-form";
        }
    }

    @PostMapping("/{id}/members")
    String addMember(Actor actor, @PathVariable ProgrammeId id, @Valid @ModelAttribute("memberForm") MembershipDetails form,
                     BindingResult binding, RedirectAttributes redirect) {
        if (binding.hasErrors()) {
            Flash.failure(redirect, "flash.member-incomplete");
        } else {
            programmes.addMember(actor, id, form);
            Flash.success(redirect, "flash.member-added");
        }
        return "redirect:/programmes/" + id;
    }

    @PostMapping("/{id}/members/{organisationId}/remove")
    String removeMember(Actor actor, @PathVariable ProgrammeId id, @PathVariable OrganisationId organisationId,
                        RedirectAttributes redirect) {
        programmes.removeMember(actor, id, organisationId);
        Flash.success(redirect, "flash.member-removed");
        return "redirect:/programmes/" + id;
    }
}
