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
        Set<String> english = keys("messages.properties");
        Set<String> other = keys("messages_" + language + ".properties");
        assertThat(other).as("keys missing in messages_%s", language).containsAll(english);
        assertThat(english).as("keys only in messages_%s", language).containsAll(other);
    }

    @ParameterizedTest
    @ValueSource(strings = {"uk", "ro"})
    void translationsKeepTheirPlaceholders(String language) throws IOException {
        Properties english = load("messages.properties");
        Properties other = load("messages_" + language + ".properties");
        for (String key : english.stringPropertyNames()) {
            Pattern placeholder = Pattern.compile("\\{\\d}");
            List<String> expected = placeholder.matcher(english.getProperty(key)).results().map(r -> r.group()).sorted().toList();
            List<String> actual = placeholder.matcher(other.getProperty(key, "")).results().map(r -> r.group()).sorted().toList();
            assertThat(actual).as("placeholders of %s in %s", key, language).isEqualTo(expected);
        }
    }

    @Test
    void everyKeyATemplateNamesExists() throws IOException {
        Set<String> english = keys("messages.properties");
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
