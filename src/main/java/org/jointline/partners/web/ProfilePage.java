package org.jointline.partners.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.jointline.partners.AccessTokenId;
import org.jointline.partners.PeopleManagement;
import org.jointline.partners.TokenRequest;
import org.jointline.platform.Actor;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The person's own page: who they are, and their personal access tokens (made and revoked with htmx). */
@Controller
@RequestMapping("/profile")
class ProfilePage {

    private final PeopleManagement people;

    ProfilePage(PeopleManagement people) {
        this.people = people;
    }

    @GetMapping
    String show(Actor actor, Model model) {
        model.addAttribute("tokenForm", new TokenRequest(null, 90));
        return render(actor, model, null);
    }

    @PostMapping("/tokens")
    String create(Actor actor, @Valid @ModelAttribute("tokenForm") TokenRequest form, BindingResult binding, Model model,
                  HttpServletRequest request) {
        String secret = null;
        if (!binding.hasErrors()) {
            secret = people.createToken(actor, form).secret();
            model.addAttribute("tokenForm", new TokenRequest(null, 90));
        }
        render(actor, model, secret);
        return Htmx.view(request, "partners/profile", "tokens");
    }

    @PostMapping("/tokens/{id}/revoke")
    String revoke(Actor actor, @PathVariable AccessTokenId id, Model model, HttpServletRequest request,
                  RedirectAttributes redirect) {
        people.revokeToken(actor, id);
        if (!Htmx.isHtmx(request)) {
            Flash.success(redirect, "flash.token-revoked");
            return "redirect:/profile";
        }
        model.addAttribute("tokenForm", new TokenRequest(null, 90));
        render(actor, model, null);
        return "partners/profile :: tokens";
    }

    private String render(Actor actor, Model model, String secret) {
        model.addAttribute("me", people.me(actor));
        model.addAttribute("tokens", people.tokens(actor));
        model.addAttribute("secret", secret);
        return "partners/profile";
    }
}
