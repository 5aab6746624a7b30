package org.jointline.traceability.api;

import java.net.URI;
import org.jointline.platform.Forbidden;
import org.jointline.platform.NotFound;
import org.jointline.traceability.EpcisRefused;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The EPCIS binding's failures as RFC 9457 problems with the standard's exception types
 * ({@code epcisException:ValidationException}, ...) and, for validation, every violation with its
 * event index and field.
 */
@RestControllerAdvice(assignableTypes = EpcisApi.class)
@Order(-1)
class EpcisProblems {

    @ExceptionHandler(EpcisRefused.class)
    ProblemDetail refused(EpcisRefused e) {
        ProblemDetail problem = problem(HttpStatusCode.valueOf(e.status()), e.type(), e.getMessage());
        if (!e.violations().isEmpty()) {
            problem.setProperty("errors", e.violations());
        }
        return problem;
    }

    @ExceptionHandler({Forbidden.class, AccessDeniedException.class})
    ProblemDetail forbidden(RuntimeException e) {
        return problem(HttpStatus.FORBIDDEN, "epcisException:SecurityException", "this account may not do that");
    }

    @ExceptionHandler(NotFound.class)
    ProblemDetail notFound(NotFound e) {
        return problem(HttpStatus.NOT_FOUND, "epcisException:NoSuchNameException", "no such resource");
    }

    static ProblemDetail problem(HttpStatusCode status, String type, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create(type));
        problem.setTitle(type.substring(type.indexOf(':') + 1));
        return problem;
    }
}
