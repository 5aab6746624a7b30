package org.jointline.engineering;

import java.util.List;
import java.util.UUID;
import org.jointline.engineering.internal.bomfile.BomFileLine;
import org.jointline.partners.OrganisationId;

/**
 * Item numbers for parts an import creates: the MPN where there is one (it is what buyers and stores
 * search for), else value and package ("10K-0402"), made to fit the item number pattern.
 */
final class PartNumbers {

    private PartNumbers() {
    }

    static String of(BomFileLine line) {
        String base = present(line.mpn()) ? line.mpn()
                : String.join("-", List.of(nonNull(line.value()), nonNull(line.packageName())).stream().filter(PartNumbers::present).toList());
        if (!present(base)) {
            base = present(line.description()) ? line.description() : "PART-" + line.row();
        }
        String cleaned = base.strip().replaceAll("[^A-Za-z0-9._/-]+", "-").replaceAll("^[^A-Za-z0-9]+", "").replaceAll("-+$", "");
        if (cleaned.isEmpty()) {
            cleaned = "PART-" + line.row();
        }
        return cleaned.length() > 60 ? cleaned.substring(0, 60) : cleaned;
    }

    static String unique(String number) {
        String suffix = "-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        return (number.length() > 53 ? number.substring(0, 53) : number) + suffix;
    }

    static ItemDetails details(OrganisationId owner, String number, ImportLine line) {
        String name = present(line.description()) ? line.description() : present(line.value()) ? line.value() : number;
        String description = String.join(" ", List.of(nonNull(line.value()), nonNull(line.packageName())).stream()
                .filter(PartNumbers::present).toList());
        List<ManufacturerPart> parts = line.mpn() == null ? List.of() : List.of(new ManufacturerPart(line.manufacturer(), line.mpn()));
        return new ItemDetails(owner, number, name.length() > 200 ? name.substring(0, 200) : name,
                description.isEmpty() ? null : description, ItemKind.PART, UnitOfMeasure.EA, Tracking.NONE, null, null, parts, null);
    }

    private static String nonNull(String value) {
        return value == null ? "" : value;
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}
