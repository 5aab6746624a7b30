package org.jointline.partners.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import org.jointline.partners.Member;
import org.jointline.partners.MembershipDetails;
import org.jointline.partners.OrganisationId;
import org.jointline.partners.Programme;
import org.jointline.partners.ProgrammeDetails;
import org.jointline.partners.ProgrammeId;
import org.jointline.partners.ProgrammeManagement;
import org.jointline.platform.Actor;
import org.jointline.platform.PageQuery;
import org.jointline.platform.PageResult;
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
@RequestMapping("/api/v1/programmes")
@Tag(name = "Programmes", description = "Joint programmes and their member organisations")
class ProgrammeApi {

    private final ProgrammeManagement programmes;

    ProgrammeApi(ProgrammeManagement programmes) {
        this.programmes = programmes;
    }

    @GetMapping
    @Operation(summary = "The programmes the caller's organisation belongs to")
    PageResult<Programme> list(Actor actor, @RequestParam(required = false) Integer page,
                               @RequestParam(required = false) Integer size, @RequestParam(required = false) String q) {
        return programmes.list(actor, PageQuery.of(page, size, q));
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Create a programme (administrators)")
    Programme create(Actor actor, @Valid @RequestBody ProgrammeDetails details) {
        return programmes.create(actor, details);
    }

    @GetMapping("/{id}")
    Programme get(Actor actor, @PathVariable ProgrammeId id) {
        return programmes.get(actor, id);
    }

    @PutMapping("/{id}")
    @Operation(summary = "Change a programme; send the version you read to guard against lost updates")
    Programme update(Actor actor, @PathVariable ProgrammeId id, @Valid @RequestBody ProgrammeDetails details) {
        return programmes.update(actor, id, details);
    }

    @GetMapping("/{id}/members")
    List<Member> members(Actor actor, @PathVariable ProgrammeId id) {
        return programmes.members(actor, id);
    }

    @PostMapping("/{id}/members")
    @ResponseStatus(HttpStatus.CREATED)
    Member addMember(Actor actor, @PathVariable ProgrammeId id, @Valid @RequestBody MembershipDetails details) {
        return programmes.addMember(actor, id, details);
    }

    @DeleteMapping("/{id}/members/{organisationId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void removeMember(Actor actor, @PathVariable ProgrammeId id, @PathVariable OrganisationId organisationId) {
        programmes.removeMember(actor, id, organisationId);
    }
}
