package org.jointline.screening.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jointline.partners.OrganisationId;
import org.jointline.partners.PersonId;
import org.jointline.platform.Actor;
import org.jointline.platform.InvalidInput;
import org.jointline.platform.PageQuery;
import org.jointline.platform.PageResult;
import org.jointline.screening.HitDecision;
import org.jointline.screening.ListFile;
import org.jointline.screening.ListImport;
import org.jointline.screening.MatchQuery;
import org.jointline.screening.NameComparison;
import org.jointline.screening.NamePair;
import org.jointline.screening.PartyState;
import org.jointline.screening.QueryMatches;
import org.jointline.screening.ScreeningLists;
import org.jointline.screening.ScreeningManagement;
import org.jointline.screening.ScreeningState;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@RequestMapping("/api/v1/screening")
@Tag(name = "Screening", description = "Sanctions lists, party screening and the name matcher")
class ScreeningApi {

    record Matches(@NotNull List<@Valid MatchQuery> queries) {
    }

    record MatchesResult(List<QueryMatches> results) {
    }

    record Comparisons(@NotNull List<@Valid NamePair> pairs) {
    }

    record ComparisonsResult(List<NameComparison> results) {
    }

    private final ScreeningLists lists;
    private final ScreeningManagement screening;

    ScreeningApi(ScreeningLists lists, ScreeningManagement screening) {
        this.lists = lists;
        this.screening = screening;
    }

    @PostMapping(path = "/lists/imports", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Import a sanctions list: the UN consolidated XML (one file), or OFAC's legacy CSV "
            + "(sdn, and optionally alt and add, as several 'file' parts). The format is told from the content; "
            + "a truncated or unknown file is refused and the current list stays as it was; only changes are applied")
    ListImport importList(Actor actor, @RequestPart("file") List<MultipartFile> files) throws IOException {
        List<ListFile> read = new ArrayList<>();
        for (MultipartFile file : files) {
            if (!file.isEmpty()) {
                read.add(new ListFile(file.getOriginalFilename() == null ? "upload" : file.getOriginalFilename(), file.getBytes()));
            }
        }
        if (read.isEmpty()) {
            throw new InvalidInput("file", "screening.import.empty");
        }
        return lists.importFiles(actor, read);
    }

    @GetMapping("/lists/imports")
    PageResult<ListImport> imports(Actor actor, @RequestParam(required = false) Integer page,
                                   @RequestParam(required = false) Integer size, @RequestParam(required = false) String q) {
        return lists.history(actor, PageQuery.of(page, size, q));
    }

    @PostMapping("/matches")
    @Operation(summary = "Up to 1,000 names looked up in the lists; for each the best entries with scores 0..1")
    MatchesResult matches(Actor actor, @Valid @RequestBody Matches request) {
        return new MatchesResult(screening.matches(actor, request.queries()));
    }

    @PostMapping("/comparisons")
    @Operation(summary = "Pairs of names scored 0..1, with match at the shipped threshold and an explanation, in order")
    ComparisonsResult comparisons(Actor actor, @Valid @RequestBody Comparisons request) {
        return new ComparisonsResult(screening.compare(actor, request.pairs()));
    }

    @GetMapping("/parties")
    PageResult<PartyState> queue(Actor actor, @RequestParam(required = false) ScreeningState state,
                                 @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
                                 @RequestParam(required = false) String q) {
        return screening.queue(actor, state, PageQuery.of(page, size, q));
    }

    @GetMapping("/organisations/{id}")
    PartyState organisation(Actor actor, @PathVariable OrganisationId id) {
        return screening.organisation(actor, id);
    }

    @GetMapping("/people/{id}")
    PartyState person(Actor actor, @PathVariable PersonId id) {
        return screening.person(actor, id);
    }

    @PostMapping("/hits/{id}/dismissal")
    @Operation(summary = "Dismiss a possible match with a reason; it opens again when the list entry changes")
    PartyState dismiss(Actor actor, @PathVariable UUID id, @Valid @RequestBody HitDecision decision) {
        return screening.dismiss(actor, id, decision);
    }

    @PostMapping("/hits/{id}/confirmation")
    @Operation(summary = "Confirm a match with a reason: the party may receive nothing")
    PartyState confirm(Actor actor, @PathVariable UUID id, @Valid @RequestBody HitDecision decision) {
        return screening.confirm(actor, id, decision);
    }
}
