package org.jointline.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.SelectOption;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The walk through production in a real browser, on the demo programme: a planner releases a work order
 * for 5 drones, an operator starts them and installs components by scanning their serials and lots, records
 * passing tests and completes each; the Romanian MoD's acceptance officer accepts them; logistics ships them
 * (the shipment passes compliance) and downloads the certificate of conformity. Screenshots go to
 * {@code target/browser/production-*}.
 */
class ProductionJourneyTests extends DemoJourney {

    private static final Properties EN = Chromium.bundle("i18n/production.properties");
    private static final int DRONES = 5;

    @Autowired
    private JdbcClient jdbc;

    ProductionJourneyTests() {
        super("production");
    }

    @Test
    void fiveDronesFromWorkOrderToCertificateOfConformity() throws IOException {
        // The planner plans and releases the work order.
        as("planner.ro");
        page.navigate("/work-orders/new");
        page.locator("#itemId").selectOption(new SelectOption().setLabel("CAS-FPV7 · FPV-7 strike drone"));
        page.locator("#quantity").fill(Integer.toString(DRONES));
        page.locator("#place").selectOption(new SelectOption().setLabel("BRV-1 / FPV-A · FPV assembly line A"));
        page.locator("#customerId").selectOption(new SelectOption().setLabel("Ministerul Apărării Naționale"));
        screenshot("01-work-order-form");
        page.locator("#create-work-order").click();
        assertThat(page).hasURL(Pattern.compile("/work-orders/[0-9a-f-]+$"));
        String workOrder = page.url();
        page.locator("#release").click();
        assertThat(page.locator(".badge").first()).hasText(EN.getProperty("production.work-order.status.RELEASED"));
        screenshot("02-work-order-released");

        // The operator starts five units and builds each by scanning.
        as("operator.ro");
        page.navigate(workOrder);
        page.locator("#count").fill(Integer.toString(DRONES));
        page.locator("#commission").click();
        Locator unitLinks = page.locator("#units-table a");
        assertThat(unitLinks).hasCount(DRONES);
        List<String> units = new ArrayList<>();
        for (int i = 0; i < DRONES; i++) {
            units.add(page.url().replaceAll("/work-orders/.*", "") + unitLinks.nth(i).getAttribute("href"));
        }
        List<String> serials = new ArrayList<>();
        for (int i = 0; i < DRONES; i++) {
            page.navigate(units.get(i));
            String serial = page.locator("#unit-serial").textContent().strip();
            serials.add(serial);
            for (String code : componentsFor()) {
                scan(code);
            }
            if (i == 0) {
                screenshot("03-unit-assembled");
            }
            record("Motor spin-up current", "1.3");
            record("Firmware version", null);
            record("Hover test", null);
            page.locator("#complete").click();
            assertThat(page.locator("#unit-serial ~ span .badge")).hasText(EN.getProperty("production.unit.status.COMPLETED"));
            if (i == 0) {
                screenshot("04-unit-completed");
            }
        }

        // The customer's acceptance officer accepts them.
        as("acceptance.ro");
        page.navigate("/acceptance");
        assertThat(page.locator("#acceptance-list a")).hasCount(DRONES);
        screenshot("05-acceptance-queue");
        for (String unit : units) {
            page.navigate(unit);
            page.locator("#accept").click();
            assertThat(page.locator("#unit-serial ~ span .badge")).hasText(EN.getProperty("production.unit.status.ACCEPTED"));
        }

        // Logistics ships them; compliance clears the domestic shipment; the certificate lists what was delivered.
        as("buyer.ro");
        page.navigate("/deliveries/new");
        for (String serial : serials) {
            assertThat(page.locator("#delivery-form")).containsText(serial);
        }
        screenshot("06-delivery-form");
        page.locator("#ship").click();
        assertThat(page).hasURL(Pattern.compile("/deliveries/[0-9a-f-]+$"));
        assertThat(page.locator("#compliance")).hasText(EN.getProperty("production.compliance.CLEARED"));
        assertThat(page.locator("#delivered-units li")).hasCount(DRONES);
        screenshot("07-delivery");
        Download download = page.waitForDownload(() -> page.locator("#certificate").click());
        byte[] pdf = Files.readAllBytes(download.path());
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("CAS-FPV7", "NATO STANAG 4703", "Hover test", "Motor spin-up current");
            serials.forEach(serial -> assertThat(text).contains(serial));
        }
        assertThat(jdbc.sql("SELECT count(*) FROM production.unit WHERE serial = ANY(:s) AND status = 'DELIVERED'")
                .param("s", serials.toArray(String[]::new)).query(Integer.class).single()).isEqualTo(DRONES);
    }

    /** One drone's worth of serials and lots in stock at Brașov's line-side, as the label printer would have them. */
    private List<String> componentsFor() {
        List<String> codes = new ArrayList<>();
        for (String prefix : List.of("FC7-", "ESC-", "CAM-", "VTX-")) {
            codes.addAll(inStock(prefix, 1));
        }
        codes.addAll(inStock("MOT-", 4));
        codes.addAll(List.of("FR-2026-01", "PR-2026-01", "BAT-2026-01"));
        return codes;
    }

    private List<String> inStock(String prefix, int count) {
        return jdbc.sql("""
                SELECT s.serial FROM supply.serial s JOIN supply.location l ON l.id = s.location_id
                WHERE s.state = 'IN_STOCK' AND l.kind = 'LINE_SIDE' AND s.serial LIKE :prefix ORDER BY s.serial LIMIT :n""")
                .param("prefix", prefix + "%").param("n", count).query(String.class).list();
    }

    private void scan(String code) {
        page.locator("#code").fill(code);
        page.locator("#install").click();
        page.waitForLoadState();
        assertThat(page.locator("#problem")).hasCount(0);
        assertThat(page.locator("#components")).containsText(code);
    }

    /** Records a test in its row: a value typed, or the first (passing) choice. */
    private void record(String test, String value) {
        Locator row = page.locator("#tests li").filter(new Locator.FilterOptions().setHasText(test));
        if (value != null) {
            row.locator("input[name=value]").fill(value);
        }
        row.getByText(EN.getProperty("production.test.record")).click();
        page.waitForLoadState();
        assertThat(page.locator("#tests li").filter(new Locator.FilterOptions().setHasText(test)).locator(".badge.text-bg-success"))
                .isVisible();
    }

}
