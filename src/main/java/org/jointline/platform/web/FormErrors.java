package org.jointline.platform.web;

import java.util.Map;
import org.jointline.platform.InvalidInput;
import org.springframework.validation.BindingResult;

/** Puts a service's refusal next to the form field it concerns (a service field may have another name on the form). */
public final class FormErrors {

    private FormErrors() {
    }

    public static void reject(BindingResult binding, InvalidInput e) {
        reject(binding, e, Map.of());
    }

    public static void reject(BindingResult binding, InvalidInput e, Map<String, String> fieldNames) {
        String field = fieldNames.getOrDefault(e.field(), e.field());
        binding.rejectValue(field, e.messageKey(), e.arguments(), e.messageKey());
    }
}
