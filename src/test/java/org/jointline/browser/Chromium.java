package org.jointline.browser;

import static org.junit.jupiter.api.Assertions.fail;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Assumptions;

/**
 * Debian's Chromium driven by Playwright, launched the same way for every browser journey. Without Chromium a
 * journey is skipped with a message, except under {@code CI=true}, where it fails: CI must install it (.ci/run).
 */
final class Chromium implements AutoCloseable {

    static final Path EXECUTABLE = Paths.get("/usr/bin/chromium");
    static final Path SCREENSHOTS = Paths.get("target/browser");

    private final Playwright playwright;
    private final Browser browser;

    private Chromium(Playwright playwright, Browser browser) {
        this.playwright = playwright;
        this.browser = browser;
    }

    static Chromium launch() throws IOException {
        if (!Files.isExecutable(EXECUTABLE)) {
            String message = "Chromium is missing: " + EXECUTABLE + " does not exist (apt-get install chromium)";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                fail(message + "; CI must install it before the tests (see .ci/run)");
            }
            Assumptions.abort(message + "; skipping the browser journey");
        }
        Files.createDirectories(SCREENSHOTS);
        Playwright playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        Browser browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(EXECUTABLE)
                .setHeadless(true)
                .setArgs(List.of("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--no-first-run")));
        return new Chromium(playwright, browser);
    }

    Browser browser() {
        return browser;
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }

    /** A message bundle read as the browser shows it (UTF-8), to find elements by their visible words. */
    static Properties bundle(String name) {
        try (InputStream in = Chromium.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("No " + name + " on the class path");
            }
            Properties properties = new Properties();
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                properties.load(reader);
            }
            return properties;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
