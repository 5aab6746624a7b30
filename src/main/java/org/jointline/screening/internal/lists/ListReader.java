package org.jointline.screening.internal.lists;

import java.util.List;
import org.jointline.screening.ListFile;

/** One published list format. A further format (EU FSF, UK, NSDC) is one more implementation. */
public interface ListReader {

    /** Whether these files are in this reader's format, judged from their content, not their names. */
    boolean recognises(List<ListFile> files);

    /** Reads the whole list or refuses it with {@link ListRefused}. */
    ParsedList read(List<ListFile> files);
}
