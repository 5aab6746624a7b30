package org.jointline.browser;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.io.IOException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * A journey through the demo programme in Chromium, one person at a time: {@link #as} logs a demo user in
 * (English, 1280 × 900, downloads accepted) in a fresh browser context; screenshots go to
 * {@code target/browser/<prefix>-<name>.png}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
abstract class DemoJourney {

    private static Chromium chromium;

    private final String screenshotPrefix;

    @LocalServerPort
    private int port;

    private BrowserContext context;
    protected Page page;

    protected DemoJourney(String screenshotPrefix) {
        this.screenshotPrefix = screenshotPrefix;
    }

    @BeforeAll
    static void launchChromium() throws IOException {
        chromium = Chromium.launch();
    }

    @AfterAll
    static void closeChromium() {
        if (chromium != null) {
            chromium.close();
            chromium = null;
        }
    }

    @AfterEach
    void closeContext() {
        if (context != null) {
            context.close();
            context = null;
        }
    }

    /** Logs the demo user in (password "demo") in a new browser context; the previous person's is closed. */
    protected void as(String username) {
        closeContext();
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

    protected void screenshot(String name) {
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(Chromium.SCREENSHOTS.resolve(screenshotPrefix + "-" + name + ".png")).setFullPage(true));
    }
}
