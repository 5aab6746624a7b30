package org.jointline.compliance.web;

import org.springframework.stereotype.Component;

/** Where the screening module shows its hits, for the officer's queue; {@code null} while it has no page. */
@Component
class ScreeningLink {

    String hitsPage() {
        return null;
    }
}
