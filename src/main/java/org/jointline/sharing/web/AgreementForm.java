package org.jointline.sharing.web;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The agreement form: whom, what (item numbers one by one or as subtrees, one per line or separated by commas;
 * documents as the item number and the document number, one per line; classifications as regime and code, one per line)
 * and the policy in its most used shape: permitted and prohibited actions, validity, recipient countries,
 * purposes and a download limit for the actions beyond viewing, and the watermark duty.
 */
public record AgreementForm(String title, UUID programmeId, UUID assigneeOrganisationId, String items, String subtrees,
                            String documents, String classifications,
                            List<String> permitted, List<String> prohibited, List<String> purposes,
                            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate validFrom,
                            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate validUntil,
                            String countries, Integer maxDownloads, Boolean watermark) {

    public AgreementForm {
        permitted = permitted == null ? List.of() : List.copyOf(permitted);
        prohibited = prohibited == null ? List.of() : List.copyOf(prohibited);
        purposes = purposes == null ? List.of() : List.copyOf(purposes);
        watermark = Boolean.TRUE.equals(watermark);
    }

    public static AgreementForm empty(UUID programme) {
        return new AgreementForm(null, programme, null, null, null, null, null, List.of("view"), List.of(), List.of(), null, null,
                null, null, true);
    }
}
