package org.jointline.demo;

import java.util.Map;
import org.jointline.JointlineTest;
import org.jointline.platform.Installation;
import org.jointline.platform.Role;
import org.jointline.platform.security.Accounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

@JointlineTest
class DemoProgrammeTests {

    @Autowired Accounts accounts;
    @Autowired JdbcClient jdbc;
    @Autowired DemoProgramme demo;
    @Autowired Installation installation;

    @Test
    void hasAPersonInEveryRoleOfTheDomain() {
        Map<String, Role> expected = Map.ofEntries(entry("admin", Role.ADMINISTRATOR), entry("office.ro", Role.PROGRAMME_OFFICE),
                entry("engineer.ro", Role.ENGINEER), entry("engineer.ua", Role.ENGINEER), entry("steward.ro", Role.DATA_STEWARD),
                entry("steward.ua", Role.DATA_STEWARD), entry("compliance.ro", Role.COMPLIANCE_OFFICER),
                entry("compliance.ua", Role.COMPLIANCE_OFFICER), entry("buyer.ro", Role.BUYER), entry("planner.ro", Role.PLANNER),
                entry("operator.ro", Role.OPERATOR), entry("operator.ua", Role.OPERATOR), entry("inspector.ro", Role.INSPECTOR),
                entry("acceptance.ro", Role.CUSTOMER_ACCEPTANCE), entry("acceptance.ua", Role.CUSTOMER_ACCEPTANCE),
                entry("auditor", Role.AUDITOR));
        expected.forEach((username, role) ->
                assertThat(accounts.byUsername(username)).as(username).hasValueSatisfying(a -> assertThat(a.roles()).contains(role)));
        assertThat(Role.values()).allSatisfy(role -> assertThat(expected.values()).contains(role));
    }

    @Test
    void theAcceptanceOfficersActForTheirMinistries() {
        assertThat(organisationOf("acceptance.ro")).isEqualTo("Ministerul Apărării Naționale");
        assertThat(organisationOf("acceptance.ua")).isEqualTo("Ministry of Defence of Ukraine");
        assertThat(organisationOf("engineer.ua")).isEqualTo("Dnipro Unmanned Systems TOV");
    }

    @Test
    void theProgrammeHasItsMembersFacilitiesAndLines() {
        assertThat(jdbc.sql("""
                SELECT o.kind || ':' || o.country FROM partners.membership m
                JOIN partners.organisation o ON o.id = m.organisation_id
                JOIN partners.programme p ON p.id = m.programme_id WHERE p.code = 'RO-UA-JDP'""").query(String.class).list())
                .containsExactlyInAnyOrder("MANUFACTURER:RO", "MANUFACTURER:UA", "SUPPLIER:IT", "SUPPLIER:CN", "CUSTOMER:RO", "CUSTOMER:UA",
                        "AUTHORITY:RO", "AUTHORITY:UA");
        assertThat(jdbc.sql("SELECT count(*) FROM partners.production_line").query(Long.class).single()).isGreaterThanOrEqualTo(6);
    }

    @Autowired org.jointline.engineering.ItemManagement items;
    @Autowired org.jointline.engineering.BomManagement boms;

    @Test
    void theDemoDroneIsAReleasedThreeLevelProduct() {
        var engineer = accounts.byUsername("engineer.ro").orElseThrow().actor();
        var drone = items.list(engineer, org.jointline.platform.PageQuery.of(0, 5, "CAS-FPV7"), null).items().getFirst();
        var explosion = boms.explode(engineer, drone.id(), null, null, null);
        assertThat(explosion.rows()).extracting(org.jointline.engineering.ExplosionRow::level).contains(0, 1, 2);
        assertThat(explosion.rows()).filteredOn(r -> "CAS-3002".equals(r.number())).singleElement()
                .satisfies(r -> assertThat(r.extendedQuantity()).isEqualByComparingTo("4"));
    }

    @Test
    void runningAgainLoadsNothingTwice() throws Exception {
        long before = count();
        demo.run(null);
        assertThat(count()).isEqualTo(before);
    }

    @Test
    @Transactional
    void refusesToLoadIntoADatabaseThatHoldsOtherData() throws Exception {
        jdbc.sql("DELETE FROM platform.installation WHERE key = :key").param("key", DemoProgramme.FACT).update();
        long before = count();
        demo.run(null);
        assertThat(count()).isEqualTo(before);
        assertThat(installation.fact(DemoProgramme.FACT)).isEmpty();
    }

    private long count() {
        return jdbc.sql("SELECT (SELECT count(*) FROM partners.organisation) + (SELECT count(*) FROM partners.person)")
                .query(Long.class).single();
    }

    private String organisationOf(String username) {
        return jdbc.sql("SELECT o.name FROM partners.person p JOIN partners.organisation o ON o.id = p.organisation_id WHERE p.username = :u")
                .param("u", username).query(String.class).single();
    }
}
