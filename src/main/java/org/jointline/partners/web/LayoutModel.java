package org.jointline.partners.web;

import org.jointline.partners.OrganisationId;
import org.jointline.partners.OrganisationManagement;
import org.jointline.platform.Actor;
import org.jointline.platform.NotFound;
import org.jointline.platform.security.CurrentActor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What the layout shows on every page: the acting person and their organisation. */
@ControllerAdvice(annotations = Controller.class)
class LayoutModel {

    private final OrganisationManagement organisations;

    LayoutModel(OrganisationManagement organisations) {
        this.organisations = organisations;
    }

    @ModelAttribute
    void actor(Model model) {
        CurrentActor.find().ifPresent(actor -> {
            model.addAttribute("actor", actor);
            model.addAttribute("actorOrganisation", organisationName(actor));
        });
    }

    private String organisationName(Actor actor) {
        try {
            return organisations.get(actor, new OrganisationId(actor.organisationId())).name();
        } catch (NotFound e) {
            return "";
        }
    }
}
