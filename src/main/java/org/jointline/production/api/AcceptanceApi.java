package org.jointline.production.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Locale;
import org.jointline.engineering.ItemId;
import org.jointline.platform.Actor;
import org.jointline.platform.PageQuery;
import org.jointline.platform.PageResult;
import org.jointline.production.AcceptanceManagement;
import org.jointline.production.Delivery;
import org.jointline.production.DeliveryId;
import org.jointline.production.DeliveryRequest;
import org.jointline.production.Qualification;
import org.jointline.production.QualificationDetails;
import org.jointline.production.QualificationId;
import org.jointline.production.QualificationManagement;
import org.jointline.production.Requirement;
import org.jointline.production.RequirementDetails;
import org.jointline.production.RequirementId;
import org.jointline.production.Unit;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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
@Tag(name = "Acceptance and delivery", description = "Qualifications of configurations, customers' requirements, acceptance, deliveries and certificates of conformity")
class AcceptanceApi {

    private final QualificationManagement qualifications;
    private final AcceptanceManagement acceptance;

    AcceptanceApi(QualificationManagement qualifications, AcceptanceManagement acceptance) {
        this.qualifications = qualifications;
        this.acceptance = acceptance;
    }

    @GetMapping("/qualifications")
    List<Qualification> qualifications(Actor actor, @RequestParam(required = false) ItemId itemId) {
        return qualifications.list(actor, itemId);
    }

    @PostMapping("/qualifications")
    @ResponseStatus(HttpStatus.CREATED)
    Qualification qualify(Actor actor, @Valid @RequestBody QualificationDetails details) {
        return qualifications.create(actor, details);
    }

    @GetMapping("/qualifications/{id}")
    Qualification qualification(Actor actor, @PathVariable QualificationId id) {
        return qualifications.get(actor, id);
    }

    @PutMapping("/qualifications/{id}")
    Qualification update(Actor actor, @PathVariable QualificationId id, @Valid @RequestBody QualificationDetails details) {
        return qualifications.update(actor, id, details);
    }

    @GetMapping("/requirements")
    List<Requirement> requirements(Actor actor) {
        return qualifications.requirements(actor);
    }

    @PostMapping("/requirements")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "A customer requires a qualification basis of an end item before accepting its units")
    Requirement require(Actor actor, @Valid @RequestBody RequirementDetails details) {
        return qualifications.require(actor, details);
    }

    @DeleteMapping("/requirements/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void drop(Actor actor, @PathVariable RequirementId id) {
        qualifications.dropRequirement(actor, id);
    }

    @GetMapping("/acceptance")
    @Operation(summary = "Completed units waiting for the customer's decision")
    PageResult<Unit> awaiting(Actor actor, @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
                              @RequestParam(required = false) String q) {
        return acceptance.awaiting(actor, PageQuery.of(page, size, q));
    }

    @GetMapping("/deliveries")
    PageResult<Delivery> deliveries(Actor actor, @RequestParam(required = false) Integer page,
                                    @RequestParam(required = false) Integer size, @RequestParam(required = false) String q) {
        return acceptance.deliveries(actor, PageQuery.of(page, size, q));
    }

    @PostMapping("/deliveries")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Ship accepted units to their customer through a supply shipment with its compliance decision")
    Delivery deliver(Actor actor, @Valid @RequestBody DeliveryRequest request) {
        return acceptance.deliver(actor, request);
    }

    @GetMapping("/deliveries/{id}")
    Delivery delivery(Actor actor, @PathVariable DeliveryId id) {
        return acceptance.delivery(actor, id);
    }

    @PostMapping("/deliveries/{id}/dispatch")
    @Operation(summary = "Dispatch a delivery whose shipment compliance held and an officer has since released")
    Delivery dispatch(Actor actor, @PathVariable DeliveryId id) {
        return acceptance.dispatch(actor, id);
    }

    @GetMapping("/deliveries/{id}/certificate")
    @Operation(summary = "The certificate of conformity (PDF) in the language asked for (Accept-Language)")
    ResponseEntity<byte[]> certificate(Actor actor, @PathVariable DeliveryId id, Locale locale) {
        Delivery delivery = acceptance.delivery(actor, id);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("certificate-of-conformity-" + delivery.number() + ".pdf").build().toString())
                .contentType(MediaType.APPLICATION_PDF).body(acceptance.certificate(actor, id, locale));
    }
}
