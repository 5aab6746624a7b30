package org.jointline.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.SelectOption;
import java.io.IOException;
import java.util.Properties;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Supply in a real browser, on the demo programme: a buyer orders carbon frames from Valtellina, confirms the
 * order, receives part of it into a lot and sees it in stock; ships some of that lot from Brașov to Lviv (the
 * shipment passes compliance and is dispatched); the Lviv operator receives it, one frame short, and the
 * difference is recorded. Screenshots go to {@code target/browser/supply-*}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class SupplyJourneyTests {

    private static final Properties EN = Chromium.bundle("i18n/supply.properties");

    private static Chromium chromium;

    @LocalServerPort
    private int port;

    private BrowserContext context;
    private Page page;

    @BeforeAll
    static void launchChromium() throws IOException {
        chromium = Chromium.launch();
    }

    @AfterAll
    static void closeChromium() {
        if (chromium != null) {
            chromium.close();
        }
    }

    @AfterEach
    void closeContext() {
        if (context != null) {
            context.close();
        }
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

    private void as(String username) {
        if (context != null) {
            context.close();
        }
        context = chromium.browser().newContext(new Browser.NewContextOptions().setBaseURL("http://localhost:" + port)
                .setLocale("en-GB").setViewportSize(1280, 900).setAcceptDownloads(true));
        context.setDefaultTimeout(20_000);
        page = context.newPage();
        page.navigate("/login?lang=en");
        page.locator("#username").fill(username);
        page.locator("#password").fill("demo");
        page.locator("button[type=submit]").click();
        page.waitForLoadState();
    }

    private void screenshot(String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(Chromium.SCREENSHOTS.resolve("supply-" + name + ".png")).setFullPage(true));
    }

}
