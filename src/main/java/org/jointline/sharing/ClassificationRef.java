package org.jointline.sharing;

/**
 * A classification an agreement selects by: every item and document of the owner currently classified as
 * {@code code} (or within it, e.g. 9E001.a within 9E001) under {@code regime} (a name of compliance's
 * {@code Regime}, e.g. {@code EU_DUAL_USE}, {@code EU_MILITARY}).
 */
public record ClassificationRef(String regime, String code) {
}
