package org.jointline.supply;

import org.jointline.platform.StateRefused;

/**
 * Refused because sanctions screening holds the supplier for an officer ({@code supply.supplier-held}) or an
 * officer confirmed a match ({@code supply.supplier-blocked}); the API answers 409 with that code.
 */
public class SupplierNotClear extends StateRefused {

    public SupplierNotClear(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }

    /** The problem code, e.g. {@code supply.supplier-held}. */
    public String code() {
        return messageKey();
    }
}
