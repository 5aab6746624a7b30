package org.jointline.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;

/**
 * A form shown again with its errors answers 422, not 200, so that scripts, tests and htmx can
 * tell a refused submission from a page (the layout tells htmx to swap 422 responses).
 */
class InvalidFormStatus implements HandlerInterceptor {

    @Override
    public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
                           ModelAndView view) {
        if (view == null || response.getStatus() != HttpStatus.OK.value() || "GET".equals(request.getMethod())) {
            return;
        }
        boolean invalid = view.getModel().values().stream()
                .anyMatch(value -> value instanceof BindingResult binding && binding.hasErrors());
        if (invalid) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        }
    }
}
