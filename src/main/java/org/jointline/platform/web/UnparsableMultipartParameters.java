package org.jointline.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Since Servlet 6.1 the container throws from {@code getParameter} when a multipart body cannot be parsed
 * (over the size limit, say). Spring Security's CSRF filter asks for {@code _csrf} that way before anything
 * else, so an oversized upload from a page would end there as a 500. For multipart requests, this answers
 * parameter questions from the query string alone when parsing fails: the upload forms carry their CSRF
 * token in the action URL, so the request reaches Spring MVC, whose multipart resolution then reports the
 * size (413, answered by {@code platform.web.UploadTooLarge}). Requests that parse are not affected.
 * Registered just before Spring Security's filter chain (order -100).
 */
@Component
@Order(-101)
class UnparsableMultipartParameters extends OncePerRequestFilter {

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String type = request.getContentType();
        return type == null || !type.toLowerCase(Locale.ROOT).startsWith("multipart/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        chain.doFilter(new QueryParametersOnFailure(request), response);
    }
}

final class QueryParametersOnFailure extends HttpServletRequestWrapper {

    private Map<String, String[]> query;

    QueryParametersOnFailure(HttpServletRequest request) {
        super(request);
    }

    @Override
    public String getParameter(String name) {
        try {
            return super.getParameter(name);
        } catch (IllegalStateException e) {
            String[] values = query().get(name);
            return values == null ? null : values[0];
        }
    }

    @Override
    public String[] getParameterValues(String name) {
        try {
            return super.getParameterValues(name);
        } catch (IllegalStateException e) {
            String[] values = query().get(name);
            return values == null ? null : values.clone();
        }
    }

    @Override
    public Map<String, String[]> getParameterMap() {
        try {
            return super.getParameterMap();
        } catch (IllegalStateException e) {
            return query();
        }
    }

    @Override
    public Enumeration<String> getParameterNames() {
        try {
            return super.getParameterNames();
        } catch (IllegalStateException e) {
            return Collections.enumeration(query().keySet());
        }
    }

    private Map<String, String[]> query() {
        if (query == null) {
            Map<String, List<String>> values = new LinkedHashMap<>();
            String string = getQueryString();
            if (string != null) {
                for (String pair : string.split("&")) {
                    if (!pair.isEmpty()) {
                        int equals = pair.indexOf('=');
                        String name = URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
                        String value = equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
                        values.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
                    }
                }
            }
            Map<String, String[]> arrays = new LinkedHashMap<>();
            values.forEach((name, list) -> arrays.put(name, list.toArray(String[]::new)));
            query = Collections.unmodifiableMap(arrays);
        }
        return query;
    }
}
