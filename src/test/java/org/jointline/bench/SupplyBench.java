package org.jointline.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jointline.engineering.Item;
import org.jointline.engineering.ItemDetails;
import org.jointline.engineering.ItemKind;
import org.jointline.engineering.ItemManagement;
import org.jointline.engineering.Tracking;
import org.jointline.engineering.UnitOfMeasure;
import org.jointline.partners.FacilityDetails;
import org.jointline.partners.FacilityId;
import org.jointline.partners.FacilityManagement;
import org.jointline.partners.OrganisationId;
import org.jointline.platform.Actor;
import org.jointline.platform.security.Accounts;
import org.jointline.supply.FacilityStock;
import org.jointline.supply.LocationKind;
import org.jointline.supply.StockManagement;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jointline.TestActors.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Supply at scale: 10,000 serial numbers received in one API request; an item's stock across 50 facilities with
 * 10 million stock moves in the table. On the embedded database of the test profile.
 */
@Tag("bench")
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class SupplyBench {

    private static final int RUNS = 7;

    @Autowired MockMvc mvc;
    @Autowired JsonMapper json;
    @Autowired Accounts accounts;
    @Autowired ItemManagement items;
    @Autowired FacilityManagement facilities;
    @Autowired StockManagement stock;
    @Autowired JdbcClient jdbc;

    @Test
    void tenThousandSerialsInOneRequest() throws Exception {
        Actor buyer = accounts.byUsername("buyer.ro").orElseThrow().actor();
        Item item = item(buyer, Tracking.SERIAL);
        FacilityId brasov = facilities.list(buyer, new org.jointline.platform.PageQuery(0, 50, null), null).items().stream()
                .filter(f -> f.code().equals("BRV-1")).findFirst().orElseThrow().id();
        String location = stock.location(buyer, brasov, LocationKind.RECEIVING).id().toString();
        double[] millis = new double[RUNS];
        for (int run = 0; run < RUNS; run++) {
            String body = json.writeValueAsString(Map.of("item", item.id().toString(), "scheme", "PATTERN",
                    "prefix", "B" + run + "-", "start", 1, "count", 10_000, "digits", 6, "location", location, "document", "BENCH"));
            long start = System.nanoTime();
            mvc.perform(post("/api/v1/supply/serials").with(as(accounts, "buyer.ro")).with(csrf())
                    .contentType(MediaType.APPLICATION_JSON).content(body)).andExpect(status().isCreated());
            millis[run] = (System.nanoTime() - start) / 1e6;
        }
        assertThat(stock.available(buyer, item.id(), brasov).onHand()).isEqualByComparingTo(String.valueOf(RUNS * 10_000));
        double[] sorted = millis.clone();
        Arrays.sort(sorted);
        String data = "one POST /api/v1/supply/serials of 10,000 patterned serials received into a location (serials, on-hand, 10,000 moves, events)";
        BenchResults.record("supply-serials-10k", "p50", sorted[RUNS / 2], "ms", data, RUNS + " runs, first " + Math.round(millis[0]) + " ms");
        BenchResults.recordBelow("supply-serials-10k", "max", sorted[RUNS - 1], "ms", 1000, data, "all runs " + Arrays.toString(
                Arrays.stream(millis).mapToLong(Math::round).toArray()));
    }

    @Test
    void stockAcrossFiftyFacilitiesWithTenMillionMoves() {
        Actor admin = accounts.byUsername("admin").orElseThrow().actor();
        Item item = item(accounts.byUsername("buyer.ro").orElseThrow().actor(), Tracking.NONE);
        List<FacilityId> sites = new ArrayList<>();
        String tag = Long.toString(System.nanoTime(), 36).toUpperCase();
        for (int i = 0; i < 50; i++) {
            sites.add(facilities.register(admin, new FacilityDetails(new OrganisationId(admin.organisationId()),
                    "B" + tag.substring(tag.length() - 4) + i, "Bench site " + i, "RO", "Cluj", null, null)).id());
        }
        for (FacilityId site : sites) {
            stock.locations(admin, site);
        }
        UUID[] siteIds = sites.stream().map(FacilityId::value).toArray(UUID[]::new);
        jdbc.sql("""
                INSERT INTO supply.on_hand (item_id, lot_id, location_id, facility_id, quantity)
                SELECT :item, NULL, l.id, l.facility_id, 10 FROM supply.location l WHERE l.facility_id = ANY(:sites)""")
                .param("item", item.id().value()).param("sites", siteIds).update();
        long existing = jdbc.sql("SELECT count(*) FROM supply.stock_move").query(Long.class).single();
        long toAdd = Math.max(0, 10_000_000 - existing);
        long start = System.nanoTime();
        jdbc.sql("""
                INSERT INTO supply.stock_move (id, at, kind, item_id, quantity, to_location_id, facility_id, document, person_id, person_name, organisation_id)
                SELECT gen_random_uuid(), now() - (g % 1000) * interval '1 hour', 'RECEIPT',
                       CASE WHEN g % 100 = 0 THEN CAST(:item AS UUID) ELSE gen_random_uuid() END,
                       1, NULL, (CAST(:sites AS UUID[]))[1 + g % 50], 'BENCH', :person, 'Bench', :person
                FROM generate_series(1, :n) g""")
                .param("item", item.id().value()).param("sites", siteIds).param("person", admin.personId())
                .param("n", toAdd).update();
        double loadSeconds = (System.nanoTime() - start) / 1e9;
        jdbc.sql("ANALYZE supply.stock_move").update();
        jdbc.sql("ANALYZE supply.on_hand").update();
        long moves = jdbc.sql("SELECT count(*) FROM supply.stock_move").query(Long.class).single();
        assertThat(moves).isGreaterThanOrEqualTo(10_000_000);

        List<FacilityStock> first = stock.availability(admin, item.id());
        assertThat(first.stream().filter(f -> sites.contains(f.facility()))).hasSize(50)
                .allSatisfy(f -> assertThat(f.onHand()).isEqualByComparingTo("50"));
        double[] millis = new double[30];
        for (int i = 0; i < 5; i++) {
            stock.availability(admin, item.id());
        }
        for (int i = 0; i < millis.length; i++) {
            long t = System.nanoTime();
            stock.availability(admin, item.id());
            millis[i] = (System.nanoTime() - t) / 1e6;
        }
        Arrays.sort(millis);
        String data = String.format("%,d stock moves (generated in %.0f s), 50 facilities × 5 locations", moves, loadSeconds);
        BenchResults.record("supply-stock-50-facilities", "p50", millis[15], "ms", data, "StockManagement.availability as admin, 30 runs");
        BenchResults.recordBelow("supply-stock-50-facilities", "p99", millis[29], "ms", 20, data,
                "includes the facility visibility lookup through partners");
    }

    private Item item(Actor buyer, Tracking tracking) {
        Actor engineer = accounts.byUsername("engineer.ro").orElseThrow().actor();
        return items.create(engineer, new ItemDetails(new OrganisationId(engineer.organisationId()),
                "BENCH-" + UUID.randomUUID().toString().substring(0, 8), "Bench part", null, ItemKind.PART, UnitOfMeasure.EA,
                tracking, null, null, List.of(), null));
    }
}
