package org.jointline.compliance.api;

import com.fasterxml.jackson.annotation.JsonFormat;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.math.BigDecimal;
import java.util.List;
import org.jointline.compliance.Assessment;
import org.jointline.compliance.AssessmentDetails;
import org.jointline.compliance.AssessmentId;
import org.jointline.compliance.AssessmentLine;
import org.jointline.compliance.AssessmentQueue;
import org.jointline.compliance.AssessmentRequest;
import org.jointline.compliance.AssessmentSummary;
import org.jointline.compliance.Outcome;
import org.jointline.compliance.ReviewDecision;
import org.jointline.compliance.TransferAssessments;
import org.jointline.compliance.TransferKind;
import org.jointline.engineering.DocumentId;
import org.jointline.engineering.ItemId;
import org.jointline.partners.FacilityId;
import org.jointline.partners.OrganisationId;
import org.jointline.platform.Actor;
import org.jointline.platform.PageQuery;
import org.jointline.platform.PageResult;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/compliance/assessments")
@Tag(name = "Compliance: transfer assessments", description = "The export decision every shipment and technology transfer needs")
class AssessmentApi {

    /** A transfer to assess: kind is goods or technology (any case); destination defaults to the consignee's country. */
    record TransferRequest(FacilityId origin, OrganisationId consignee, String destinationCountry,
                           @JsonFormat(with = JsonFormat.Feature.ACCEPT_CASE_INSENSITIVE_VALUES) TransferKind kind,
                           List<Line> lines, String reference) {
    }

    record Line(ItemId item, DocumentId document, BigDecimal quantity, BigDecimal value) {
    }

    private final TransferAssessments assessments;
    private final AssessmentQueue queue;

    AssessmentApi(TransferAssessments assessments, AssessmentQueue queue) {
        this.assessments = assessments;
        this.queue = queue;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Assess a transfer: outcome per line (cleared, held, blocked) with the reasons and the rule of each")
    Assessment assess(Actor actor, @RequestBody TransferRequest request) {
        List<AssessmentLine> lines = request.lines() == null ? List.of() : request.lines().stream()
                .map(l -> l == null ? null : new AssessmentLine(l.item(), l.document(), l.quantity(), l.value()))
                .toList();
        return assessments.assess(actor, new AssessmentRequest(request.origin(), request.consignee(),
                request.destinationCountry(), request.kind(), lines.stream().filter(java.util.Objects::nonNull).toList(),
                request.reference()));
    }

    @GetMapping
    PageResult<AssessmentSummary> list(Actor actor, @RequestParam(required = false) Outcome outcome,
                                       @RequestParam(required = false) Integer page,
                                       @RequestParam(required = false) Integer size, @RequestParam(required = false) String q) {
        return queue.list(actor, outcome, PageQuery.of(page, size, q));
    }

    @GetMapping("/{id}")
    Assessment get(Actor actor, @PathVariable AssessmentId id) {
        return assessments.get(actor, id);
    }

    @GetMapping("/{id}/details")
    AssessmentDetails details(Actor actor, @PathVariable AssessmentId id) {
        return queue.details(actor, id);
    }

    @PostMapping("/{id}/release")
    @Operation(summary = "Release a held transfer (compliance officer of the exporter); draws its lines down")
    AssessmentDetails release(Actor actor, @PathVariable AssessmentId id, @Valid @RequestBody ReviewDecision decision) {
        return queue.release(actor, id, decision);
    }

    @PostMapping("/{id}/refuse")
    @Operation(summary = "Refuse a held transfer (compliance officer of the exporter)")
    AssessmentDetails refuse(Actor actor, @PathVariable AssessmentId id, @Valid @RequestBody ReviewDecision decision) {
        return queue.refuse(actor, id, decision);
    }
}
