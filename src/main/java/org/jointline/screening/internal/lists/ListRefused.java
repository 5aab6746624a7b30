package org.jointline.screening.internal.lists;

import org.jointline.platform.InvalidInput;

/** A list file that cannot be read as a whole: nothing of it is applied. */
public class ListRefused extends InvalidInput {

    public ListRefused(String messageKey, Object... arguments) {
        super("file", messageKey, arguments);
    }
}
