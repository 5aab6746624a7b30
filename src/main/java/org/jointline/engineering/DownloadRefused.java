package org.jointline.engineering;

import java.util.List;
import org.jointline.platform.StateRefused;

/** The policy decision point refused a download; the reasons are its codes. */
public class DownloadRefused extends StateRefused {

    private final transient List<String> reasons;

    public DownloadRefused(String document, List<String> reasons) {
        super("sharing.download-refused", document, String.join(", ", reasons));
        this.reasons = List.copyOf(reasons);
    }

    public List<String> reasons() {
        return reasons;
    }
}
