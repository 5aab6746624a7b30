package org.jointline.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;
import tools.jackson.databind.json.JsonMapper;

/**
 * An upload over the server's limit fails before any controller is chosen, so it is answered here for
 * every path: 413 as a problem document on the API, a page otherwise.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class UploadTooLarge {

    private final MessageSource messages;
    private final JsonMapper json;

    UploadTooLarge(MessageSource messages, JsonMapper json) {
        this.messages = messages;
        this.json = json;
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ModelAndView tooLarge(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String detail = messages.getMessage("error.upload-too-large", null, LocaleContextHolder.getLocale());
        response.setStatus(HttpStatus.CONTENT_TOO_LARGE.value());
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            var problem = ApiProblems.problem(HttpStatus.CONTENT_TOO_LARGE, "upload-too-large", detail);
            problem.setProperty("errors", java.util.List.of(new FieldError("file", detail)));
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setCharacterEncoding("UTF-8");
            json.writeValue(response.getWriter(), problem);
            return new ModelAndView();
        }
        ModelAndView view = new ModelAndView("platform/problem");
        view.addObject("status", HttpStatus.CONTENT_TOO_LARGE.value());
        view.addObject("messageKey", "error.upload-too-large");
        view.addObject("messageArgs", new Object[0]);
        return view;
    }
}
