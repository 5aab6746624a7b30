package org.jointline.compliance.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.io.IOException;
import java.util.List;
import org.jointline.compliance.ComplianceRules;
import org.jointline.compliance.ControlEntry;
import org.jointline.compliance.ControlListImport;
import org.jointline.compliance.ControlLists;
import org.jointline.compliance.Embargo;
import org.jointline.compliance.EmbargoDetails;
import org.jointline.compliance.ReferenceChange;
import org.jointline.compliance.Regime;
import org.jointline.compliance.Rule;
import org.jointline.compliance.RuleChange;
import org.jointline.platform.Actor;
import org.jointline.platform.InvalidInput;
import org.jointline.platform.PageQuery;
import org.jointline.platform.PageResult;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@RequestMapping("/api/v1/compliance")
@Tag(name = "Compliance: reference data", description = "Control lists, embargoed destinations and the decision rules")
class ReferenceDataApi {

    private final ControlLists lists;
    private final ComplianceRules rules;

    ReferenceDataApi(ControlLists lists, ComplianceRules rules) {
        this.lists = lists;
        this.rules = rules;
    }

    @GetMapping("/control-lists/entries")
    PageResult<ControlEntry> entries(Actor actor, @RequestParam(required = false) Regime regime,
                                     @RequestParam(required = false) Integer page,
                                     @RequestParam(required = false) Integer size, @RequestParam(required = false) String q) {
        return lists.entries(regime, PageQuery.of(page, size, q));
    }

    @GetMapping("/control-lists/{regime}/children")
    List<ControlEntry> children(Actor actor, @PathVariable Regime regime, @RequestParam(required = false) String parent) {
        return lists.children(regime, parent);
    }

    @GetMapping("/control-lists/imports")
    PageResult<ControlListImport> imports(Actor actor, @RequestParam(required = false) Integer page) {
        return lists.imports(PageQuery.of(page, 50, null));
    }

    @PostMapping("/control-lists/imports")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Import the EU dual-use list (Annex I JSON); only the differences are applied")
    ControlListImport importList(Actor actor, @RequestPart("file") MultipartFile file) throws IOException {
        if (file.isEmpty()) {
            throw new InvalidInput("file", "compliance.list-empty");
        }
        return lists.importDualUse(actor, file.getOriginalFilename(), file.getInputStream());
    }

    @GetMapping("/embargoes")
    List<Embargo> embargoes(Actor actor) {
        return rules.embargoes();
    }

    @PutMapping("/embargoes/{country}")
    Embargo embargo(Actor actor, @PathVariable String country, @Valid @RequestBody EmbargoDetails details) {
        if (!country.equals(details.country())) {
            throw new InvalidInput("country", "compliance.country-mismatch");
        }
        return rules.setEmbargo(actor, details);
    }

    @GetMapping("/rules")
    List<Rule> rules(Actor actor) {
        return rules.rules();
    }

    @PutMapping("/rules/{code}")
    Rule rule(Actor actor, @PathVariable String code, @Valid @RequestBody RuleChange change) {
        return rules.changeRule(actor, code, change);
    }

    @GetMapping("/reference-changes")
    PageResult<ReferenceChange> history(Actor actor, @RequestParam(required = false) Integer page,
                                        @RequestParam(required = false) String q) {
        return rules.history(PageQuery.of(page, 50, q));
    }
}
