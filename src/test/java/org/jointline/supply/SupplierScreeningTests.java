package org.jointline.supply;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.jointline.JointlineTest;
import org.jointline.engineering.Item;
import org.jointline.engineering.Tracking;
import org.jointline.engineering.UnitOfMeasure;
import org.jointline.partners.Facility;
import org.jointline.partners.MemberRole;
import org.jointline.partners.MembershipDetails;
import org.jointline.partners.Organisation;
import org.jointline.partners.OrganisationDetails;
import org.jointline.partners.OrganisationKind;
import org.jointline.partners.OrganisationManagement;
import org.jointline.partners.ProgrammeManagement;
import org.jointline.platform.Actor;
import org.jointline.platform.PageQuery;
import org.jointline.platform.security.Accounts;
import org.jointline.screening.HitDecision;
import org.jointline.screening.ListFile;
import org.jointline.screening.PartyScreening;
import org.jointline.screening.ScreeningLists;
import org.jointline.screening.ScreeningManagement;
import org.jointline.screening.ScreeningState;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.jointline.TestActors.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The real screening module on the supply path: while a supplier is held for an officer, or blocked by a confirmed
 * match, its orders are neither confirmed nor received, the refusal says why, and nothing changes.
 */
@JointlineTest
class SupplierScreeningTests {

    static final Path UN = Path.of("../shared/data/sanctions/un-consolidated.xml");

    @Autowired PurchaseOrderManagement orders;
    @Autowired StockManagement stock;
    @Autowired OrganisationManagement organisations;
    @Autowired ProgrammeManagement programmes;
    @Autowired ScreeningLists lists;
    @Autowired ScreeningManagement screening;
    @Autowired PartyScreening parties;
    @Autowired Accounts accounts;
    @Autowired MockMvc mvc;
    SupplyFixture fixture;

    @Autowired
    void fixture(org.jointline.engineering.ItemManagement items, org.jointline.partners.FacilityManagement facilities) {
        fixture = new SupplyFixture(items, facilities, accounts);
    }

    @Test
    void aHeldOrBlockedSupplierIsNeitherConfirmedNorReceivedAndNothingChanges() throws Exception {
        Assumptions.assumeTrue(Files.isReadable(UN), UN + " is absent: the supplier screening test is skipped");
        Actor admin = fixture.actor("admin");
        Actor buyer = fixture.actor("buyer.ro");
        lists.importFiles(admin, List.of(new ListFile("un-consolidated.xml", Files.readAllBytes(UN))));

        // a supplier with a harmless name, in the programme, screened clear
        Organisation supplier = organisations.register(admin, new OrganisationDetails(
                "Vaduz Aero Parts " + UUID.randomUUID().toString().substring(0, 6), OrganisationKind.SUPPLIER, "LI", "Vaduz", null, null));
        programmes.addMember(admin, programmes.list(admin, new PageQuery(0, 1, "RO-UA-JDP")).items().getFirst().id(),
                new MembershipDetails(supplier.id(), MemberRole.SUPPLIER));
        await().atMost(Duration.ofSeconds(30)).until(() -> parties.state(supplier.id()).state() == ScreeningState.CLEAR);

        Facility brasov = fixture.facility("BRV-1");
        Location receiving = stock.location(buyer, brasov.id(), LocationKind.RECEIVING);
        Item frame = fixture.item("Frame", Tracking.LOT, UnitOfMeasure.EA);
        PurchaseOrder confirmed = orders.confirm(buyer, draft(buyer, supplier, brasov, frame).id());
        PurchaseOrder draft = draft(buyer, supplier, brasov, frame);
        PurchaseOrderLineId line = confirmed.lines().getFirst().id();
        orders.receive(buyer, confirmed.id(), new OrderReceipt(line, new BigDecimal("2"), receiving.id(), "S-1", null, null, null, null));

        // the supplier turns out to be a UN-listed company: held for an officer
        organisations.update(admin, supplier.id(), new OrganisationDetails("Aviatrans Anstalt", OrganisationKind.SUPPLIER,
                "LI", "Vaduz", null, null));
        await().atMost(Duration.ofSeconds(30)).until(() -> parties.state(supplier.id()).state() != ScreeningState.CLEAR);
        Assumptions.assumeTrue(parties.state(supplier.id()).state() == ScreeningState.HELD, "decided by another test");

        refused(() -> orders.confirm(buyer, draft.id()), "supply.supplier-held", "AVIATRANS ANSTALT");
        refused(() -> orders.receive(buyer, confirmed.id(), new OrderReceipt(line, new BigDecimal("3"), receiving.id(), "S-2",
                null, null, null, null)), "supply.supplier-held", "Aviatrans Anstalt");
        mvc.perform(post("/api/v1/supply/purchase-orders/{id}/receipts", confirmed.id()).with(as(accounts, "buyer.ro")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"line\":\"" + line + "\",\"location\":\"" + receiving.id() + "\",\"quantity\":3,\"lotNumber\":\"S-3\"}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("supply.supplier-held"))
                .andExpect(jsonPath("$.type").value("https://jointline.org/problems/supply.supplier-held"));
        unchanged(buyer, draft, confirmed, frame, brasov);

        // an officer confirms the match: blocked
        parties.state(supplier.id()).hits().forEach(h -> screening.confirm(admin, h.id(), new HitDecision("Same company, same address")));
        assertThat(parties.state(supplier.id()).state()).isEqualTo(ScreeningState.CONFIRMED);
        refused(() -> orders.confirm(buyer, draft.id()), "supply.supplier-blocked", "Aviatrans Anstalt");
        refused(() -> orders.receive(buyer, confirmed.id(), new OrderReceipt(line, BigDecimal.ONE, receiving.id(), "S-4",
                null, null, null, null)), "supply.supplier-blocked", confirmed.number());
        mvc.perform(post("/api/v1/supply/purchase-orders/{id}/confirm", draft.id()).with(as(accounts, "buyer.ro")).with(csrf()))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("supply.supplier-blocked"));
        unchanged(buyer, draft, confirmed, frame, brasov);
    }

    private PurchaseOrder draft(Actor buyer, Organisation supplier, Facility facility, Item item) {
        return orders.create(buyer, new OrderDetails(supplier.id(), facility.id(), "EUR", null,
                List.of(new OrderDetails.Line(item.id(), BigDecimal.TEN, new BigDecimal("4.20"), null))));
    }

    private static void refused(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String code, String named) {
        assertThatThrownBy(call).isInstanceOfSatisfying(SupplierNotClear.class, e -> {
            assertThat(e.code()).isEqualTo(code);
            assertThat(java.util.Arrays.toString(e.arguments())).containsIgnoringCase(named);
        });
    }

    private void unchanged(Actor buyer, PurchaseOrder draft, PurchaseOrder confirmed, Item frame, Facility brasov) {
        assertThat(orders.get(buyer, draft.id()).status()).isEqualTo(OrderStatus.DRAFT);
        PurchaseOrder order = orders.get(buyer, confirmed.id());
        assertThat(order.status()).isEqualTo(OrderStatus.PARTIALLY_RECEIVED);
        assertThat(order.lines().getFirst().received()).isEqualByComparingTo("2");
        assertThat(stock.available(buyer, frame.id(), brasov.id()).onHand()).isEqualByComparingTo("2");
        assertThat(stock.lots(buyer, frame.id())).extracting(Lot::lotNumber).containsExactly("S-1");
    }
}
