package org.sourcelens.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Views and their components take user-facing text from the message bundle: a literal with a letter
 * in it, passed where a person reads it, fails this test.
 */
class NoHardCodedTextTest {

    private static final Path SOURCES = Path.of("src/main/java");
    /**
     * A string literal that contains a letter (punctuation-only literals such as " · " are fine), unless
     * it is a message key ("area.view.what") or a route ("classes/").
     */
    private static final String WORDS = "\"(?![a-z]+(?:\\.[a-zA-Z0-9]+)+\")(?![\\w./-]*/\")[^\"\\n]*\\p{L}[^\"\\n]*\"";
    private static final List<Pattern> USER_FACING = Stream.of(
            // Components constructed with their text or label.
            "new (?:Button|H1|H2|H3|H4|H5|H6|Span|Paragraph|Div|ListItem|NativeButton|Details|Checkbox|TextField"
                    + "|TextArea|PasswordField|IntegerField|NumberField|EmailField|DateTimePicker|DatePicker"
                    + "|ComboBox<[^>]*>|Select<[^>]*>|RadioButtonGroup<[^>]*>|CheckboxGroup<[^>]*>"
                    + "|DescriptionList\\.Term|DescriptionList\\.Description)\\(\\s*" + WORDS,
            // A link's or download's visible text is its second argument.
            "new Anchor\\([^;]*?,\\s*" + WORDS + "\\s*\\)",
            "\\}\\),\\s*" + WORDS + "\\s*\\)",
            // Setters that put text in front of people (or screen readers).
            "\\.(?:setText|setLabel|setHeader|setHeaderTitle|setPlaceholder|setAriaLabel|setHelperText"
                    + "|setErrorMessage|setEmptyStateText|setCancelText|setConfirmText|setRejectText|setSummaryText"
                    + "|setEmptySelectionCaption|setTitle|showError|showErrorMessage|announce)\\(\\s*" + WORDS,
            "setAttribute\\(\\s*\"(?:title|aria-label|aria-description|placeholder)\"\\s*,\\s*" + WORDS,
            "Notification\\.show\\(\\s*" + WORDS,
            // Page titles and menu entries name bundle keys (MainLayout translates them).
            "@PageTitle\\(\\s*" + WORDS,
            "@Menu\\(\\s*title\\s*=\\s*" + WORDS,
            "new ValidationException\\(\\s*" + WORDS,
            // Labels computed in switch arms and ternaries that return words.
            "->\\s*" + WORDS + "\\s*;",
            "\\?\\s*" + WORDS + "\\s*:\\s*" + WORDS)
            .map(Pattern::compile).toList();
    /** Literals that look like text but are not read by people (CSS class names chosen by a condition). */
    private static final Set<String> ALLOWED = Set.of("? \"highlight\" : \"peer-highlight\"");

    @Test
    void views_and_their_components_hold_no_hard_coded_user_facing_text() throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(NoHardCodedTextTest::isUiSource).toList()) {
                String source = withoutComments(Files.readString(file));
                for (Pattern pattern : USER_FACING) {
                    Matcher matcher = pattern.matcher(source);
                    while (matcher.find()) {
                        String hit = matcher.group().replaceAll("\\s+", " ");
                        if (!ALLOWED.contains(hit)) {
                            found.add(SOURCES.relativize(file) + ": " + hit);
                        }
                    }
                }
            }
        }
        assertThat(found).as("user-facing literals; put them in translations.properties").isEmpty();
    }

    @Test
    void the_scan_finds_a_hard_coded_label() {
        String sample = "Button save = new Button(\"Save\", click -> save());\n"
                + "field.setHelperText(\n        \"Type at least three letters\");\n"
                + "return kind == A ? \"first\" : \"second\";\n"
                + "Span ok = new Span(\" · \");\n";
        long hits = USER_FACING.stream().mapToLong(pattern -> pattern.matcher(sample).results().count()).sum();
        assertThat(hits).isEqualTo(3);
    }

    private static boolean isUiSource(Path file) {
        return file.toString().endsWith(".java") && file.toString().replace('\\', '/').contains("/ui/");
    }

    /** Javadoc and comments quote texts as examples; only code counts. */
    private static String withoutComments(String source) {
        return source.replaceAll("(?s)/\\*.*?\\*/", "").replaceAll("(?m)^\\s*//.*$", "");
    }
}
