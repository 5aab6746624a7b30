package org.jointline.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import java.io.IOException;
import java.security.SecureRandom;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * The application in a real browser: Debian's Chromium driven by Playwright against the server on a
 * random port, with the demo programme. Screenshots of the main steps go to {@code target/browser/}.
 * Expected words are read from the message bundles, so the tests follow the translations.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class BrowserJourneyTests {

    private static final String PROGRAMME = "Romania–Ukraine joint drone production";
    private static final String OFFICE = "office.ro";
    private static final String OFFICE_ORGANISATION = "Carpathian Aero Systems SRL";

    private static final Properties EN = Chromium.bundle("messages.properties");
    private static final Properties UK = Chromium.bundle("messages_uk.properties");
    private static final Properties RO = Chromium.bundle("messages_ro.properties");

    private static Chromium chromium;

    @LocalServerPort
    private int port;

    @Autowired
    private JdbcClient jdbc;

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

    @BeforeEach
    void openContext() {
        // English browser, wide enough for the navbar not to collapse.
        context = chromium.browser().newContext(new Browser.NewContextOptions()
                .setBaseURL("http://localhost:" + port)
                .setLocale("en-GB")
                .setViewportSize(1280, 900));
        context.setDefaultTimeout(15_000);
        page = context.newPage();
    }

    @AfterEach
    void closeContext() {
        if (context != null) {
            context.close();
        }
    }

    @Test
    void programmeOfficeLogsInSeesItsProgrammeAndSwitchesLanguage() {
        logIn(OFFICE, "demo");
        assertThat(page).hasURL(Pattern.compile("/$"));
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(PROGRAMME))).isVisible();
        assertNavigationIn(EN);
        screenshot("01-home-en");

        switchLanguage("uk", UK);
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(PROGRAMME))).isVisible();
        screenshot("02-home-uk");

        switchLanguage("ro", RO);
        screenshot("03-home-ro");

        switchLanguage("en", EN);
        // The choice is remembered (cookie): a fresh page load stays in English.
        page.navigate("/facilities");
        assertThat(page.locator("h1")).hasText(EN.getProperty("facilities.title"));
        assertNavigationIn(EN);
    }

    @Test
    void programmePageListsTheMemberOrganisations() {
        logIn(OFFICE, "demo");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(PROGRAMME)).click();

        assertThat(page).hasURL(Pattern.compile("/programmes/[^/]+$"));
        assertThat(page.locator("h1")).hasText(PROGRAMME);
        Locator members = page.locator(".card").filter(new Locator.FilterOptions()
                .setHas(page.locator(".card-header", new Page.LocatorOptions().setHasText(EN.getProperty("programme.members")))));
        assertThat(members).isVisible();
        for (String organisation : List.of(OFFICE_ORGANISATION, "Dnipro Unmanned Systems TOV", "Valtellina Motori SpA",
                "Ministry of Defence of Ukraine", "State Service for Export Control of Ukraine")) {
            assertThat(members.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(organisation).setExact(true)))
                    .isVisible();
        }
        screenshot("04-programme");
    }

    @Test
    void registeringAFacilityShowsFieldErrorsFirstThenListsTheNewFacility() {
        logIn(OFFICE, "demo");
        page.waitForURL(Pattern.compile("/$")); // the menu's script has run once the page has loaded
        page.locator("#nav-partners").click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(EN.getProperty("nav.facilities")).setExact(true)).click();
        assertThat(page.locator("h1")).hasText(EN.getProperty("facilities.title"));
        assertThat(page.locator("#facility-table")).isVisible();
        screenshot("05-facilities");

        page.locator("#new-facility").click();
        assertThat(page).hasURL(Pattern.compile("/facilities/new$"));
        assertThat(page.locator("#facility-form")).isVisible();
        screenshot("06-facility-form");

        // Empty code and name: the form comes back (422) with the errors next to the fields, nothing saved.
        long before = facilityCount();
        Response refused = page.waitForResponse(r -> r.request().method().equals("POST"), this::save);
        assertEquals(422, refused.status(), "a refused form answers 422");
        assertThat(page.locator("#facility-form")).isVisible();
        for (String field : List.of("code", "name")) {
            assertThat(page.locator("#" + field)).hasClass(Pattern.compile("\\bis-invalid\\b"));
            Locator feedback = page.locator("#" + field + " ~ .invalid-feedback");
            assertThat(feedback).isVisible();
            assertThat(feedback).containsText(EN.getProperty("NotBlank"));
        }
        assertEquals(before, facilityCount(), "no facility is created from an invalid form");
        screenshot("07-facility-form-errors");

        // Now a valid one.
        String code = "TST-" + suffix();
        String name = "Automated test plant " + code;
        page.locator("#organisationId").selectOption(new SelectOption().setLabel(OFFICE_ORGANISATION));
        page.locator("#code").fill(code);
        page.locator("#name").fill(name);
        page.locator("#country").selectOption("RO");
        page.locator("#city").fill("Sibiu");
        screenshot("08-facility-form-filled");
        save();

        assertThat(page).hasURL(Pattern.compile("/facilities$"));
        assertThat(page.locator(".alert-success")).containsText(MessageFormat.format(EN.getProperty("flash.saved"), name));
        Locator row = page.locator("#facility-table tbody tr").filter(new Locator.FilterOptions().setHasText(code));
        assertThat(row).hasCount(1);
        assertThat(row.locator("td").nth(0)).hasText(code);
        assertThat(row.locator("td").nth(1)).hasText(name);
        assertThat(row.locator("td").nth(2)).hasText(OFFICE_ORGANISATION);
        assertThat(row.locator("td").nth(3)).hasText(Locale.of("", "RO").getDisplayCountry(Locale.ENGLISH));
        assertThat(row.locator("td").nth(4)).hasText("Sibiu");
        assertEquals(before + 1, facilityCount());
        screenshot("09-facility-listed");
    }

    @Test
    void wrongPasswordShowsTheLoginErrorAndStaysOnLogin() {
        // steward.ro, not office.ro: failed logins count towards locking the account.
        logIn("steward.ro", "not-the-password");

        assertThat(page).hasURL(Pattern.compile("/login(\\?error)?$"));
        screenshot("10-login-failed");
        assertThat(page.getByRole(AriaRole.ALERT)).hasText(EN.getProperty("login.failed"));
        assertThat(page.locator("#username")).isVisible();
        assertThat(page.locator("nav.navbar")).hasCount(0);
    }

    // --- steps ---

    private void logIn(String username, String password) {
        page.navigate("/login");
        assertThat(page.locator("h1")).hasText(EN.getProperty("app.name"));
        if (username.equals(OFFICE)) {
            screenshot("00-login");
        }
        page.getByLabel(EN.getProperty("login.username")).fill(username);
        page.getByLabel(EN.getProperty("login.password")).fill(password);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(EN.getProperty("login.submit"))).click();
    }

    /** Chooses a language in the navbar select (it submits itself) and waits for the page in it. */
    private void switchLanguage(String language, Properties bundle) {
        page.locator("#lang").selectOption(language);
        assertThat(page).hasURL(Pattern.compile("[?&]lang=" + language));
        assertThat(page.locator("html")).hasAttribute("lang", language);
        assertThat(page.locator("#lang")).hasValue(language);
        assertNavigationIn(bundle);
    }

    private void assertNavigationIn(Properties bundle) {
        Locator nav = page.locator("nav.navbar");
        assertThat(nav.locator("a[href='/programmes']")).hasText(bundle.getProperty("nav.programmes"));
        assertThat(nav.locator("a[href='/organisations']")).hasText(bundle.getProperty("nav.organisations"));
        assertThat(nav.locator("a[href='/facilities']")).hasText(bundle.getProperty("nav.facilities"));
        assertThat(nav.locator("a[href='/people']")).hasText(bundle.getProperty("nav.people"));
        assertThat(nav.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(bundle.getProperty("nav.logout"))))
                .isVisible();
    }

    private void save() {
        page.locator("#facility-form").getByRole(AriaRole.BUTTON,
                new Locator.GetByRoleOptions().setName(EN.getProperty("action.save"))).click();
    }

    private long facilityCount() {
        return jdbc.sql("SELECT count(*) FROM partners.facility").query(Long.class).single();
    }

    private void screenshot(String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(Chromium.SCREENSHOTS.resolve(name + ".png")).setFullPage(true));
    }

    private static String suffix() {
        String alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
        SecureRandom random = new SecureRandom();
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < 6; i++) {
            s.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return s.toString();
    }

}
