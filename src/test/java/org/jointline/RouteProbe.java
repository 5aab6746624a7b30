package org.jointline;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.springframework.core.DefaultParameterNameDiscoverer;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * Tenancy checks over every route of a module, read from Spring MVC's own mappings: each route is called
 * with another organisation's record IDs in its path and a valid body, and must neither show nor change it.
 */
public final class RouteProbe {

    private RouteProbe() {
    }

    public record Route(HttpMethod method, String pattern, HandlerMethod handler) {

        /** Whether the path names a record (an ID) that the caller must not reach. */
        public boolean targetsARecord() {
            return pattern.contains("{");
        }

        public boolean takes(Class<?> type) {
            return java.util.Arrays.stream(handler.getMethodParameters()).anyMatch(p -> p.getParameterType() == type);
        }

        @Override
        public String toString() {
            return method + " " + pattern;
        }
    }

    public static List<Route> routes(RequestMappingHandlerMapping mappings, String packagePrefix) {
        List<Route> routes = new ArrayList<>();
        mappings.getHandlerMethods().forEach((info, handler) -> {
            if (handler.getBeanType().getPackageName().startsWith(packagePrefix)) {
                routes.addAll(of(info, handler));
            }
        });
        return routes;
    }

    private static List<Route> of(RequestMappingInfo info, HandlerMethod handler) {
        Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
        List<Route> routes = new ArrayList<>();
        for (String pattern : info.getPathPatternsCondition().getPatternValues()) {
            (methods.isEmpty() ? Set.of(RequestMethod.GET) : methods)
                    .forEach(m -> routes.add(new Route(m.asHttpMethod(), pattern, handler)));
        }
        return routes;
    }

    /** The request: path variables from {@code ids} by type, bodies and forms from {@code samples} by type. */
    public static AbstractMockHttpServletRequestBuilder<?> request(Route route, Function<Class<?>, Object> ids,
                                                        Function<Class<?>, Object> samples, JsonMapper json,
                                                        RequestPostProcessor actor) {
        List<Object> variables = new ArrayList<>();
        boolean multipart = false;
        for (MethodParameter parameter : route.handler().getMethodParameters()) {
            parameter.initParameterNameDiscovery(new DefaultParameterNameDiscoverer());
            if (parameter.hasParameterAnnotation(PathVariable.class)) {
                Object id = ids.apply(parameter.getParameterType());
                assertThat(id).as("%s: no target for a path variable of type %s; add one", route, parameter.getParameterType()).isNotNull();
                variables.add(id.toString());
            }
            multipart |= parameter.getParameterType() == MultipartFile.class;
        }
        AbstractMockHttpServletRequestBuilder<?> builder = multipart
                ? MockMvcRequestBuilders.multipart(route.method(), route.pattern(), variables.toArray())
                        .file(new MockMultipartFile("file", "probe.csv", "text/csv", "Designator,Qty,Value\nR1,1,10k\n".getBytes()))
                : MockMvcRequestBuilders.request(route.method(), route.pattern(), variables.toArray());
        builder.with(actor).with(csrf());
        for (MethodParameter parameter : route.handler().getMethodParameters()) {
            Object sample = samples.apply(parameter.getParameterType());
            if (parameter.hasParameterAnnotation(RequestBody.class)) {
                builder.contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(sample));
            } else if (parameter.hasParameterAnnotation(ModelAttribute.class) && sample != null) {
                formParameters(json, sample).forEach((name, values) -> values.forEach(v -> builder.param(name, v)));
            }
        }
        return builder;
    }

    /** Nothing secret in the answer; a route that names a record (or claims one) is refused. */
    public static void assertNothingReached(Route route, MvcResult result, Collection<String> secrets, boolean mustRefuse)
            throws Exception {
        int status = result.getResponse().getStatus();
        String body = result.getResponse().getContentAsString();
        for (String secret : secrets) {
            assertThat(body).as("%s leaks %s", route, secret).doesNotContain(secret);
        }
        if (mustRefuse) {
            assertThat(status).as("%s answered %d", route, status).isIn(400, 403, 404, 409, 422);
        } else {
            assertThat(status).as("%s answered %d", route, status).isLessThan(500);
        }
    }

    private static Map<String, List<String>> formParameters(JsonMapper json, Object sample) {
        @SuppressWarnings("unchecked")
        Map<String, Object> fields = json.convertValue(sample, Map.class);
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        fields.forEach((name, value) -> {
            if (value instanceof Collection<?> values) {
                parameters.put(name, values.stream().map(String::valueOf).toList());
            } else if (value != null) {
                parameters.put(name, List.of(String.valueOf(value)));
            }
        });
        return parameters;
    }
}
