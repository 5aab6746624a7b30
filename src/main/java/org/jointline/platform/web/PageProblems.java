package org.jointline.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jointline.platform.DomainException;
import org.jointline.platform.Forbidden;
import org.jointline.platform.NotFound;
import org.jointline.platform.StateRefused;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;

/** Failures on pages become a page with a readable message, never a stack trace. */
@ControllerAdvice(annotations = Controller.class)
@Order(1)
public class PageProblems {

    private static final Logger LOG = LoggerFactory.getLogger(PageProblems.class);

    @ExceptionHandler({NotFound.class, MethodArgumentTypeMismatchException.class})
    ModelAndView notFound(Exception e, HttpServletResponse response) {
        return page(HttpStatus.NOT_FOUND, e instanceof DomainException d ? d : new NotFound("page", ""), response);
    }

    @ExceptionHandler({Forbidden.class, AccessDeniedException.class})
    ModelAndView forbidden(HttpServletResponse response) {
        return page(HttpStatus.FORBIDDEN, new Forbidden(), response);
    }

    @ExceptionHandler(StateRefused.class)
    ModelAndView refused(StateRefused e, HttpServletResponse response) {
        return page(HttpStatus.CONFLICT, e, response);
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    ModelAndView stale(HttpServletResponse response) {
        return page(HttpStatus.CONFLICT, new StateRefused("error.stale-version"), response);
    }

    @ExceptionHandler(DomainException.class)
    ModelAndView other(DomainException e, HttpServletResponse response) {
        return page(HttpStatus.UNPROCESSABLE_CONTENT, e, response);
    }

    /** A request the pages never send (a missing or malformed parameter): 400, not a failure. */
    @ExceptionHandler({org.springframework.web.bind.ServletRequestBindingException.class,
            org.springframework.web.bind.MissingServletRequestParameterException.class,
            org.springframework.http.converter.HttpMessageNotReadableException.class})
    ModelAndView badRequest(HttpServletResponse response) {
        return page(HttpStatus.BAD_REQUEST, new StateRefused("error.malformed-form"), response);
    }

    @ExceptionHandler(Exception.class)
    ModelAndView unexpected(Exception e, HttpServletRequest request, HttpServletResponse response) {
        LOG.error("Unexpected failure on {} {}", request.getMethod(), request.getRequestURI(), e);
        return page(HttpStatus.INTERNAL_SERVER_ERROR, new StateRefused("error.internal"), response);
    }

    private static ModelAndView page(HttpStatus status, DomainException e, HttpServletResponse response) {
        response.setStatus(status.value());
        ModelAndView view = new ModelAndView("platform/problem");
        view.addObject("status", status.value());
        view.addObject("messageKey", e.messageKey());
        view.addObject("messageArgs", e.arguments());
        return view;
    }
}
