package org.jointline.production.api;

import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import org.jointline.engineering.ItemId;
import org.jointline.platform.Actor;
import org.jointline.platform.PageQuery;
import org.jointline.platform.PageResult;
import org.jointline.production.DispositionDetails;
import org.jointline.production.Nonconformance;
import org.jointline.production.NonconformanceDetails;
import org.jointline.production.NonconformanceId;
import org.jointline.production.NonconformanceStatus;
import org.jointline.production.QualityManagement;
import org.jointline.production.TestTemplate;
import org.jointline.production.TestTemplateDetails;
import org.jointline.production.TestTemplateId;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Quality", description = "Test templates per item, nonconformances and their dispositions")
class QualityApi {

    private final QualityManagement quality;

    QualityApi(QualityManagement quality) {
        this.quality = quality;
    }

    @GetMapping("/test-templates")
    List<TestTemplate> templates(Actor actor, @RequestParam ItemId itemId) {
        return quality.templates(actor, itemId);
    }

    @PostMapping("/test-templates")
    @ResponseStatus(HttpStatus.CREATED)
    TestTemplate createTemplate(Actor actor, @Valid @RequestBody TestTemplateDetails details) {
        return quality.createTemplate(actor, details);
    }

    @GetMapping("/test-templates/{id}")
    TestTemplate template(Actor actor, @PathVariable TestTemplateId id) {
        return quality.template(actor, id);
    }

    @PutMapping("/test-templates/{id}")
    TestTemplate updateTemplate(Actor actor, @PathVariable TestTemplateId id, @Valid @RequestBody TestTemplateDetails details) {
        return quality.updateTemplate(actor, id, details);
    }

    @DeleteMapping("/test-templates/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void retireTemplate(Actor actor, @PathVariable TestTemplateId id) {
        quality.retireTemplate(actor, id);
    }

    @GetMapping("/nonconformances")
    PageResult<Nonconformance> nonconformances(Actor actor, @RequestParam(required = false) Integer page,
                                               @RequestParam(required = false) Integer size, @RequestParam(required = false) String q,
                                               @RequestParam(required = false) NonconformanceStatus status) {
        return quality.nonconformances(actor, PageQuery.of(page, size, q), status);
    }

    @PostMapping("/nonconformances")
    @ResponseStatus(HttpStatus.CREATED)
    Nonconformance open(Actor actor, @Valid @RequestBody NonconformanceDetails details) {
        return quality.open(actor, details);
    }

    @GetMapping("/nonconformances/{id}")
    Nonconformance nonconformance(Actor actor, @PathVariable NonconformanceId id) {
        return quality.nonconformance(actor, id);
    }

    @PostMapping("/nonconformances/{id}/disposition")
    Nonconformance disposition(Actor actor, @PathVariable NonconformanceId id, @Valid @RequestBody DispositionDetails details) {
        return quality.disposition(actor, id, details);
    }

    @PostMapping("/nonconformances/{id}/dispatch-return")
    Nonconformance dispatchReturn(Actor actor, @PathVariable NonconformanceId id) {
        return quality.dispatchReturn(actor, id);
    }

    @PostMapping("/nonconformances/{id}/approval")
    Nonconformance approve(Actor actor, @PathVariable NonconformanceId id) {
        return quality.approve(actor, id);
    }
}
