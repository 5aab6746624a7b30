package org.jointline.compliance.api;

import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import org.jointline.compliance.Authorisation;
import org.jointline.compliance.AuthorisationDetails;
import org.jointline.compliance.AuthorisationId;
import org.jointline.compliance.Authorisations;
import org.jointline.compliance.Drawdown;
import org.jointline.compliance.EndUserCertificate;
import org.jointline.compliance.EndUserCertificateDetails;
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
@RequestMapping("/api/v1/compliance")
@Tag(name = "Compliance: authorisations", description = "Export and transfer authorisations, their drawdown, end-user certificates")
class AuthorisationApi {

    private final Authorisations authorisations;

    AuthorisationApi(Authorisations authorisations) {
        this.authorisations = authorisations;
    }

    @GetMapping("/authorisations")
    PageResult<Authorisation> list(Actor actor, @RequestParam(required = false) Integer page,
                                   @RequestParam(required = false) Integer size, @RequestParam(required = false) String q) {
        return authorisations.list(actor, PageQuery.of(page, size, q));
    }

    @PostMapping("/authorisations")
    @ResponseStatus(HttpStatus.CREATED)
    Authorisation register(Actor actor, @Valid @RequestBody AuthorisationDetails details) {
        return authorisations.register(actor, details);
    }

    @GetMapping("/authorisations/{id}")
    Authorisation get(Actor actor, @PathVariable AuthorisationId id) {
        return authorisations.get(actor, id);
    }

    @GetMapping("/authorisations/{id}/drawdowns")
    List<Drawdown> drawdowns(Actor actor, @PathVariable AuthorisationId id) {
        return authorisations.drawdowns(actor, id);
    }

    @PostMapping("/authorisations/{id}/revoke")
    Authorisation revoke(Actor actor, @PathVariable AuthorisationId id) {
        return authorisations.revoke(actor, id);
    }

    @GetMapping("/end-user-certificates")
    List<EndUserCertificate> certificates(Actor actor) {
        return authorisations.certificates(actor);
    }

    @PostMapping("/end-user-certificates")
    @ResponseStatus(HttpStatus.CREATED)
    EndUserCertificate registerCertificate(Actor actor, @Valid @RequestBody EndUserCertificateDetails details) {
        return authorisations.registerCertificate(actor, details);
    }
}
