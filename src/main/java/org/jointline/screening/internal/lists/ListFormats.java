package org.jointline.screening.internal.lists;

import java.util.List;
import org.jointline.screening.ListFile;

/** Finds the reader for uploaded files from their content. */
public final class ListFormats {

    private static final List<ListReader> READERS = List.of(new UnConsolidatedXmlReader(), new OfacLegacyCsvReader());

    private ListFormats() {
    }

    public static ParsedList read(List<ListFile> files) {
        if (files.isEmpty() || files.stream().allMatch(f -> f.content().length == 0)) {
            throw new ListRefused("screening.import.empty");
        }
        return READERS.stream().filter(r -> r.recognises(files)).findFirst()
                .orElseThrow(() -> new ListRefused("screening.import.unknown-format"))
                .read(files);
    }

    static String head(ListFile file, int length) {
        int n = Math.min(length, file.content().length);
        String head = new String(file.content(), 0, n, java.nio.charset.StandardCharsets.UTF_8);
        return head.startsWith("\uFEFF") ? head.substring(1) : head;
    }
}
