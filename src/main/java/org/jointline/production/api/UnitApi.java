package org.jointline.production.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.io.IOException;
import java.util.List;
import org.jointline.platform.Actor;
import org.jointline.platform.PageQuery;
import org.jointline.platform.PageResult;
import org.jointline.production.AcceptanceDecision;
import org.jointline.production.AcceptanceManagement;
import org.jointline.production.Attachment;
import org.jointline.production.ComponentId;
import org.jointline.production.GenealogyRow;
import org.jointline.production.InstalledComponent;
import org.jointline.production.Installation;
import org.jointline.production.OperationDone;
import org.jointline.production.OperationRecord;
import org.jointline.production.QualityManagement;
import org.jointline.production.Removal;
import org.jointline.production.ScanResult;
import org.jointline.production.TestEntry;
import org.jointline.production.TestResult;
import org.jointline.production.TestResultId;
import org.jointline.production.Unit;
import org.jointline.production.UnitId;
import org.jointline.production.UnitManagement;
import org.jointline.production.UnitRecord;
import org.jointline.production.UnitStatus;
import org.jointline.production.WhereUsed;
import org.jointline.platform.NotFound;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.ContentDisposition;
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
@RequestMapping("/api/v1")
@Tag(name = "Units", description = "Serialized units: components, lots, steps, tests, completion, genealogy, acceptance")
class UnitApi {

    private final UnitManagement units;
    private final QualityManagement quality;
    private final AcceptanceManagement acceptance;

    UnitApi(UnitManagement units, QualityManagement quality, AcceptanceManagement acceptance) {
        this.units = units;
        this.quality = quality;
        this.acceptance = acceptance;
    }

    @GetMapping("/units")
    PageResult<Unit> list(Actor actor, @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
                          @RequestParam(required = false) String q, @RequestParam(required = false) UnitStatus status) {
        return units.list(actor, PageQuery.of(page, size, q), status);
    }

    @GetMapping("/units/{id}")
    @Operation(summary = "The unit's record: materials, components, steps, tests, nonconformances, acceptance, next step")
    UnitRecord get(Actor actor, @PathVariable UnitId id) {
        return units.record(actor, id);
    }

    @GetMapping("/units/{id}/genealogy")
    @Operation(summary = "Everything in the unit at any depth, with lots and suppliers")
    List<GenealogyRow> genealogy(Actor actor, @PathVariable UnitId id) {
        return units.genealogy(actor, id);
    }

    @PostMapping("/units/{id}/components")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Install a serialized component (serial) or consume a lot quantity from line-side (lot)")
    InstalledComponent install(Actor actor, @PathVariable UnitId id, @Valid @RequestBody Installation installation) {
        return units.install(actor, id, installation);
    }

    @PostMapping("/components/{id}/removal")
    @Operation(summary = "Remove a component: recorded with the reason, never overwritten")
    InstalledComponent remove(Actor actor, @PathVariable ComponentId id, @Valid @RequestBody Removal removal) {
        return units.remove(actor, id, removal);
    }

    @PostMapping("/units/{id}/operations")
    List<OperationRecord> operation(Actor actor, @PathVariable UnitId id, @Valid @RequestBody OperationDone done) {
        return units.recordOperation(actor, id, done);
    }

    @PostMapping(path = "/units/{id}/tests", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Record a test result; a failure opens a nonconformance")
    TestResult test(Actor actor, @PathVariable UnitId id, @Valid @RequestBody TestEntry entry) {
        return quality.record(actor, id, entry, null);
    }

    @PostMapping(path = "/units/{id}/tests", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Record a test result with an attachment (multipart: entry as JSON, file)")
    TestResult testWithFile(Actor actor, @PathVariable UnitId id, @Valid @RequestPart(name = "entry", required = false) TestEntry entry,
                            @RequestPart(name = "file", required = false) MultipartFile file) throws IOException {
        if (entry == null) {
            throw new org.jointline.platform.InvalidInput("entry", "production.form.required");
        }
        Attachment attachment = file == null || file.isEmpty() ? null
                : new Attachment(file.getOriginalFilename(), file.getContentType(), file.getBytes());
        return quality.record(actor, id, entry, attachment);
    }

    @GetMapping("/test-results/{id}/attachment")
    ResponseEntity<byte[]> attachment(Actor actor, @PathVariable TestResultId id) {
        Attachment file = quality.attachment(actor, id).orElseThrow(() -> new NotFound("attachment", id));
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(
                        file.name() == null ? "attachment" : file.name(), java.nio.charset.StandardCharsets.UTF_8).build().toString())
                .contentType(MediaType.APPLICATION_OCTET_STREAM).body(file.content());
    }

    @PostMapping("/units/{id}/complete")
    @Operation(summary = "Complete the unit: refused while a component, a required test or a nonconformance is outstanding")
    Unit complete(Actor actor, @PathVariable UnitId id) {
        return units.complete(actor, id);
    }

    @PostMapping("/units/{id}/acceptance")
    @Operation(summary = "The customer's acceptance officer accepts or rejects a completed unit")
    Unit decide(Actor actor, @PathVariable UnitId id, @Valid @RequestBody AcceptanceDecision decision) {
        return acceptance.decide(actor, id, decision);
    }

    @GetMapping("/scan")
    @Operation(summary = "What a scanned code is: a unit, or the units holding a component serial or a lot")
    ScanResult scan(Actor actor, @RequestParam String code) {
        return units.scan(actor, code);
    }

    @GetMapping("/where-used")
    @Operation(summary = "Units that hold or held a component serial or a lot, at any depth")
    List<WhereUsed> whereUsed(Actor actor, @RequestParam(required = false) String serial, @RequestParam(required = false) String lot) {
        return units.whereUsed(actor, serial, lot);
    }
}
