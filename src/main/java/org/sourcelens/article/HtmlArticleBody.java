package org.sourcelens.article;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Finds the element of a web page that holds the article itself, so that menus, teasers and
 * comments around it are never mistaken for its text. Publishers mark it up in different ways;
 * when none of them is used, the article is where most paragraph text is.
 */
final class HtmlArticleBody {

    private static final List<String> MARKED_BODIES = List.of("article", "[itemprop=articleBody]", "main",
            "[role=main]");

    private HtmlArticleBody() {
    }

    static Element find(Document page) {
        for (String selector : MARKED_BODIES) {
            Optional<Element> marked = page.select(selector).stream()
                    .max(Comparator.comparingInt(HtmlArticleBody::paragraphTextLength))
                    .filter(element -> paragraphTextLength(element) > 0);
            if (marked.isPresent()) {
                return marked.get();
            }
        }
        return parentOfMostParagraphText(page).orElse(page.body());
    }

    /** True when the page itself marks {@code element} as its article or main content. */
    static boolean isMarked(Element element) {
        return element.is(String.join(", ", MARKED_BODIES));
    }

    private static Optional<Element> parentOfMostParagraphText(Document page) {
        Map<Element, Integer> textByParent = new HashMap<>();
        for (Element paragraph : page.body().select("p")) {
            if (paragraph.parent() != null) {
                textByParent.merge(paragraph.parent(), paragraph.text().length(), Integer::sum);
            }
        }
        return textByParent.entrySet().stream().filter(entry -> entry.getValue() > 0)
                .max(Map.Entry.comparingByValue()).map(Map.Entry::getKey);
    }

    private static int paragraphTextLength(Element element) {
        return element.select("p").stream().mapToInt(paragraph -> paragraph.text().length()).sum();
    }
}
