package org.jointline.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.SelectOption;
import java.util.Properties;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Supply in a real browser, on the demo programme: a buyer orders carbon frames from Valtellina, confirms the
 * order, receives part of it into a lot and sees it in stock; ships some of that lot from Brașov to Lviv (the
 * shipment passes compliance and is dispatched); the Lviv operator receives it, one frame short, and the
 * difference is recorded. Screenshots go to {@code target/browser/supply-*}.
 */
class SupplyJourneyTests extends DemoJourney {

    private static final Properties EN = Chromium.bundle("i18n/supply.properties");

    SupplyJourneyTests() {
        super("supply");
    }

    @Test
    void framesAreOrderedReceivedShippedToLvivAndReceivedThereOneShort() {
        String lot = "FR-J-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();

        // The buyer orders 50 frames from Valtellina for Brașov and confirms the order.
        as("buyer.ro");
        page.navigate("/supply/orders/new");
        page.locator("#supplier").selectOption(new SelectOption().setLabel("Valtellina Motori SpA (IT)"));
        page.locator("#facility").selectOption(new SelectOption().setLabel("BRV-1 — Brașov joint drone plant"));
        page.locator("#item-0").fill("CAS-3001");
        page.locator("#quantity-0").fill("50");
        page.locator("#unitPrice-0").fill("14.00");
        screenshot("01-order-form");
        page.locator("#create-order").click();
        assertThat(page).hasURL(Pattern.compile("/supply/orders/[0-9a-f-]+$"));
        page.locator("#confirm").click();
        assertThat(page.locator(".badge").first()).hasText(EN.getProperty("supply.order.CONFIRMED"));

        // 20 arrive: received into a lot at the receiving location, with the supplier's lot.
        page.locator("#quantity").fill("20");
        page.locator("#location").selectOption(value(page.locator("#location option").filter(hasText("RECV"))));
        page.locator("#lotNumber").fill(lot);
        page.locator("#supplierLot").fill("VM-CF-771");
        page.locator("#certificate").fill("3.1 no. 5520");
        screenshot("02-receipt");
        page.locator("#receive").click();
        assertThat(page.locator(".badge").first()).hasText(EN.getProperty("supply.order.PARTIALLY_RECEIVED"));
        assertThat(page.locator("#order-lines")).containsText("20");

        // The stock of Brașov shows the new lot.
        page.navigate("/supply/stock?q=CAS-3001");
        // Choosing another facility submits the form; Brașov may already be the first, so go there by its id.
        String brasov = value(page.locator("#facility option").filter(hasText("BRV-1 — Brașov joint drone plant")));
        page.navigate("/supply/stock?facility=" + brasov + "&q=CAS-3001");
        assertThat(page.locator("#stock-table")).containsText(lot);
        screenshot("03-stock");

        // 12 of them go to Lviv: picked from the lot, assessed by compliance, dispatched.
        page.navigate("/supply/shipments/new");
        page.locator("#destination").selectOption(new SelectOption().setLabel("LVV-1 — Lviv assembly works (UA)"));
        page.locator("#note").fill("Frames for Lviv assembly " + lot);
        page.locator("#pick-lines tr").filter(hasText(lot)).locator("input[name=pickQuantity]").fill("12");
        screenshot("04-shipment-form");
        page.locator("#create-shipment").click();
        assertThat(page).hasURL(Pattern.compile("/supply/shipments/[0-9a-f-]+$"));
        String shipment = page.url();
        assertThat(page.locator("#shipment-lines")).containsText(lot);
        page.locator("#assess").click();
        page.waitForLoadState();
        assertThat(page.locator("body")).containsText(EN.getProperty("supply.outcome.CLEARED"));
        page.locator("#dispatch").click();
        assertThat(page.locator(".badge").first()).hasText(EN.getProperty("supply.shipment.DISPATCHED"));
        screenshot("05-dispatched");

        // Lviv receives it: 11 arrived, one cracked; the difference is recorded.
        as("operator.ua");
        page.navigate(shipment);
        page.locator("#arrived-0").fill("11");
        page.locator("#note-0").fill("one frame cracked in transit");
        page.locator("#receive").click();
        assertThat(page.locator(".badge").first()).hasText(EN.getProperty("supply.shipment.RECEIVED"));
        assertThat(page.locator("#discrepancies")).containsText("one frame cracked in transit");
        assertThat(page.locator("#shipment-lines")).containsText("11");
        screenshot("06-received");
    }

    private static Locator.FilterOptions hasText(String text) {
        return new Locator.FilterOptions().setHasText(text);
    }

    private static String value(Locator option) {
        return option.first().getAttribute("value");
    }

}
