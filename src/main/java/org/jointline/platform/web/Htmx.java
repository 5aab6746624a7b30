package org.jointline.platform.web;

import jakarta.servlet.http.HttpServletRequest;

/** One handler serves the full page or, for an htmx request, only the fragment. */
public final class Htmx {

    private Htmx() {
    }

    public static boolean isHtmx(HttpServletRequest request) {
        return "true".equals(request.getHeader("HX-Request")) && !"true".equals(request.getHeader("HX-Boosted"));
    }

    /** {@code template} for a full page, {@code template :: fragment} for htmx. */
    public static String view(HttpServletRequest request, String template, String fragment) {
        return isHtmx(request) ? template + " :: " + fragment : template;
    }
}
