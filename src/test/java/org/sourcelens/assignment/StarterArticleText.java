package org.sourcelens.assignment;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.sourcelens.article.ArticleDraft;

/**
 * The cleaned paragraphs of a seed article, p1..pN, exactly as the app stores them on import: the
 * raw seed from the classpath run through the article feature's plain-text parser. The parser is
 * package-private, so this test helper reaches it by reflection rather than copying its rules.
 */
final class StarterArticleText {

    static final String BULLETIN = "000_0bc8a7bba0c433aa";
    static final String FEATURE = "004_0e7baeed7076ef97";

    private StarterArticleText() {
    }

    /** The paragraph texts in order: index 0 is anchor "p1". */
    static List<String> paragraphs(String seedName) {
        ArticleDraft draft = parse(raw(seedName));
        return draft.paragraphs().stream().map(ArticleDraft.Block::text).toList();
    }

    /** The text of paragraph {@code anchor} ("p1", "p2", …) of the seed, or null if there is no such paragraph. */
    static String paragraph(List<String> paragraphs, String anchor) {
        if (anchor == null || !anchor.matches("p[1-9][0-9]*")) {
            return null;
        }
        int index = Integer.parseInt(anchor.substring(1)) - 1;
        return index < paragraphs.size() ? paragraphs.get(index) : null;
    }

    private static String raw(String seedName) {
        String resource = "/seeds/" + seedName + ".txt";
        try (InputStream in = StarterArticleText.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("The seed article " + resource + " is not on the classpath.");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ArticleDraft parse(String raw) {
        try {
            Class<?> parser = Class.forName("org.sourcelens.article.PlainTextArticleParser");
            Method parse = parser.getDeclaredMethod("parse", String.class);
            parse.setAccessible(true);
            return (ArticleDraft) parse.invoke(null, raw);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("The plain-text parser rejected a seed article.", e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot reach PlainTextArticleParser.parse(String).", e);
        }
    }
}
