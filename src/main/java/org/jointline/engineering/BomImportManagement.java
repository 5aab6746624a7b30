package org.jointline.engineering;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jointline.engineering.internal.ImportRows;
import org.jointline.engineering.internal.Items;
import org.jointline.engineering.internal.Readers;
import org.jointline.engineering.internal.bomfile.BomField;
import org.jointline.engineering.internal.bomfile.BomFile;
import org.jointline.engineering.internal.bomfile.BomFileLine;
import org.jointline.engineering.internal.bomfile.BomFileReader;
import org.jointline.engineering.internal.bomfile.BomFileRefused;
import org.jointline.engineering.internal.bomfile.ColumnMapping;
import org.jointline.partners.OrganisationId;
import org.jointline.platform.Actor;
import org.jointline.platform.InvalidInput;
import org.jointline.platform.NotFound;
import org.jointline.platform.StateRefused;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * BOM import from the files engineers have (Altium, KiCad, Eagle exports as xlsx, csv, tsv): a preview
 * that shows every usable line and every row that cannot be used, then a commit that creates the parts
 * (reusing those known by MPN), the assembly's new draft revision and its lines, all or nothing.
 */
@Service
@Transactional
public class BomImportManagement {

    private final BomFileReader reader = new BomFileReader();
    private final ImportRows imports;
    private final Items items;
    private final Readers readers;
    private final ItemManagement itemManagement;
    private final BomManagement boms;

    BomImportManagement(ImportRows imports, Items items, Readers readers, ItemManagement itemManagement, BomManagement boms) {
        this.imports = imports;
        this.items = items;
        this.readers = readers;
        this.itemManagement = itemManagement;
        this.boms = boms;
    }

    /** Reads and previews a file; {@code mapping} names columns (field → header name or 0-based index), may be empty. */
    public BomImport preview(Actor actor, String filename, byte[] content, Map<String, String> mapping) {
        OrganisationId owner = new OrganisationId(actor.organisationId());
        readers.requireChange(actor, owner);
        BomFile file = read(filename, content, mapping);
        Map<String, ItemId> known = items.byMpn(owner, file.lines().stream().map(BomFileLine::mpn)
                .filter(m -> m != null && !m.isBlank()).toList());
        List<ImportLine> lines = file.lines().stream().map(line -> importLine(line, known)).toList();
        List<ImportProblem> problems = file.problems().stream().map(p -> new ImportProblem(p.row(), p.severity().name(),
                p.key(), p.args(), p.message())).toList();
        Map<String, String> used = new LinkedHashMap<>();
        for (BomField field : BomField.values()) {
            if (file.mapping().has(field)) {
                ColumnMapping.Column column = file.mapping().column(field);
                used.put(field.name().toLowerCase(), column.header() != null ? column.header() : String.valueOf(column.index()));
            }
        }
        BomImport preview = new BomImport(BomImportId.next(), filename, sha256(content), file.format().name(),
                file.sheetName(), file.headerRow(), used, lines, problems, "PREVIEW", null, null);
        imports.insert(preview, owner, actor.personId());
        return preview;
    }

    @Transactional(readOnly = true)
    public BomImport get(Actor actor, BomImportId id) {
        return imports.find(id, readers.owners(actor)).orElseThrow(() -> new NotFound("import", id)).bomImport();
    }

    /** Creates the parts, the assembly's draft revision and its lines in one transaction. */
    public BomImport commit(Actor actor, BomImportId id, ImportCommit target) {
        ImportRows.Owned owned = imports.find(id, readers.owners(actor)).orElseThrow(() -> new NotFound("import", id));
        readers.requireChange(actor, owned.owner());
        BomImport preview = owned.bomImport();
        if (!"PREVIEW".equals(preview.status())) {
            throw new StateRefused("bom.import.already-committed", preview.filename());
        }
        if (preview.lines().isEmpty()) {
            throw new StateRefused("bom.import.nothing-to-commit", preview.filename());
        }
        Item assembly = assembly(actor, owned.owner(), target);
        BomRevision revision = boms.startRevision(actor, assembly.id(), "Imported from " + preview.filename(), false);
        Map<String, ItemId> parts = createParts(owned.owner(), preview.lines());
        boms.addLines(actor, revision.id(), preview.lines().stream().map(line -> new BomLineDetails(
                parts.get(line.itemNumber()), line.quantity(), null, line.designators(), line.value(),
                line.doNotPlace(), List.of())).toList());
        if (!imports.committed(id, assembly.id(), revision.id())) {
            throw new StateRefused("bom.import.already-committed", preview.filename());
        }
        return get(actor, id);
    }

    private BomFile read(String filename, byte[] content, Map<String, String> mapping) {
        try {
            return reader.read(filename, content, columnMapping(mapping));
        } catch (BomFileRefused e) {
            throw new InvalidInput("file", e.key(), e.args().toArray());
        }
    }

    private static ColumnMapping columnMapping(Map<String, String> mapping) {
        if (mapping == null || mapping.isEmpty()) {
            return null;
        }
        ColumnMapping result = ColumnMapping.empty();
        for (Map.Entry<String, String> entry : mapping.entrySet()) {
            BomField field;
            try {
                field = BomField.valueOf(entry.getKey().strip().toUpperCase().replace('-', '_'));
            } catch (IllegalArgumentException e) {
                throw new InvalidInput("mapping." + entry.getKey(), "bom.import.unknown-field", entry.getKey());
            }
            String value = entry.getValue().strip();
            result = result.with(field, value.matches("\\d+")
                    ? new ColumnMapping.Column(null, Integer.parseInt(value)) : new ColumnMapping.Column(value, null));
        }
        return result;
    }

    private static ImportLine importLine(BomFileLine line, Map<String, ItemId> known) {
        String mpn = line.mpn() == null || line.mpn().isBlank() ? null : line.mpn().strip();
        ItemId existing = mpn == null ? null : known.get(mpn.toUpperCase());
        return new ImportLine(line.row(), line.designators(), line.quantity(), line.value(), line.description(),
                line.manufacturer(), mpn, line.packageName(), line.doNotPlace(), existing, PartNumbers.of(line));
    }

    private Item assembly(Actor actor, OrganisationId owner, ImportCommit target) {
        if (target.assemblyId() != null) {
            return itemManagement.get(actor, target.assemblyId());
        }
        if (target.assemblyNumber() == null || target.assemblyNumber().isBlank()) {
            throw new InvalidInput("assemblyNumber", "validation.required");
        }
        String name = target.assemblyName() == null || target.assemblyName().isBlank() ? target.assemblyNumber() : target.assemblyName();
        return itemManagement.create(actor, new ItemDetails(owner, target.assemblyNumber(), name, null, ItemKind.ASSEMBLY,
                UnitOfMeasure.EA, Tracking.SERIAL, null, null, List.of(), null));
    }

    /** The item for each line's part number: known by MPN now, or created (all in two statements). */
    private Map<String, ItemId> createParts(OrganisationId owner, List<ImportLine> lines) {
        Map<String, ImportLine> byNumber = new LinkedHashMap<>();
        lines.forEach(l -> byNumber.putIfAbsent(l.itemNumber(), l));
        Map<String, ItemId> known = items.byMpn(owner, lines.stream().map(ImportLine::mpn).filter(m -> m != null).toList());
        Map<String, ItemId> result = new LinkedHashMap<>();
        List<ImportLine> fresh = new ArrayList<>();
        byNumber.forEach((number, line) -> {
            ItemId existing = line.mpn() == null ? null : known.get(line.mpn().toUpperCase());
            if (existing != null) {
                result.put(number, existing);
            } else {
                fresh.add(line);
            }
        });
        Set<String> taken = items.numbersTaken(owner, fresh.stream().map(ImportLine::itemNumber).toList());
        List<ItemId> ids = new ArrayList<>();
        List<ItemDetails> details = new ArrayList<>();
        for (ImportLine line : fresh) {
            String number = taken.contains(line.itemNumber()) ? PartNumbers.unique(line.itemNumber()) : line.itemNumber();
            ItemId id = ItemId.next();
            ids.add(id);
            details.add(PartNumbers.details(owner, number, line));
            result.put(line.itemNumber(), id);
        }
        items.insertAll(ids, details);
        return result;
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
