package org.jointline.platform.web;

import org.springframework.security.authentication.LockedException;
import org.springframework.security.web.WebAttributes;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.SessionAttribute;

@Controller
class LoginPage {

    @GetMapping("/login")
    String login(@SessionAttribute(name = WebAttributes.AUTHENTICATION_EXCEPTION, required = false) Exception failure,
                 Model model) {
        model.addAttribute("locked", failure instanceof LockedException);
        return "platform/login";
    }
}
