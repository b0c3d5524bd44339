package org.sourcelens.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The English bundle and the code agree: every key the code asks for is in the bundle, every key in
 * the bundle is asked for somewhere, and every text with parameters is a valid MessageFormat pattern.
 */
class MessageBundleTest {

    private static final Path SOURCES = Path.of("src/main/java");
    private static final Path BUNDLE = Path.of("src/main/resources/vaadin-i18n/translations.properties");
    /** A key passed straight to a lookup: getTranslation("a.b"), Texts.get("a.b"), translate(locale, "a.b"). */
    private static final Pattern LOOKUP = Pattern.compile(
            "(?:getTranslation|Texts\\.get|translate)\\(\\s*(?:[\\w.()]+,\\s*)?\"([^\"]+)\"");
    /** Any string literal shaped like a key; keys chosen by a condition are passed as such literals. */
    private static final Pattern KEY_LITERAL = Pattern.compile("\"([a-z]+(?:\\.[a-zA-Z0-9]+)+)\"");

    @Test
    void every_key_the_code_looks_up_is_in_the_english_bundle() throws IOException {
        Properties bundle = bundle();
        Set<String> areas = bundle.stringPropertyNames().stream().map(key -> key.substring(0, key.indexOf('.')))
                .collect(Collectors.toSet());
        Set<String> missing = new TreeSet<>();
        for (String source : sources()) {
            matches(LOOKUP, source).forEach(key -> {
                if (!bundle.containsKey(key)) {
                    missing.add(key);
                }
            });
            matches(KEY_LITERAL, source).stream()
                    .filter(key -> areas.contains(key.substring(0, key.indexOf('.'))))
                    .filter(key -> !bundle.containsKey(key))
                    .forEach(missing::add);
        }
        assertThat(missing).as("keys used in src/main/java but missing from translations.properties").isEmpty();
    }

    @Test
    void every_key_in_the_english_bundle_is_used() throws IOException {
        String all = String.join("\n", sources());
        Set<String> unused = bundle().stringPropertyNames().stream()
                .filter(key -> !all.contains("\"" + key + "\""))
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(unused).as("keys in translations.properties that no code uses").isEmpty();
    }

    @Test
    void texts_with_parameters_are_valid_message_formats() throws IOException {
        Properties bundle = bundle();
        List<String> broken = new ArrayList<>();
        for (String key : bundle.stringPropertyNames()) {
            String value = bundle.getProperty(key);
            if (!value.contains("{")) {
                continue;
            }
            try {
                String formatted = new MessageFormat(value, Locale.ENGLISH).format(new Object[] {1, 2, 3, 4});
                // A lone apostrophe starts a quoted section in MessageFormat and would swallow text.
                if (value.replace("''", "").contains("'")) {
                    broken.add(key + ": single apostrophe (write '' in texts with parameters) -> " + formatted);
                }
            } catch (IllegalArgumentException e) {
                broken.add(key + ": " + e.getMessage());
            }
        }
        assertThat(broken).isEmpty();
    }

    /**
     * Services hand views {@code Message.of("key", args...)}: the number of arguments matches the
     * highest placeholder of the English text, so no parameter is lost or left unfilled.
     */
    @Test
    void messages_from_services_pass_as_many_arguments_as_their_text_has_placeholders() throws IOException {
        Properties bundle = bundle();
        Pattern call = Pattern.compile("Message\\.of\\(\\s*\"([^\"]+)\"");
        Pattern placeholder = Pattern.compile("\\{(\\d+)");
        List<String> wrong = new ArrayList<>();
        int calls = 0;
        for (String source : sources()) {
            Matcher matcher = call.matcher(source);
            while (matcher.find()) {
                calls++;
                String key = matcher.group(1);
                int arguments = argumentsAfter(source, matcher.end());
                String text = bundle.getProperty(key, "");
                int expected = placeholder.matcher(text).results().mapToInt(m -> Integer.parseInt(m.group(1)) + 1)
                        .max().orElse(0);
                if (arguments != expected) {
                    wrong.add(key + ": " + arguments + " arguments, text has " + expected);
                }
            }
        }
        assertThat(calls).as("Message.of calls found").isGreaterThan(50);
        assertThat(wrong).isEmpty();
    }

    /** Top-level arguments after the key, up to the call's closing parenthesis. */
    private static int argumentsAfter(String source, int from) {
        int depth = 0;
        int commas = 0;
        for (int i = from; i < source.length(); i++) {
            char c = source.charAt(i);
            if (c == '"') {
                i++;
                while (source.charAt(i) != '"') {
                    i += source.charAt(i) == '\\' ? 2 : 1;
                }
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                if (depth == 0) {
                    return commas;
                }
                depth--;
            } else if (c == ',' && depth == 0) {
                commas++;
            }
        }
        throw new IllegalStateException("unclosed Message.of call");
    }

    private static Properties bundle() throws IOException {
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(BUNDLE)) {
            properties.load(in);
        }
        return properties;
    }

    private static List<String> sources() throws IOException {
        try (Stream<Path> files = Files.walk(SOURCES)) {
            return files.filter(file -> file.toString().endsWith(".java")).map(MessageBundleTest::read).toList();
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> matches(Pattern pattern, String text) {
        List<String> found = new ArrayList<>();
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }
}
