package org.jointline.engineering;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.jointline.engineering.internal.Boms;
import org.jointline.engineering.internal.Explosions;
import org.jointline.engineering.internal.Items;
import org.jointline.engineering.internal.Readers;
import org.jointline.platform.Actor;
import org.jointline.platform.InvalidInput;
import org.jointline.platform.NotFound;
import org.jointline.platform.StateRefused;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Bills of materials: revisions of an assembly, their lines, release (after which a revision never
 * changes), and the multi-level views: explosion, where-used, comparison.
 */
@Service
@Transactional
public class BomManagement {

    public static final int MAX_DEPTH = 50;

    private final Boms boms;
    private final Items items;
    private final Explosions explosions;
    private final Readers readers;
    private final ItemManagement itemManagement;
    private final ApplicationEventPublisher events;

    BomManagement(Boms boms, Items items, Explosions explosions, Readers readers, ItemManagement itemManagement,
                  ApplicationEventPublisher events) {
        this.boms = boms;
        this.items = items;
        this.explosions = explosions;
        this.readers = readers;
        this.itemManagement = itemManagement;
        this.events = events;
    }

    @Transactional(readOnly = true)
    public List<BomRevision> revisions(Actor actor, ItemId assembly) {
        itemManagement.get(actor, assembly);
        return boms.revisions(assembly);
    }

    @Transactional(readOnly = true)
    public BomRevision revision(Actor actor, BomRevisionId id) {
        BomRevision revision = boms.revision(id).orElseThrow(() -> new NotFound("revision", id));
        itemManagement.get(actor, revision.assemblyId());
        return revision;
    }

    @Transactional(readOnly = true)
    public List<BomLine> lines(Actor actor, BomRevisionId id) {
        return visible(actor, revision(actor, id), boms.lines(id));
    }

    /**
     * The lines whose component the actor may see; the assembly's owner sees every line of its own BOM, a
     * partner to whom the assembly is shared sees only the lines of components shared with it too.
     */
    private List<BomLine> visible(Actor actor, BomRevision revision, List<BomLine> lines) {
        Reach reach = readers.reach(actor);
        if (reach.all() || actor.actsFor(itemManagement.get(actor, revision.assemblyId()).ownerId().value())) {
            return lines;
        }
        Set<ItemId> seen = itemManagement.getAll(actor, lines.stream().map(BomLine::componentId).toList()).keySet();
        return lines.stream().filter(l -> seen.contains(l.componentId())).toList();
    }

    /** A new draft revision, starting as a copy of the latest one (if any). */
    public BomRevision startRevision(Actor actor, ItemId assemblyId, String note) {
        return startRevision(actor, assemblyId, note, true);
    }

    /** A new draft revision; an import starts it empty, since the file is the whole new BOM. */
    BomRevision startRevision(Actor actor, ItemId assemblyId, String note, boolean copyLatest) {
        Item assembly = itemManagement.get(actor, assemblyId);
        readers.requireChange(actor, assembly.ownerId());
        if (!assembly.kind().isAssembly()) {
            throw new StateRefused("bom.not-an-assembly", assembly.number());
        }
        List<BomRevision> existing = boms.revisions(assemblyId);
        if (existing.stream().anyMatch(r -> r.status() == RevisionStatus.DRAFT)) {
            throw new StateRefused("bom.draft-exists", assembly.number());
        }
        BomRevisionId id = BomRevisionId.next();
        BomRevision latest = existing.isEmpty() ? null : existing.getFirst();
        boms.insertRevision(id, assemblyId, RevisionLabels.next(existing.stream().map(BomRevision::label).toList()),
                latest == null ? null : latest.id(), note);
        if (latest != null && copyLatest) {
            copyLines(latest.id(), id);
        }
        return boms.revision(id).orElseThrow();
    }

    public BomLine addLine(Actor actor, BomRevisionId revisionId, BomLineDetails details) {
        return addLines(actor, revisionId, List.of(details)).getFirst();
    }

    /** Adds many lines in one statement (imports); each is checked as a single line would be. */
    public List<BomLine> addLines(Actor actor, BomRevisionId revisionId, List<BomLineDetails> lines) {
        BomRevision revision = draft(actor, revisionId);
        checkComponents(actor, revision.assemblyId(), lines);
        int next = boms.nextPosition(revisionId);
        List<BomLineDetails> positioned = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            BomLineDetails l = lines.get(i);
            int position = l.position() == null ? next + i * 10 : l.position();
            positioned.add(new BomLineDetails(l.componentId(), l.quantity(), position, l.designators(), l.notes(),
                    l.doNotPlace(), l.alternates()));
        }
        List<BomLineId> ids = IntStream.range(0, lines.size()).mapToObj(i -> BomLineId.next()).toList();
        boms.insertLines(revisionId, ids, positioned);
        Map<BomLineId, BomLine> created = boms.lines(revisionId).stream().collect(Collectors.toMap(BomLine::id, l -> l));
        return ids.stream().map(created::get).toList();
    }

    public BomLine updateLine(Actor actor, BomLineId lineId, BomLineDetails details) {
        BomLine line = boms.line(lineId).orElseThrow(() -> new NotFound("line", lineId));
        BomRevision revision = draft(actor, line.revisionId());
        checkComponents(actor, revision.assemblyId(), List.of(details));
        boms.updateLine(lineId, details);
        return boms.line(lineId).orElseThrow();
    }

    public void removeLine(Actor actor, BomLineId lineId) {
        BomLine line = boms.line(lineId).orElseThrow(() -> new NotFound("line", lineId));
        draft(actor, line.revisionId());
        boms.deleteLine(lineId);
    }

    public BomRevision release(Actor actor, BomRevisionId id, RevisionRelease release) {
        BomRevision revision = draft(actor, id);
        if (revision.lineCount() == 0) {
            throw new StateRefused("bom.release-empty", revision.label());
        }
        LocalDate from = release.effectiveFrom() == null ? LocalDate.now() : release.effectiveFrom();
        boms.release(id, revision.assemblyId(), from, release.serialFrom(), release.serialTo(), actor.personId());
        events.publishEvent(new BomRevisionReleased(id, revision.assemblyId(), revision.label(), from));
        return boms.revision(id).orElseThrow();
    }

    @Transactional(readOnly = true)
    public Explosion explode(Actor actor, ItemId root, BomRevisionId revision, Integer depth, LocalDate at) {
        itemManagement.get(actor, root);
        if (revision != null && !revision(actor, revision).assemblyId().equals(root)) {
            throw new InvalidInput("revision", "bom.revision-of-other-item");
        }
        int levels = depth == null ? MAX_DEPTH : Math.clamp(depth, 1, MAX_DEPTH);
        LocalDate date = at == null ? LocalDate.now() : at;
        List<ExplosionRow> rows = explosions.explode(root, revision == null ? null : revision.value(), levels, date,
                readers.reach(actor));
        return new Explosion(root, date, levels, rows, (int) rows.stream().filter(ExplosionRow::hidden).count());
    }

    @Transactional(readOnly = true)
    public List<WhereUsedRow> whereUsed(Actor actor, ItemId item) {
        itemManagement.get(actor, item);
        return boms.whereUsed(item, MAX_DEPTH, readers.reach(actor));
    }

    @Transactional(readOnly = true)
    public RevisionComparison compare(Actor actor, BomRevisionId from, BomRevisionId to) {
        BomRevision a = revision(actor, from);
        BomRevision b = revision(actor, to);
        return RevisionComparisons.of(a, visible(actor, a, boms.lines(from)), b, visible(actor, b, boms.lines(to)));
    }

    private BomRevision draft(Actor actor, BomRevisionId id) {
        BomRevision revision = revision(actor, id);
        readers.requireChange(actor, itemManagement.get(actor, revision.assemblyId()).ownerId());
        if (revision.status() != RevisionStatus.DRAFT) {
            throw new StateRefused("bom.released-immutable", revision.label());
        }
        return revision;
    }

    /** Every component and alternate visible and usable, and no loop: three statements for any number of lines. */
    private void checkComponents(Actor actor, ItemId assembly, List<BomLineDetails> lines) {
        Set<UUID> wanted = new HashSet<>();
        lines.forEach(l -> {
            wanted.add(l.componentId().value());
            l.alternates().forEach(a -> wanted.add(a.value()));
        });
        Map<ItemId, Item> found = itemManagement.getAll(actor, wanted.stream().map(ItemId::new).toList());
        for (BomLineDetails line : lines) {
            Item component = found.get(line.componentId());
            if (component == null) {
                throw new InvalidInput("componentId", "bom.unknown-component", line.componentId());
            }
            if (component.status() == ItemStatus.OBSOLETE) {
                throw new InvalidInput("componentId", "bom.obsolete-component", component.number());
            }
            if (component.id().equals(assembly)) {
                throw new BomCycleRefused(component.number() + " → " + component.number());
            }
            line.alternates().stream().filter(a -> !found.containsKey(a)).findFirst().ifPresent(a -> {
                throw new InvalidInput("alternates", "bom.unknown-component", a);
            });
        }
        boms.pathDown(lines.stream().map(BomLineDetails::componentId).toList(), assembly).ifPresent(path -> {
            List<UUID> loop = new ArrayList<>(path);
            loop.addFirst(assembly.value());
            Map<UUID, String> numbers = new HashMap<>();
            items.byIds(loop).forEach(i -> numbers.put(i.id().value(), i.number()));
            throw new BomCycleRefused(loop.stream().map(numbers::get).collect(Collectors.joining(" → ")));
        });
    }

    private void copyLines(BomRevisionId from, BomRevisionId to) {
        List<BomLineDetails> lines = boms.lines(from).stream().map(l -> new BomLineDetails(l.componentId(), l.quantity(),
                l.position(), l.designators(), l.notes(), l.doNotPlace(), l.alternates())).toList();
        if (!lines.isEmpty()) {
            boms.insertLines(to, lines.stream().map(l -> BomLineId.next()).toList(), lines);
        }
    }
}
