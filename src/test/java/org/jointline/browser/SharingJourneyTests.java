package org.jointline.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Sharing in a real browser, on the demo programme: the Romanian owner's data steward grants the Romanian
 * ministry the FPV-7 drone (the item alone, not its components) with viewing and watermarked downloads; the
 * ministry's officer sees the drone, its explosion with the unshared lines noted as hidden, and downloads the
 * assembly instruction; the steward finds the download in the access ledger and the verification page says the
 * chain is intact. Screenshots go to {@code target/browser/sharing-*}.
 */
class SharingJourneyTests extends DemoJourney {

    SharingJourneyTests() {
        super("sharing");
    }

    @Test
    void aStewardSharesTheDroneAndTheMinistrySeesItDownloadsAndTheLedgerRecordsIt() throws IOException {
        String title = "Drone for acceptance " + UUID.randomUUID().toString().substring(0, 6);
        as("steward.ro");
        page.navigate("/sharing/agreements/new");
        page.locator("#title").fill(title);
        page.locator("#assigneeOrganisationId").selectOption(new SelectOption().setLabel("Ministerul Apărării Naționale"));
        page.locator("#items").fill("CAS-FPV7");
        page.locator("#permit-download").check();
        assertThat(page.locator("#watermark")).isChecked();
        screenshot("01-agreement-form");
        page.locator("#grant").click();
        assertThat(page).hasURL(Pattern.compile("/sharing/agreements/[0-9a-f-]+$"));
        assertThat(page.locator("#chosen")).containsText("CAS-FPV7");
        screenshot("02-agreement");

        as("acceptance.ro");
        page.navigate("/items?q=CAS-FPV7");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("CAS-FPV7").setExact(true)).first().click();
        assertThat(page).hasURL(Pattern.compile("/items/[0-9a-f-]+$"));
        String item = page.url();
        page.navigate(item + "/bom");
        assertThat(page.locator("#hidden-lines")).isVisible();
        screenshot("03-explosion-hidden-lines");
        page.navigate(item + "/documents");
        screenshot("04-documents");
        Download download = page.waitForDownload(() -> page.locator("a[href*='/content']").filter(
                new com.microsoft.playwright.Locator.FilterOptions().setHasText("fpv7-assembly.txt")).first().click());
        String text = Files.readString(download.path(), StandardCharsets.UTF_8);
        assertThat(text).startsWith("# Downloaded by Col. Dan Ilie (Ministerul Apărării Naționale) at ")
                .contains("FPV-7 assembly instruction");

        as("steward.ro");
        page.navigate("/sharing/ledger?q=CAS-FPV7-AI&action=download");
        assertThat(page.locator("main")).containsText("Col. Dan Ilie");
        screenshot("05-ledger");
        page.navigate("/sharing/verification");
        assertThat(page.locator("main")).containsText("The chain is intact");
        screenshot("06-verification");
    }
}
