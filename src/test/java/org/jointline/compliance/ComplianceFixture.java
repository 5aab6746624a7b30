package org.jointline.compliance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jointline.engineering.Item;
import org.jointline.engineering.ItemDetails;
import org.jointline.engineering.ItemId;
import org.jointline.engineering.ItemKind;
import org.jointline.engineering.ItemManagement;
import org.jointline.engineering.Tracking;
import org.jointline.engineering.UnitOfMeasure;
import org.jointline.partners.FacilityId;
import org.jointline.partners.FacilityManagement;
import org.jointline.partners.OrganisationId;
import org.jointline.partners.OrganisationManagement;
import org.jointline.platform.Actor;
import org.jointline.platform.PageQuery;
import org.jointline.platform.security.Accounts;

/** The demo programme's parties and fresh items for each test, so that tests do not see each other's licences. */
record ComplianceFixture(Accounts accounts, ItemManagement items, OrganisationManagement organisations,
                         FacilityManagement facilities, Classifications classifications, Authorisations authorisations,
                         java.util.Map<String, OrganisationId> consignees) {

    ComplianceFixture(Accounts accounts, ItemManagement items, OrganisationManagement organisations,
                      FacilityManagement facilities, Classifications classifications, Authorisations authorisations) {
        this(accounts, items, organisations, facilities, classifications, authorisations, new java.util.HashMap<>());
    }

    Actor actor(String username) {
        return accounts.byUsername(username).orElseThrow().actor();
    }

    Actor engineer() {
        return actor("engineer.ro");
    }

    Actor officer() {
        return actor("compliance.ro");
    }

    OrganisationId organisation(String name) {
        return organisations.choices(officer()).stream().filter(o -> o.name().equals(name)).findFirst().orElseThrow().id();
    }

    OrganisationId carpathian() {
        return new OrganisationId(officer().organisationId());
    }

    /**
     * A Ukrainian armed-forces consignee of this test alone: the demo's ministry may be held by sanctions screening
     * once other tests import the lists (its name is close to listed ministries), and licences of other tests name it.
     */
    OrganisationId ukrainianMod() {
        return consignees.computeIfAbsent("UA", this::newConsignee);
    }

    /** An Italian consignee of this test alone. */
    OrganisationId italian() {
        return consignees.computeIfAbsent("IT", this::newConsignee);
    }

    /** A new organisation of its own, so that no other test's certificates or licences name it. */
    OrganisationId newConsignee(String country) {
        return organisations.register(actor("office.ro"), new org.jointline.partners.OrganisationDetails(
                "Consignee " + UUID.randomUUID(), org.jointline.partners.OrganisationKind.CUSTOMER,
                country, null, null, null)).id();
    }

    FacilityId brasov() {
        return facilities.list(officer(), new PageQuery(0, 5, "BRV-1"), null).items().getFirst().id();
    }

    ItemId item(String name, Regime regime, String code) {
        String number = "T-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        Item item = items.create(engineer(), new ItemDetails(carpathian(), number, name, null, ItemKind.END_ITEM,
                UnitOfMeasure.EA, Tracking.SERIAL, null, "RO", List.of(), null));
        if (regime != null) {
            classifications.classify(officer(), item.id(), new ClassificationDetails(regime, code, "test: " + name));
        }
        return item.id();
    }

    Authorisation licence(AuthorisationType type, OrganisationId holder, List<ItemId> covered, List<CoveredCode> codes,
                          List<String> destinations, List<OrganisationId> consignees, String quantity, String value,
                          LocalDate from, LocalDate to) {
        String reference = type + "-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        return authorisations.register(holder == null ? actor("admin") : officer(), new AuthorisationDetails(reference, type, "ANCEX", "RO", holder, codes,
                covered, destinations, consignees, List.of(), quantity == null ? null : new BigDecimal(quantity),
                value == null ? null : new BigDecimal(value), from, to, "Armed forces of Ukraine", null, null));
    }

    Authorisation individual(ItemId item, String quantity, String value) {
        return individual(item, ukrainianMod(), quantity, value);
    }

    Authorisation individual(ItemId item, OrganisationId consignee, String quantity, String value) {
        return licence(AuthorisationType.INDIVIDUAL, carpathian(), List.of(item), List.of(), List.of("UA"),
                List.of(consignee), quantity, value, LocalDate.now().minusDays(1), LocalDate.now().plusYears(1));
    }

    AssessmentRequest goods(OrganisationId consignee, String country, ItemId item, String quantity, String value) {
        return new AssessmentRequest(brasov(), consignee, country, TransferKind.GOODS,
                List.of(new AssessmentLine(item, null, new BigDecimal(quantity), new BigDecimal(value))), "SHP-TEST");
    }
}
