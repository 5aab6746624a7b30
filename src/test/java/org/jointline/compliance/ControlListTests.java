package org.jointline.compliance;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.jointline.JointlineTest;
import org.jointline.platform.Actor;
import org.jointline.platform.InvalidInput;
import org.jointline.platform.PageQuery;
import org.jointline.platform.security.Accounts;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The EU dual-use list import: the real file, a repeat that changes nothing, a newer file, and refused files. */
@JointlineTest
class ControlListTests {

    static final Path ANNEX_I = Path.of("../shared/data/control-lists/annex_i_en_2025-11.json");

    @Autowired ControlLists lists;
    @Autowired Accounts accounts;

    Actor officer() {
        return accounts.byUsername("compliance.ro").orElseThrow().actor();
    }

    byte[] annexI() throws Exception {
        Assumptions.assumeTrue(Files.isRegularFile(ANNEX_I), ANNEX_I + " is absent: the real control-list tests are skipped");
        return Files.readAllBytes(ANNEX_I);
    }

    @Test
    void importsTheRealListAsATreeAndARepeatChangesNothing() throws Exception {
        byte[] file = annexI();
        lists.importDualUse(officer(), "annex_i_en_2025-11.json", new ByteArrayInputStream(file));
        assertThat(lists.entries(Regime.EU_DUAL_USE, new PageQuery(0, 1, null)).totalItems()).isEqualTo(552);
        ControlEntry drone = lists.entry(Regime.EU_DUAL_USE, "9A012");
        assertThat(drone.label()).contains("UAVs");
        assertThat(drone.parentCode()).isNull();
        assertThat(lists.children(Regime.EU_DUAL_USE, "9E003")).extracting(ControlEntry::code)
                .containsExactly("9E003.c", "9E003.h", "9E003.i");
        assertThat(lists.entry(Regime.EU_DUAL_USE, "9E003.c").parentCode()).isEqualTo("9E003");

        ControlListImport again = lists.importDualUse(officer(), "again.json", new ByteArrayInputStream(file));
        assertThat(again.total()).isEqualTo(552);
        assertThat(again.added() + again.changed() + again.removed()).isZero();
        assertThat(lists.imports(new PageQuery(0, 10, null)).items()).first().isEqualTo(again);
    }

    @Test
    void aNewerFileAppliesOnlyItsDifferences() throws Exception {
        byte[] file = annexI();
        lists.importDualUse(officer(), "base.json", new ByteArrayInputStream(file));
        String newer = new String(file, StandardCharsets.UTF_8)
                .replace("\"code\": \"9E102\"", "\"code\": \"9E199\"")
                .replace("\"version\": \"2025-11\"", "\"version\": \"2026-05\"");
        ControlListImport result = lists.importDualUse(officer(), "newer.json",
                new ByteArrayInputStream(newer.getBytes(StandardCharsets.UTF_8)));
        assertThat(result.version()).isEqualTo("2026-05");
        assertThat(result.added()).isEqualTo(1);
        assertThat(result.removed()).isEqualTo(1);
        assertThat(lists.entry(Regime.EU_DUAL_USE, "9E102").withdrawn()).isTrue();
        lists.importDualUse(officer(), "back.json", new ByteArrayInputStream(file));
        assertThat(lists.entry(Regime.EU_DUAL_USE, "9E102").withdrawn()).isFalse();
    }

    @Test
    void aTruncatedOrForeignFileIsRefusedWithoutTouchingTheList() throws Exception {
        long before = lists.entries(Regime.EU_DUAL_USE, new PageQuery(0, 1, null)).totalItems();
        long imports = lists.imports(new PageQuery(0, 1, null)).totalItems();
        byte[] truncated = Arrays.copyOf(annexIOrSample(), annexIOrSample().length / 2);
        assertThatThrownBy(() -> lists.importDualUse(officer(), "cut.json", new ByteArrayInputStream(truncated)))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.field()).isEqualTo("file"));
        byte[] csv = "36,\"AEROCARIBBEAN AIRLINES\",-0- ,\"CUBA\",-0- ,-0- \n".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> lists.importDualUse(officer(), "sdn.csv", new ByteArrayInputStream(csv)))
                .isInstanceOf(InvalidInput.class);
        byte[] otherJson = "{\"entries\":[{\"code\":\"DROP TABLE\",\"label\":\"x\"}]}".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> lists.importDualUse(officer(), "x.json", new ByteArrayInputStream(otherJson)))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.getMessage()).isEqualTo("compliance.list-bad-entry"));
        assertThat(lists.entries(Regime.EU_DUAL_USE, new PageQuery(0, 1, null)).totalItems()).isEqualTo(before);
        assertThat(lists.imports(new PageQuery(0, 1, null)).totalItems()).isEqualTo(imports);
    }

    @Test
    void theMilitaryListAndUsMarkersShip() {
        assertThat(lists.children(Regime.EU_MILITARY, null)).hasSize(22)
                .extracting(ControlEntry::code).contains("ML1", "ML10", "ML21", "ML22");
        assertThat(lists.entry(Regime.USML, "Cat VIII").label()).contains("Aircraft");
        assertThat(lists.entry(Regime.EAR99, "EAR99")).isNotNull();
        assertThat(lists.entry(Regime.NOT_CONTROLLED, "NLR")).isNotNull();
    }

    private byte[] annexIOrSample() throws Exception {
        if (Files.isRegularFile(ANNEX_I)) {
            return Files.readAllBytes(ANNEX_I);
        }
        return "{\"entries\":[{\"code\":\"9A012\",\"label\":\"UAVs\"},{\"code\":\"9E001\",\"label\":\"Technology\"}]}"
                .getBytes(StandardCharsets.UTF_8);
    }
}
