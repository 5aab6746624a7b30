package org.jointline.partners.web;

import org.jointline.platform.InvalidInput;
import org.springframework.validation.BindingResult;

/** Puts a service's refusal next to the field it names, so the form shows it where it belongs. */
final class FormErrors {

    private FormErrors() {
    }

    static void reject(BindingResult binding, InvalidInput e) {
        binding.rejectValue(e.field(), e.messageKey(), e.arguments(), e.messageKey());
    }
}
