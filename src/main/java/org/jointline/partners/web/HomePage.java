package org.jointline.partners.web;

import org.jointline.partners.ProgrammeManagement;
import org.jointline.platform.Actor;
import org.jointline.platform.PageQuery;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The start page: the programmes of the person's organisation. */
@Controller
class HomePage {

    private final ProgrammeManagement programmes;

    HomePage(ProgrammeManagement programmes) {
        this.programmes = programmes;
    }

    @GetMapping("/")
    String home(Actor actor, Model model) {
        model.addAttribute("programmes", programmes.list(actor, new PageQuery(0, 50, null)).items());
        return "partners/home";
    }
}
