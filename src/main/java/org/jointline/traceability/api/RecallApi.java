package org.jointline.traceability.api;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.jointline.platform.Actor;
import org.jointline.traceability.Recall;
import org.jointline.traceability.RecallCsv;
import org.jointline.traceability.RecallQuestion;
import org.jointline.traceability.RecallResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Recall as an API: JSON, or CSV for a spreadsheet. */
@RestController
@RequestMapping("/api/v1/recall")
class RecallApi {

    private final Recall recall;

    RecallApi(Recall recall) {
        this.recall = recall;
    }

    @GetMapping
    RecallResult recall(Actor actor, @RequestParam RecallQuestion.Kind kind, @RequestParam(required = false) String item,
                        @RequestParam String value) {
        return recall.recall(actor, new RecallQuestion(kind, item, value));
    }

    @GetMapping(produces = "text/csv")
    void csv(Actor actor, @RequestParam RecallQuestion.Kind kind, @RequestParam(required = false) String item,
             @RequestParam String value, HttpServletResponse response) throws IOException {
        RecallResult result = recall.recall(actor, new RecallQuestion(kind, item, value));
        response.setContentType("text/csv;charset=UTF-8");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader("Content-Disposition", "attachment; filename=\"recall.csv\"");
        RecallCsv.write(result, response.getWriter());
    }
}
