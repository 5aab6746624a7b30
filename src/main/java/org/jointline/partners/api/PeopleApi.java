package org.jointline.partners.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import org.jointline.partners.AccessTokenId;
import org.jointline.partners.AccessTokenView;
import org.jointline.partners.NewAccessToken;
import org.jointline.partners.PeopleManagement;
import org.jointline.partners.Person;
import org.jointline.partners.PersonDetails;
import org.jointline.partners.PersonId;
import org.jointline.partners.TokenRequest;
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
@RequestMapping("/api/v1")
@Tag(name = "People", description = "People of the caller's organisation, and the caller's own access tokens")
class PeopleApi {

    private final PeopleManagement people;

    PeopleApi(PeopleManagement people) {
        this.people = people;
    }

    @GetMapping("/people")
    PageResult<Person> list(Actor actor, @RequestParam(required = false) Integer page,
                            @RequestParam(required = false) Integer size, @RequestParam(required = false) String q) {
        return people.list(actor, PageQuery.of(page, size, q));
    }

    @PostMapping("/people")
    @ResponseStatus(HttpStatus.CREATED)
    Person register(Actor actor, @Valid @RequestBody PersonDetails details) {
        return people.register(actor, details);
    }

    @GetMapping("/people/{id}")
    Person get(Actor actor, @PathVariable PersonId id) {
        return people.get(actor, id);
    }

    @PutMapping("/people/{id}")
    Person update(Actor actor, @PathVariable PersonId id, @Valid @RequestBody PersonDetails details) {
        return people.update(actor, id, details);
    }

    @GetMapping("/me")
    @Operation(summary = "The caller: person, organisation and roles")
    Person me(Actor actor) {
        return people.me(actor);
    }

    @GetMapping("/me/tokens")
    List<AccessTokenView> tokens(Actor actor) {
        return people.tokens(actor);
    }

    @PostMapping("/me/tokens")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Make a personal access token; its secret is in this response only")
    NewAccessToken createToken(Actor actor, @Valid @RequestBody TokenRequest request) {
        return people.createToken(actor, request);
    }

    @DeleteMapping("/me/tokens/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void revokeToken(Actor actor, @PathVariable AccessTokenId id) {
        people.revokeToken(actor, id);
    }
}
