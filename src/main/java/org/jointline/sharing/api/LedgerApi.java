package org.jointline.sharing.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.jointline.platform.Actor;
import org.jointline.platform.PageQuery;
import org.jointline.platform.PageResult;
import org.jointline.sharing.AccessLedger;
import org.jointline.sharing.Checkpoint;
import org.jointline.sharing.InclusionProof;
import org.jointline.sharing.LedgerEntry;
import org.jointline.sharing.LedgerQuery;
import org.jointline.sharing.Verification;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/ledger")
@Tag(name = "Access ledger", description = "Every access decision and agreement change, hash-chained per owner organisation, with signed checkpoints")
class LedgerApi {

    private final AccessLedger ledger;

    LedgerApi(AccessLedger ledger) {
        this.ledger = ledger;
    }

    @GetMapping("/entries")
    @Operation(summary = "The owner's view: accesses to my organisation's items and documents (auditors: any organisation's)")
    PageResult<LedgerEntry> entries(Actor actor, @RequestParam(required = false) UUID organisation,
                                    @RequestParam(required = false) UUID actorOrganisation, @RequestParam(required = false) String action,
                                    @RequestParam(required = false) String outcome,
                                    @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                    @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                    @RequestParam(required = false) String q, @RequestParam(required = false) Integer page,
                                    @RequestParam(required = false) Integer size) {
        return ledger.entries(actor, new LedgerQuery(organisation, actorOrganisation, blank(action), blank(outcome), from, to, q),
                PageQuery.of(page, size, q));
    }

    @GetMapping(value = "/entries.csv", produces = "text/csv")
    @Operation(summary = "The same entries as CSV")
    void export(Actor actor, @RequestParam(required = false) UUID organisation,
                @RequestParam(required = false) UUID actorOrganisation, @RequestParam(required = false) String action,
                @RequestParam(required = false) String outcome,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                @RequestParam(required = false) String q, HttpServletResponse response) throws IOException {
        LedgerQuery query = new LedgerQuery(organisation, actorOrganisation, blank(action), blank(outcome), from, to, q);
        ledger.readableOwner(actor, organisation);
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"access-ledger.csv\"");
        Writer out = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
        ledger.export(actor, query, out);
    }

    @GetMapping("/verification")
    @Operation(summary = "Verify the whole chain of my organisation's ledger (auditors: name any organisation)")
    Verification verify(Actor actor, @RequestParam(required = false) UUID organisation) {
        return ledger.verify(actor, organisation);
    }

    @GetMapping("/checkpoints")
    List<Checkpoint> checkpoints(Actor actor, @RequestParam(required = false) UUID organisation) {
        return ledger.checkpoints(actor, organisation);
    }

    @PostMapping("/checkpoints")
    @Operation(summary = "Issue a checkpoint now over the entries recorded so far (204 when nothing is new)")
    ResponseEntity<Checkpoint> issue(Actor actor, @RequestParam(required = false) UUID organisation) {
        return ledger.issue(actor, organisation).map(c -> ResponseEntity.status(HttpStatus.CREATED).body(c))
                .orElseGet(() -> ResponseEntity.noContent().build());
    }

    @GetMapping("/checkpoints/{id}")
    Checkpoint checkpoint(Actor actor, @PathVariable UUID id) {
        return ledger.checkpoint(actor, id);
    }

    @GetMapping("/checkpoints/{id}/statement")
    @Operation(summary = "The exact signed bytes of the checkpoint (canonical JSON, UTF-8)")
    ResponseEntity<byte[]> statement(Actor actor, @PathVariable UUID id) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_OCTET_STREAM)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"checkpoint-" + id + ".json\"")
                .body(ledger.checkpoint(actor, id).statement().getBytes(StandardCharsets.UTF_8));
    }

    @GetMapping("/checkpoints/{id}/signature")
    @Operation(summary = "The raw Ed25519 signature (64 bytes) of the statement")
    ResponseEntity<byte[]> signature(Actor actor, @PathVariable UUID id) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_OCTET_STREAM)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"checkpoint-" + id + ".sig\"")
                .body(Base64.getDecoder().decode(ledger.checkpoint(actor, id).signature()));
    }

    @GetMapping("/checkpoints/{id}/proofs/{sequence}")
    @Operation(summary = "The inclusion proof (RFC 9162) of an entry in the checkpoint's tree")
    InclusionProof proof(Actor actor, @PathVariable UUID id, @PathVariable long sequence) {
        return ledger.proof(actor, id, sequence);
    }

    @GetMapping(value = "/keys/{keyId}", produces = "application/x-pem-file")
    @Operation(summary = "A programme's public checkpoint key (PEM)")
    String key(Actor actor, @PathVariable String keyId) {
        return ledger.publicKey(actor, keyId);
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
