package org.jointline.production.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.function.Supplier;
import org.jointline.platform.DomainException;
import org.jointline.platform.Forbidden;
import org.jointline.platform.InvalidInput;
import org.jointline.platform.NotFound;
import org.jointline.platform.StateRefused;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;

/**
 * Runs a shop-floor action; a refusal is shown on the same page, next to the field it concerns, with the
 * status that says what happened (422 bad input, 409 refused), and nothing of the action is written.
 */
final class Refusals {

    private Refusals() {
    }

    /** A refusal to show: message key, arguments, and the field (or {@code null}). */
    record Problem(String key, Object[] arguments, String field) {
    }

    /** Returns the action's view, or {@code null} after putting the refusal into the model. */
    static String attempt(Model model, HttpServletResponse response, Supplier<String> action) {
        try {
            return action.get();
        } catch (NotFound | Forbidden e) {
            throw e;
        } catch (DomainException e) {
            response.setStatus(e instanceof StateRefused ? HttpStatus.CONFLICT.value() : HttpStatus.UNPROCESSABLE_CONTENT.value());
            model.addAttribute("problem", new Problem(e.messageKey(), e.arguments(),
                    e instanceof InvalidInput invalid ? invalid.field() : null));
            return null;
        }
    }
}
