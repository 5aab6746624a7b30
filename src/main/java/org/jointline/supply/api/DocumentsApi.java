package org.jointline.supply.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Locale;
import org.jointline.engineering.ItemId;
import org.jointline.platform.Actor;
import org.jointline.supply.LotId;
import org.jointline.supply.SerialManagement;
import org.jointline.supply.ShipmentId;
import org.jointline.supply.ShipmentManagement;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/supply")
@Tag(name = "Supply documents", description = "Label sheets with QR codes, despatch notes")
class DocumentsApi {

    private final SerialManagement serials;
    private final ShipmentManagement shipments;

    DocumentsApi(SerialManagement serials, ShipmentManagement shipments) {
        this.serials = serials;
        this.shipments = shipments;
    }

    @GetMapping("/labels")
    @Operation(summary = "A4 label sheet (3 × 8) with QR codes: GS1 Digital Link when the item has a GTIN, else ITEM|S|serial")
    ResponseEntity<byte[]> labels(Actor actor, @RequestParam ItemId item, @RequestParam(required = false) List<String> serial,
                                  @RequestParam(required = false) LotId lot) {
        return pdf(serials.labels(actor, item, serial == null ? List.of() : serial, lot), "labels.pdf");
    }

    @GetMapping("/shipments/{id}/despatch-note")
    ResponseEntity<byte[]> despatchNote(Actor actor, @PathVariable ShipmentId id, Locale locale) {
        return pdf(shipments.despatchNote(actor, id, locale), "despatch-note.pdf");
    }

    static ResponseEntity<byte[]> pdf(byte[] content, String name) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(name).build().toString())
                .body(content);
    }
}
