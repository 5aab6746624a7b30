package org.jointline.traceability.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jointline.platform.Actor;
import org.jointline.platform.InvalidInput;
import org.jointline.traceability.EpcisQueries;
import org.jointline.traceability.EpcisRefused;
import org.jointline.traceability.QueryPage;
import org.jointline.traceability.Recall;
import org.jointline.traceability.RecallCsv;
import org.jointline.traceability.RecallQuestion;
import org.jointline.traceability.internal.EpcisRules;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.JsonNode;

/** The EPCIS events an organisation may see, searchable by identifier and step; and the recall page with CSV. */
@Controller
@RequestMapping("/traceability")
class TraceabilityPages {

    private final EpcisQueries queries;
    private final Recall recall;

    private final MessageSource messages;

    TraceabilityPages(EpcisQueries queries, Recall recall, MessageSource messages) {
        this.queries = queries;
        this.recall = recall;
        this.messages = messages;
    }

    /** One event as a row of the events table. */
    record EventRow(OffsetDateTime time, String type, String action, String step, String disposition,
                    List<String> identifiers, String location, String eventId) {
    }

    @GetMapping("/events")
    String events(Actor actor, @RequestParam(required = false) String epc, @RequestParam(required = false) String step,
                  @RequestParam(required = false) String page, Model model, HttpServletResponse response) {
        Map<String, List<String>> query = new LinkedHashMap<>();
        query.put("perPage", List.of("50"));
        query.put("orderBy", List.of("eventTime"));
        if (epc != null && !epc.isBlank()) {
            query.put("MATCH_anyEPC", List.of(epc.strip()));
        }
        if (step != null && EpcisRules.BIZ_STEPS.contains(step)) {
            query.put("EQ_bizStep", List.of(step));
        }
        if (page != null && !page.isBlank()) {
            query.put("nextPageToken", List.of(page));
        }
        model.addAttribute("epc", epc);
        model.addAttribute("step", step);
        model.addAttribute("steps", EpcisRules.BIZ_STEPS.stream().sorted().toList());
        try {
            QueryPage result = queries.events(actor, query);
            List<EventRow> rows = rows(result.document().at("/epcisBody/queryResults/resultsBody/eventList"));
            Map<String, String> names = recall.names(actor, rows.stream().map(EventRow::location).toList());
            model.addAttribute("rows", rows);
            model.addAttribute("names", names);
            model.addAttribute("next", result.nextPageToken());
        } catch (EpcisRefused e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("rows", List.of());
            model.addAttribute("names", Map.of());
            model.addAttribute("refused", true);
        }
        return "traceability/events";
    }

    @GetMapping("/recall")
    String recall(Actor actor, @RequestParam(required = false) RecallQuestion.Kind kind,
                  @RequestParam(required = false) String item, @RequestParam(required = false) String value,
                  Model model, HttpServletResponse response) {
        model.addAttribute("kinds", RecallQuestion.Kind.values());
        model.addAttribute("kind", kind == null ? RecallQuestion.Kind.LOT : kind);
        model.addAttribute("item", item);
        model.addAttribute("value", value);
        if (kind != null) {
            try {
                model.addAttribute("result", recall.recall(actor, new RecallQuestion(kind, item, value)));
            } catch (InvalidInput e) {
                response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
                model.addAttribute("errorField", e.field());
                model.addAttribute("errorText", messages.getMessage(e.messageKey(), e.arguments(), e.messageKey(),
                        LocaleContextHolder.getLocale()));
            }
        }
        return "traceability/recall";
    }

    @GetMapping(path = "/recall.csv")
    void recallCsv(Actor actor, @RequestParam RecallQuestion.Kind kind, @RequestParam(required = false) String item,
                   @RequestParam String value, HttpServletResponse response) throws IOException {
        var result = recall.recall(actor, new RecallQuestion(kind, item, value));
        response.setContentType("text/csv;charset=UTF-8");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader("Content-Disposition", "attachment; filename=\"recall.csv\"");
        RecallCsv.write(result, response.getWriter());
    }

    private static List<EventRow> rows(JsonNode events) {
        List<EventRow> rows = new ArrayList<>();
        for (JsonNode event : events.values()) {
            List<String> identifiers = new ArrayList<>();
            for (String field : List.of("parentID", "epcList", "childEPCs", "inputEPCList", "outputEPCList")) {
                JsonNode value = event.get(field);
                if (value != null && value.isArray()) {
                    value.values().forEach(v -> identifiers.add(v.asString()));
                } else if (value != null) {
                    identifiers.add(value.asString());
                }
            }
            for (String field : List.of("quantityList", "childQuantityList", "inputQuantityList", "outputQuantityList")) {
                JsonNode value = event.get(field);
                if (value != null) {
                    value.values().forEach(q -> identifiers.add(q.path("epcClass").asString("")
                            + (q.has("quantity") ? " × " + q.get("quantity").asString() : "")));
                }
            }
            rows.add(new EventRow(OffsetDateTime.parse(event.path("eventTime").asString()), event.path("type").asString(),
                    event.path("action").asString(null), event.path("bizStep").asString(null),
                    event.path("disposition").asString(null), identifiers,
                    event.path("bizLocation").path("id").asString(event.path("readPoint").path("id").asString(null)),
                    event.path("eventID").asString()));
        }
        return rows;
    }
}
