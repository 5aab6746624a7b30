package org.jointline.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;

/**
 * A form shown again with its errors answers 422, not 200, so that scripts, tests and htmx can
 * tell a refused submission from a page (the layout tells htmx to swap 422 responses).
 * A submission whose values could not even be converted (text where the form's own inputs only
 * send numbers, dates or choices) cannot be shown again: it gets a 400 page instead.
 */
class InvalidFormStatus implements HandlerInterceptor {

    @Override
    public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
                           ModelAndView view) {
        if (view == null || response.getStatus() != HttpStatus.OK.value() || "GET".equals(request.getMethod())) {
            return;
        }
        Optional<BindingResult> invalid = view.getModel().values().stream()
                .filter(BindingResult.class::isInstance).map(BindingResult.class::cast)
                .filter(BindingResult::hasErrors).findFirst();
        if (invalid.isEmpty()) {
            return;
        }
        if (invalid.get().getTarget() == null) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            view.clear();
            view.setViewName("platform/problem");
            view.addObject("status", HttpStatus.BAD_REQUEST.value());
            view.addObject("messageKey", "error.malformed-form");
            view.addObject("messageArgs", new Object[0]);
            return;
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
    }
}
