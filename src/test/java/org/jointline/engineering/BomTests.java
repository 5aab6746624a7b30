package org.jointline.engineering;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jointline.JointlineTest;
import org.jointline.partners.OrganisationId;
import org.jointline.platform.Actor;
import org.jointline.platform.NotFound;
import org.jointline.platform.StateRefused;
import org.jointline.platform.security.Accounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@JointlineTest
class BomTests {

    @Autowired ItemManagement items;
    @Autowired BomManagement boms;
    @Autowired Accounts accounts;

    private Actor engineer;
    private String prefix;

    @BeforeEach
    void engineer() {
        engineer = accounts.byUsername("engineer.ro").orElseThrow().actor();
        prefix = "T" + UUID.randomUUID().toString().substring(0, 6).toUpperCase() + "-";
    }

    @Test
    void explodesThreeLevelsWithExtendedQuantities() {
        Item drone = item("DRONE", ItemKind.END_ITEM);
        Item board = item("FC", ItemKind.ASSEMBLY);
        Item resistor = item("R10K", ItemKind.PART);
        Item motor = item("MOTOR", ItemKind.PART);
        released(board, line(resistor, "4", "R1", "R2", "R3", "R4"));
        released(drone, line(board, "1"), line(motor, "4"));

        Explosion explosion = boms.explode(engineer, drone.id(), null, null, null);

        assertThat(explosion.rows()).extracting(ExplosionRow::level, ExplosionRow::number, r -> r.extendedQuantity().toPlainString())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(0, prefix + "DRONE", "1"),
                        org.assertj.core.groups.Tuple.tuple(1, prefix + "FC", "1"),
                        org.assertj.core.groups.Tuple.tuple(2, prefix + "R10K", "4"),
                        org.assertj.core.groups.Tuple.tuple(1, prefix + "MOTOR", "4"));
        assertThat(boms.explode(engineer, drone.id(), null, 1, null).rows()).hasSize(3);
        assertThat(boms.whereUsed(engineer, resistor.id())).extracting(WhereUsedRow::level, WhereUsedRow::number)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, prefix + "FC"), org.assertj.core.groups.Tuple.tuple(2, prefix + "DRONE"));
    }

    @Test
    void aReleasedRevisionNeverChanges() {
        Item board = item("FC", ItemKind.ASSEMBLY);
        Item part = item("C1", ItemKind.PART);
        BomRevision a = released(board, line(part, "2"));
        BomLine first = boms.lines(engineer, a.id()).getFirst();

        assertThatThrownBy(() -> boms.addLine(engineer, a.id(), line(part, "1")))
                .isInstanceOf(StateRefused.class).hasMessage("bom.released-immutable");
        assertThatThrownBy(() -> boms.updateLine(engineer, first.id(), line(part, "5")))
                .isInstanceOf(StateRefused.class);
        assertThatThrownBy(() -> boms.removeLine(engineer, first.id())).isInstanceOf(StateRefused.class);
        assertThatThrownBy(() -> boms.release(engineer, a.id(), new RevisionRelease(null, null, null))).isInstanceOf(StateRefused.class);
        assertThat(boms.lines(engineer, a.id())).singleElement().extracting(BomLine::quantity).isEqualTo(new BigDecimal("2"));
    }

    @Test
    void aNewRevisionStartsAsACopyAndTheComparisonShowsTheChanges() {
        Item board = item("FC", ItemKind.ASSEMBLY);
        Item c1 = item("C1", ItemKind.PART);
        Item c2 = item("C2", ItemKind.PART);
        Item c3 = item("C3", ItemKind.PART);
        BomRevision a = released(board, line(c1, "2"), line(c2, "1"));
        BomRevision b = boms.startRevision(engineer, board.id(), null);
        assertThat(b.label()).isEqualTo("B");
        List<BomLine> copied = boms.lines(engineer, b.id());
        assertThat(copied).hasSize(2);
        boms.updateLine(engineer, copied.get(0).id(), line(c1, "3"));
        boms.removeLine(engineer, copied.get(1).id());
        boms.addLine(engineer, b.id(), line(c3, "1"));

        RevisionComparison comparison = boms.compare(engineer, a.id(), b.id());
        assertThat(comparison.added()).extracting(BomLine::componentNumber).containsExactly(prefix + "C3");
        assertThat(comparison.removed()).extracting(BomLine::componentNumber).containsExactly(prefix + "C2");
        assertThat(comparison.changed()).singleElement().satisfies(change -> {
            assertThat(change.before().quantity()).isEqualTo(new BigDecimal("2"));
            assertThat(change.after().quantity()).isEqualTo(new BigDecimal("3"));
        });
        assertThat(boms.lines(engineer, a.id())).hasSize(2);
    }

    @Test
    void refusesACycleNamingTheLoop() {
        Item top = item("TOP", ItemKind.ASSEMBLY);
        Item mid = item("MID", ItemKind.ASSEMBLY);
        Item low = item("LOW", ItemKind.ASSEMBLY);
        released(top, line(mid, "1"));
        released(mid, line(low, "1"));
        BomRevision lowDraft = boms.startRevision(engineer, low.id(), null);

        assertThatThrownBy(() -> boms.addLine(engineer, lowDraft.id(), line(top, "1")))
                .isInstanceOf(BomCycleRefused.class)
                .satisfies(e -> assertThat(((BomCycleRefused) e).arguments()[0])
                        .isEqualTo(prefix + "LOW → " + prefix + "TOP → " + prefix + "MID → " + prefix + "LOW"));
        assertThatThrownBy(() -> boms.addLine(engineer, lowDraft.id(), line(low, "1"))).isInstanceOf(BomCycleRefused.class);
    }

    @Test
    void explosionUsesTheRevisionInEffectAtTheDate() {
        Item board = item("FC", ItemKind.ASSEMBLY);
        Item old = item("OLD", ItemKind.PART);
        Item fresh = item("NEW", ItemKind.PART);
        BomRevision a = boms.startRevision(engineer, board.id(), null);
        boms.addLine(engineer, a.id(), line(old, "1"));
        boms.release(engineer, a.id(), new RevisionRelease(LocalDate.of(2026, 1, 1), null, null));
        BomRevision b = boms.startRevision(engineer, board.id(), null);
        boms.updateLine(engineer, boms.lines(engineer, b.id()).getFirst().id(), line(fresh, "1"));
        boms.release(engineer, b.id(), new RevisionRelease(LocalDate.of(2026, 6, 1), null, null));

        assertThat(boms.explode(engineer, board.id(), null, null, LocalDate.of(2026, 3, 1)).rows())
                .extracting(ExplosionRow::number).contains(prefix + "OLD").doesNotContain(prefix + "NEW");
        assertThat(boms.explode(engineer, board.id(), null, null, LocalDate.of(2026, 7, 1)).rows())
                .extracting(ExplosionRow::number).contains(prefix + "NEW").doesNotContain(prefix + "OLD");
    }

    @Test
    void anotherOrganisationSeesNothingOfTheItems() {
        Item board = item("SECRET", ItemKind.ASSEMBLY);
        Actor ukrainianEngineer = accounts.byUsername("engineer.ua").orElseThrow().actor();
        Actor office = accounts.byUsername("office.ro").orElseThrow().actor();

        assertThatThrownBy(() -> items.get(ukrainianEngineer, board.id())).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> boms.explode(ukrainianEngineer, board.id(), null, null, null)).isInstanceOf(NotFound.class);
        assertThat(items.list(ukrainianEngineer, org.jointline.platform.PageQuery.of(0, 200, prefix), null).items()).isEmpty();
        assertThat(items.get(office, board.id()).number()).isEqualTo(prefix + "SECRET");
    }

    @Test
    void anotherOrganisationsComponentIsAHiddenLine() {
        Actor ukrainianEngineer = accounts.byUsername("engineer.ua").orElseThrow().actor();
        Item theirs = items.create(ukrainianEngineer, details(ukrainianEngineer, "UA-PART", ItemKind.PART));
        Actor admin = accounts.byUsername("admin").orElseThrow().actor();
        Item board = item("MIXED", ItemKind.ASSEMBLY);
        Item mine = item("MINE", ItemKind.PART);
        BomRevision a = boms.startRevision(engineer, board.id(), null);
        boms.addLines(admin, a.id(), List.of(line(mine, "1"), line(theirs, "2")));

        Explosion seen = boms.explode(engineer, board.id(), null, null, null);
        assertThat(seen.hiddenLines()).isEqualTo(1);
        assertThat(seen.rows()).filteredOn(ExplosionRow::hidden).singleElement()
                .satisfies(row -> assertThat(row.number()).isNull());
        assertThat(seen.rows()).extracting(ExplosionRow::number).doesNotContain(prefix + "UA-PART");
    }

    private Item item(String number, ItemKind kind) {
        return items.create(engineer, details(engineer, number, kind));
    }

    private ItemDetails details(Actor owner, String number, ItemKind kind) {
        return new ItemDetails(new OrganisationId(owner.organisationId()), prefix + number, "Test " + number, null, kind,
                UnitOfMeasure.EA, Tracking.NONE, null, null, List.of(), null);
    }

    private BomRevision released(Item assembly, BomLineDetails... lines) {
        BomRevision draft = boms.startRevision(engineer, assembly.id(), null);
        boms.addLines(engineer, draft.id(), List.of(lines));
        return boms.release(engineer, draft.id(), new RevisionRelease(LocalDate.of(2026, 1, 1), null, null));
    }

    private static BomLineDetails line(Item component, String quantity, String... designators) {
        return new BomLineDetails(component.id(), new BigDecimal(quantity), null, List.of(designators), null, false, List.of());
    }
}
