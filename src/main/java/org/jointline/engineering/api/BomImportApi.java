package org.jointline.engineering.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.io.IOException;
import java.util.Map;
import org.jointline.engineering.BomImport;
import org.jointline.engineering.BomImportId;
import org.jointline.engineering.BomImportManagement;
import org.jointline.engineering.ImportCommit;
import org.jointline.platform.Actor;
import org.jointline.platform.InvalidInput;
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
@RequestMapping("/api/v1/boms/imports")
@Tag(name = "BOM import", description = "Upload an xlsx/csv/tsv BOM, look at the preview, commit it all or nothing")
class BomImportApi {

    private final BomImportManagement imports;

    BomImportApi(BomImportManagement imports) {
        this.imports = imports;
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Read a BOM file and preview it: usable lines, and every row that cannot be used with its reason. "
            + "Columns are found by their header names; override with mapping.<field>=<header or 0-based index>, "
            + "fields: designator, quantity, value, description, manufacturer, mpn, package, do_not_place, notes")
    BomImport preview(Actor actor, @RequestPart("file") MultipartFile file, @RequestParam Map<String, String> parameters)
            throws IOException {
        if (file.isEmpty()) {
            throw new InvalidInput("file", "bom.import.empty-file");
        }
        Map<String, String> mapping = new java.util.LinkedHashMap<>();
        parameters.forEach((name, value) -> {
            if (name.startsWith("mapping.") && value != null && !value.isBlank()) {
                mapping.put(name.substring("mapping.".length()), value);
            }
        });
        return imports.preview(actor, file.getOriginalFilename() == null ? "upload" : file.getOriginalFilename(),
                file.getBytes(), mapping);
    }

    @GetMapping("/{id}")
    BomImport get(Actor actor, @PathVariable BomImportId id) {
        return imports.get(actor, id);
    }

    @PostMapping("/{id}/commit")
    @Operation(summary = "Create the parts, the assembly's new draft revision and its lines, all or nothing")
    BomImport commit(Actor actor, @PathVariable BomImportId id, @Valid @RequestBody ImportCommit target) {
        return imports.commit(actor, id, target);
    }
}
