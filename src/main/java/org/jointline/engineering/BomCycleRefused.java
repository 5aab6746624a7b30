package org.jointline.engineering;

import org.jointline.platform.InvalidInput;

/** Adding the component would make an assembly contain itself; the path names the loop. */
public class BomCycleRefused extends InvalidInput {

    public BomCycleRefused(String path) {
        super("componentId", "bom.cycle", path);
    }
}
