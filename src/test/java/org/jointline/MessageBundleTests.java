package org.jointline;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Every visible word comes from the bundles, and every bundle has every key. */
class MessageBundleTests {

    private static final Path RESOURCES = Path.of("src/main/resources");
    private static final Pattern KEY_IN_TEMPLATE = Pattern.compile("#\\{([a-zA-Z0-9._-]+)[}(]");
    private static final Set<String> TEXT_ATTRIBUTES = Set.of("placeholder", "title", "alt", "aria-label", "value");

    @ParameterizedTest
    @ValueSource(strings = {"uk", "ro"})
    void everyLanguageHasEveryKey(String language) throws IOException {
        for (String bundle : bundles()) {
            Set<String> english = keys(bundle + ".properties");
            Set<String> other = keys(bundle + "_" + language + ".properties");
            assertThat(other).as("keys missing in %s_%s", bundle, language).containsAll(english);
            assertThat(english).as("keys only in %s_%s", bundle, language).containsAll(other);
        }
    }

    @Test
    void noKeyIsInTwoBundles() throws IOException {
        Set<String> seen = new TreeSet<>();
        List<String> twice = new ArrayList<>();
        for (String bundle : bundles()) {
            keys(bundle + ".properties").stream().filter(key -> !seen.add(key)).forEach(key -> twice.add(bundle + ": " + key));
        }
        assertThat(twice).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"uk", "ro"})
    void translationsKeepTheirPlaceholders(String language) throws IOException {
        for (String bundle : bundles()) {
            placeholdersKept(bundle, language);
        }
    }

    private static void placeholdersKept(String bundle, String language) throws IOException {
        Properties english = load(bundle + ".properties");
        Properties other = load(bundle + "_" + language + ".properties");
        for (String key : english.stringPropertyNames()) {
            Pattern placeholder = Pattern.compile("\\{\\d}");
            List<String> expected = placeholder.matcher(english.getProperty(key)).results().map(r -> r.group()).sorted().toList();
            List<String> actual = placeholder.matcher(other.getProperty(key, "")).results().map(r -> r.group()).sorted().toList();
            assertThat(actual).as("placeholders of %s in %s", key, language).isEqualTo(expected);
        }
    }

    @Test
    void everyKeyATemplateNamesExists() throws IOException {
        Set<String> english = new TreeSet<>();
        for (String bundle : bundles()) {
            english.addAll(keys(bundle + ".properties"));
        }
        List<String> missing = new ArrayList<>();
        for (Path template : templates()) {
            KEY_IN_TEMPLATE.matcher(Files.readString(template)).results()
                    .map(r -> r.group(1))
                    .filter(key -> !english.contains(key))
                    .forEach(key -> missing.add(template.getFileName() + ": " + key));
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void templatesHoldNoVisibleTextOutsideTheBundles() throws IOException {
        List<String> offenders = new ArrayList<>();
        for (Path template : templates()) {
            Document document = Jsoup.parse(Files.readString(template), "", Parser.xmlParser());
            for (Element element : document.getAllElements()) {
                offenders.addAll(literalText(template, element));
            }
        }
        assertThat(offenders).isEmpty();
    }

    /** Text the element shows as written: own text not replaced by th:text/th:utext, or literal text attributes. */
    private static List<String> literalText(Path template, Element element) {
        List<String> found = new ArrayList<>();
        boolean replaced = element.hasAttr("th:text") || element.hasAttr("th:utext") || element.hasAttr("th:replace")
                || element.hasAttr("th:insert") || element.hasAttr("th:errors");
        boolean invisible = Set.of("script", "style", "code").contains(element.tagName());
        if (!replaced && !invisible) {
            for (TextNode node : element.textNodes()) {
                String text = node.text().strip();
                if (text.chars().anyMatch(Character::isLetter)) {
                    found.add(template.getFileName() + " <" + element.tagName() + ">: " + text);
                }
            }
        }
        for (String attribute : TEXT_ATTRIBUTES) {
            String value = element.attr(attribute);
            if (element.hasAttr(attribute) && value.chars().anyMatch(Character::isLetter) && !isMachineValue(element, attribute)) {
                found.add(template.getFileName() + " <" + element.tagName() + " " + attribute + ">: " + value);
            }
        }
        return found;
    }

    private static boolean isMachineValue(Element element, String attribute) {
        return attribute.equals("value") && (element.tagName().equals("option") || element.attr("type").equals("hidden"));
    }

    private static List<Path> templates() throws IOException {
        try (Stream<Path> files = Files.walk(RESOURCES.resolve("templates"))) {
            return files.filter(p -> p.toString().endsWith(".html")).toList();
        }
    }

    /** The basenames of spring.messages.basename: messages, and one bundle per module under i18n/. */
    private static List<String> bundles() throws IOException {
        List<String> bundles = new ArrayList<>(List.of("messages"));
        try (Stream<Path> files = Files.list(RESOURCES.resolve("i18n"))) {
            files.map(p -> p.getFileName().toString()).filter(n -> n.matches("[a-z]+\\.properties"))
                    .map(n -> "i18n/" + n.replace(".properties", "")).sorted().forEach(bundles::add);
        }
        return bundles;
    }

    private static Set<String> keys(String bundle) throws IOException {
        return new TreeSet<>(load(bundle).stringPropertyNames());
    }

    private static Properties load(String bundle) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(RESOURCES.resolve(bundle), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
