package org.jointline.sharing.web;

import java.util.List;

/** A form that tries to share someone else's item, for the tenancy probe. */
public final class AgreementFormSample {

    private AgreementFormSample() {
    }

    public static AgreementForm sharing(String number) {
        return new AgreementForm("Hack", null, null, number, null, null, null, List.of("view"), List.of(), List.of(), null, null, null, null, false);
    }
}
