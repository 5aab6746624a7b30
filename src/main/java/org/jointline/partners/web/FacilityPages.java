package org.jointline.partners.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.jointline.partners.Facility;
import org.jointline.partners.FacilityDetails;
import org.jointline.partners.FacilityId;
import org.jointline.partners.FacilityManagement;
import org.jointline.partners.LineDetails;
import org.jointline.partners.OrganisationId;
import org.jointline.partners.OrganisationManagement;
import org.jointline.partners.ProductionLine;
import org.jointline.partners.ProductionLineId;
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
@RequestMapping("/facilities")
class FacilityPages {

    private static final String FORM = "partners/facility-form";
    private final FacilityManagement facilities;
    private final OrganisationManagement organisations;

    FacilityPages(FacilityManagement facilities, OrganisationManagement organisations) {
        this.facilities = facilities;
        this.organisations = organisations;
    }

    @GetMapping
    String list(Actor actor, @RequestParam(required = false) Integer page, @RequestParam(required = false) String q,
                Model model, HttpServletRequest request) {
        model.addAttribute("result", facilities.list(actor, PageQuery.of(page, 20, q), null));
        model.addAttribute("q", q);
        return Htmx.view(request, "partners/facilities", "table");
    }

    @GetMapping("/{id}")
    String show(Actor actor, @PathVariable FacilityId id, Model model) {
        Facility facility = facilities.get(actor, id);
        model.addAttribute("facility", facility);
        model.addAttribute("lines", facilities.lines(actor, id));
        model.addAttribute("mayManage", facilities.mayManage(actor, facility));
        model.addAttribute("lineForm", new LineDetails(null, null, null, null));
        return "partners/facility";
    }

    @GetMapping("/new")
    String createForm(Actor actor, Model model) {
        actor.require(Role.PROGRAMME_OFFICE);
        model.addAttribute("form", new FacilityDetails(new OrganisationId(actor.organisationId()), null, null, null, null, null, null));
        return form(actor, model);
    }

    @PostMapping
    String create(Actor actor, @Valid @ModelAttribute("form") FacilityDetails form, BindingResult binding, Model model,
                  RedirectAttributes redirect) {
        if (binding.hasErrors()) {
            return form(actor, model);
        }
        try {
            Facility created = facilities.register(actor, form);
            Flash.success(redirect, "flash.saved", created.name());
            return "redirect:/facilities";
        } catch (InvalidInput e) {
            FormErrors.reject(binding, e);
            return form(actor, model);
        }
    }

    @GetMapping("/{id}/edit")
    String editForm(Actor actor, @PathVariable FacilityId id, Model model) {
        Facility f = facilities.get(actor, id);
        model.addAttribute("facilityId", id);
        model.addAttribute("form", new FacilityDetails(f.organisationId(), f.code(), f.name(), f.country(), f.city(), f.address(), f.version()));
        return form(actor, model);
    }

    @PostMapping("/{id}")
    String update(Actor actor, @PathVariable FacilityId id, @Valid @ModelAttribute("form") FacilityDetails form,
                  BindingResult binding, Model model, RedirectAttributes redirect) {
        model.addAttribute("facilityId", id);
        if (binding.hasErrors()) {
            return form(actor, model);
        }
        try {
            Facility saved = facilities.update(actor, id, form);
            Flash.success(redirect, "flash.saved", saved.name());
            return "redirect:/facilities/" + id;
        } catch (InvalidInput e) {
            FormErrors.reject(binding, e);
            return form(actor, model);
        }
    }

    /** Adds a line; with htmx only the lines card is swapped, re-rendered with errors if any. */
    @PostMapping("/{id}/lines")
    String addLine(Actor actor, @PathVariable FacilityId id, @Valid @ModelAttribute("lineForm") LineDetails form,
                   BindingResult binding, Model model, HttpServletRequest request, RedirectAttributes redirect) {
        Facility facility = facilities.get(actor, id);
        if (!binding.hasErrors()) {
            try {
                ProductionLine line = facilities.addLine(actor, id, form);
                if (!Htmx.isHtmx(request)) {
                    Flash.success(redirect, "flash.saved", line.name());
                    return "redirect:/facilities/" + id;
                }
                model.addAttribute("lineForm", new LineDetails(null, null, null, null));
            } catch (InvalidInput e) {
                FormErrors.reject(binding, e);
            }
        }
        model.addAttribute("facility", facility);
        model.addAttribute("lines", facilities.lines(actor, id));
        model.addAttribute("mayManage", facilities.mayManage(actor, facility));
        return Htmx.view(request, "partners/facility", "lines");
    }

    @GetMapping("/lines/{lineId}/edit")
    String editLine(Actor actor, @PathVariable ProductionLineId lineId, Model model) {
        ProductionLine line = facilities.line(actor, lineId);
        model.addAttribute("line", line);
        model.addAttribute("form", new LineDetails(line.code(), line.name(), line.capacityUnitsPerDay(), line.version()));
        return "partners/line-form";
    }

    @PostMapping("/lines/{lineId}")
    String updateLine(Actor actor, @PathVariable ProductionLineId lineId, @Valid @ModelAttribute("form") LineDetails form,
                      BindingResult binding, Model model, RedirectAttributes redirect) {
        ProductionLine line = facilities.line(actor, lineId);
        model.addAttribute("line", line);
        if (binding.hasErrors()) {
            return "partners/line-form";
        }
        try {
            ProductionLine saved = facilities.updateLine(actor, lineId, form);
            Flash.success(redirect, "flash.saved", saved.name());
            return "redirect:/facilities/" + line.facilityId();
        } catch (InvalidInput e) {
            FormErrors.reject(binding, e);
            return "partners/line-form";
        }
    }

    private String form(Actor actor, Model model) {
        model.addAttribute("organisations", organisations.choices(actor).stream()
                .filter(o -> organisations.mayManage(actor, o.id())).toList());
        return FORM;
    }
}
