package org.jointline.engineering;

/** Units with the number of decimals a quantity may have in them. */
public enum UnitOfMeasure {
    EA(0), SET(0), M(3), MM(0), KG(3), G(1), L(3), ML(0);

    private final int decimals;

    UnitOfMeasure(int decimals) {
        this.decimals = decimals;
    }

    public int decimals() {
        return decimals;
    }
}
