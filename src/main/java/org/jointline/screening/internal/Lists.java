package org.jointline.screening.internal;

import org.jointline.screening.internal.matching.ListIndex;
import org.springframework.stereotype.Component;

/** The in-memory index of the live list entries: built on first use, rebuilt after every import that changed something. */
@Component
public class Lists {

    private final Entries entries;
    private volatile ListIndex index;

    Lists(Entries entries) {
        this.entries = entries;
    }

    public ListIndex index() {
        ListIndex current = index;
        if (current == null) {
            synchronized (this) {
                if (index == null) {
                    index = ListIndex.of(entries.live());
                }
                current = index;
            }
        }
        return current;
    }

    synchronized void rebuild() {
        index = ListIndex.of(entries.live());
    }
}
