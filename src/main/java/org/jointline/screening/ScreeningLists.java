package org.jointline.screening;

import java.util.List;
import org.jointline.platform.Actor;
import org.jointline.platform.PageQuery;
import org.jointline.platform.PageResult;
import org.jointline.platform.Role;
import org.jointline.screening.internal.Imports;
import org.jointline.screening.internal.ListImporter;
import org.springframework.stereotype.Service;

/** Sanctions lists: imports by compliance officers, and their history. */
@Service
public class ScreeningLists {

    private final ListImporter importer;
    private final Imports imports;

    ScreeningLists(ListImporter importer, Imports imports) {
        this.importer = importer;
        this.imports = imports;
    }

    /** Imports a list from its files, the format told by their content; applies only what changed. */
    public ListImport importFiles(Actor actor, List<ListFile> files) {
        actor.require(Role.COMPLIANCE_OFFICER);
        return importer.importFiles(actor, files);
    }

    public PageResult<ListImport> history(Actor actor, PageQuery query) {
        actor.require(Role.COMPLIANCE_OFFICER, Role.AUDITOR);
        return imports.page(query);
    }
}
