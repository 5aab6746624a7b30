package org.jointline.screening.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jointline.platform.Actor;
import org.jointline.platform.Ids;
import org.jointline.screening.ListFile;
import org.jointline.screening.ListImport;
import org.jointline.screening.internal.lists.ListEntry;
import org.jointline.screening.internal.lists.ListFormats;
import org.jointline.screening.internal.lists.ListRefused;
import org.jointline.screening.internal.lists.ParsedList;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reads the whole file first (a refusal leaves the current list as it is), then applies only the differences in
 * one transaction: new entries, changed entries (by content hash), entries no longer listed. When anything
 * changed, the index is rebuilt and every party is screened again.
 */
@Component
public class ListImporter {

    private final Entries entries;
    private final Imports imports;
    private final Lists lists;
    private final Screening screening;
    private final TransactionTemplate transactions;

    ListImporter(Entries entries, Imports imports, Lists lists, Screening screening, TransactionTemplate transactions) {
        this.entries = entries;
        this.imports = imports;
        this.lists = lists;
        this.screening = screening;
        this.transactions = transactions;
    }

    public ListImport importFiles(Actor actor, List<ListFile> files) {
        ParsedList parsed = ListFormats.read(files);
        Set<String> references = new HashSet<>();
        for (ListEntry e : parsed.entries()) {
            if (!references.add(e.reference())) {
                throw new ListRefused("screening.import.duplicate-entry", e.reference());
            }
        }
        ListImport done = transactions.execute(status -> apply(actor, files, parsed));
        if (!done.changedNothing()) {
            lists.rebuild();
            int rescreened = transactions.execute(status -> screening.rescreenAll());
            imports.rescreened(done.id(), rescreened);
            done = new ListImport(done.id(), done.list(), done.format(), done.files(), done.importedBy(), done.importedAt(),
                    done.entries(), done.added(), done.changed(), done.removed(), rescreened);
        }
        return done;
    }

    private ListImport apply(Actor actor, List<ListFile> files, ParsedList parsed) {
        Instant now = Instant.now();
        Map<String, Entries.Stored> stored = entries.of(parsed.list());
        Map<ListEntry, String> hashes = new HashMap<>();
        List<ListEntry> added = new ArrayList<>();
        List<ListEntry> changed = new ArrayList<>();
        for (ListEntry e : parsed.entries()) {
            String hash = entries.hash(e);
            hashes.put(e, hash);
            Entries.Stored before = stored.remove(e.reference());
            if (before == null) {
                added.add(e);
            } else if (!before.hash().equals(hash) || before.removed()) {
                changed.add(e);
            }
        }
        List<UUID> removed = stored.values().stream().filter(s -> !s.removed()).map(Entries.Stored::id).toList();
        entries.insert(added, hashes, now);
        entries.update(changed, hashes, now);
        entries.remove(removed, now);
        String names = String.join(", ", files.stream().map(ListFile::filename).toList());
        ListImport record = new ListImport(Ids.next(), parsed.list(), parsed.format(), names, actor.username(), now,
                parsed.entries().size(), added.size(), changed.size(), removed.size(), 0);
        imports.insert(record);
        return record;
    }
}
