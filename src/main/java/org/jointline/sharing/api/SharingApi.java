package org.jointline.sharing.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.Map;
import org.jointline.engineering.AccessDecision;
import org.jointline.engineering.KnowHowAction;
import org.jointline.platform.Actor;
import org.jointline.platform.InvalidInput;
import org.jointline.platform.PageQuery;
import org.jointline.platform.PageResult;
import org.jointline.sharing.Agreement;
import org.jointline.sharing.AgreementDraft;
import org.jointline.sharing.AgreementId;
import org.jointline.sharing.AgreementStatus;
import org.jointline.sharing.DecisionRequest;
import org.jointline.sharing.OnwardDraft;
import org.jointline.sharing.PolicyTerms;
import org.jointline.sharing.Revocation;
import org.jointline.sharing.SharingAgreements;
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
@RequestMapping("/api/v1/sharing")
@Tag(name = "Sharing", description = "Sharing agreements over an organisation's items and documents, and the policy decision point")
class SharingApi {

    private final SharingAgreements agreements;

    SharingApi(SharingAgreements agreements) {
        this.agreements = agreements;
    }

    @GetMapping("/agreements")
    @Operation(summary = "Agreements my organisation granted or was granted")
    PageResult<Agreement> list(Actor actor, @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
                               @RequestParam(required = false) String q, @RequestParam(required = false) AgreementStatus status) {
        return agreements.list(actor, PageQuery.of(page, size, q), status);
    }

    @PostMapping("/agreements")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Grant an agreement over my organisation's items and documents (data stewards); the policy is validated and stored canonically")
    Agreement grant(Actor actor, @RequestBody AgreementDraft draft) {
        return agreements.grant(actor, draft);
    }

    @GetMapping("/agreements/{id}")
    Agreement get(Actor actor, @PathVariable AgreementId id) {
        return agreements.get(actor, id);
    }

    @PostMapping("/agreements/{id}/revocation")
    @Operation(summary = "Revoke an agreement; it stops permitting at once")
    Agreement revoke(Actor actor, @PathVariable AgreementId id, @Valid @RequestBody(required = false) Revocation revocation) {
        return agreements.revoke(actor, id, revocation);
    }

    @PostMapping("/agreements/{id}/onward")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Grant part of an agreement that permits share-onward to a third organisation (the recipient's data stewards);"
            + " never broader than the agreement, and ends with it")
    Agreement onward(Actor actor, @PathVariable AgreementId id, @RequestBody OnwardDraft draft) {
        return agreements.grantOnward(actor, id, draft);
    }

    @PostMapping("/decisions")
    @Operation(summary = "Ask the policy decision point (the decision is recorded in the owner's access ledger)")
    AccessDecision decide(Actor actor, @Valid @RequestBody DecisionRequest request) {
        KnowHowAction action = KnowHowAction.ofTerm(request.action());
        if (action == null) {
            throw new InvalidInput("action", "sharing.policy.unknown-action", request.action());
        }
        return agreements.decide(actor, action, request.itemId(), request.documentId(), request.purpose());
    }

    @GetMapping("/vocabulary")
    @Operation(summary = "The policy vocabulary: actions, constraint fields with their operators, purposes, duties")
    Map<String, Object> vocabulary() {
        return Map.of("actions", PolicyTerms.ACTIONS, "purposes", PolicyTerms.PURPOSES, "duties", PolicyTerms.DUTIES,
                "constraints", Map.of(PolicyTerms.PURPOSE, PolicyTerms.operators(PolicyTerms.PURPOSE),
                        PolicyTerms.DATE_TIME, PolicyTerms.operators(PolicyTerms.DATE_TIME),
                        PolicyTerms.RECIPIENT_COUNTRY, PolicyTerms.operators(PolicyTerms.RECIPIENT_COUNTRY),
                        PolicyTerms.COUNT, PolicyTerms.operators(PolicyTerms.COUNT)));
    }
}
