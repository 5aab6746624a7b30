package org.jointline.platform.web;

import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Messages shown once on the next page after an action: a message key and its arguments. */
public final class Flash {

    private Flash() {
    }

    public static void success(RedirectAttributes attributes, String key, Object... arguments) {
        attributes.addFlashAttribute("flashKind", "success");
        attributes.addFlashAttribute("flashKey", key);
        attributes.addFlashAttribute("flashArgs", arguments);
    }

    public static void failure(RedirectAttributes attributes, String key, Object... arguments) {
        attributes.addFlashAttribute("flashKind", "danger");
        attributes.addFlashAttribute("flashKey", key);
        attributes.addFlashAttribute("flashArgs", arguments);
    }
}
