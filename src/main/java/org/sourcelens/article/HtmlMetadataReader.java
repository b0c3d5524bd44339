package org.sourcelens.article;

import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.sourcelens.base.ValidationException;

/**
 * Reads an article's title, outlet, author, date and address from a web page. Pages state these in
 * several places of uneven reliability (social-media tags, structured data, visible headline and
 * byline), so each field takes the first source that has it, in an order from most to least
 * deliberate. Every value is reduced to plain text: a page's metadata is not trusted to be free of markup.
 */
final class HtmlMetadataReader {

    private static final List<String> SITE_SEPARATORS = List.of(" | ", " - ", " – ", " — ", " · ", " • ",
            " :: ");
    private static final Pattern BYLINE = Pattern.compile("^[Bb][Yy]:?\\s+(\\p{Lu}[^!?]{0,120})$");
    private static final Pattern AFTER_NAME = Pattern.compile(
            "\\s*(?:[·|•,;–—(]|\\s-\\s|\\s(?:on|updated|published|posted)\\s|\\d).*$", Pattern.CASE_INSENSITIVE);
    private static final Pattern NAME_WORD = Pattern.compile(
            "[\\p{Lu}\\p{Lo}][\\p{L}\\p{M}'’.-]*|and|de|da|del|der|van|von|la|le|y");
    private static final Pattern ISO_DATE = Pattern.compile("^(\\d{4})(-\\d{2}(-\\d{2})?)?(?:[T\\s].*)?$");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?…]$");
    private static final int MAX_NAME_WORDS = 8;

    private HtmlMetadataReader() {
    }

    static ArticleMetadata read(Document page, Element body, String baseUrl) {
        LinkedData data = LinkedData.read(page);
        String outlet = first(meta(page, "og:site_name"), meta(page, "application-name"), plain(data.publisher()));
        String title = withoutSiteName(first(meta(page, "og:title"), meta(page, "twitter:title"),
                headlineText(page, body), plain(data.headline()), plain(page.title())), outlet);
        String author = first(personName(meta(page, "author")), personName(meta(page, "article:author")),
                relAuthor(body), relAuthor(page), personName(plain(data.author())), bylineElement(body));
        Dated published = publicationDate(page, body, data);
        return new ArticleMetadata(title, outlet, null, author, published.iso(), published.note(),
                originalUrl(page, baseUrl));
    }

    /**
     * The article's own headline: an h1 in the article before its first paragraph. An h1 further
     * down is a section heading of a page that misuses h1, not the title.
     */
    static Optional<Element> titleHeading(Element body) {
        return body.select("h1, p").stream().findFirst().filter(element -> element.nameIs("h1"));
    }

    /** The name in a byline such as "By Dana Whitfield · 2 May 2024", if {@code line} is one. */
    static Optional<String> bylineName(String line) {
        Matcher byline = BYLINE.matcher(line.strip());
        if (!byline.matches() || SENTENCE_END.matcher(byline.group(1)).find()) {
            return Optional.empty();
        }
        return Optional.ofNullable(personName(AFTER_NAME.matcher(byline.group(1)).replaceFirst("")));
    }

    private static String headlineText(Document page, Element body) {
        Optional<Element> headline = titleHeading(body).or(() -> page.select("h1").stream()
                .filter(h1 -> !h1.parents().contains(body))
                .filter(h1 -> h1.closest("nav, footer, aside, [role=banner], body > header") == null).findFirst());
        return headline.map(h1 -> plain(h1.text())).orElse(null);
    }

    private static String relAuthor(Element scope) {
        return scope.select("a[rel]").stream()
                .filter(link -> Arrays.asList(link.attr("rel").toLowerCase(Locale.ROOT).split("\\s+"))
                        .contains("author"))
                .map(link -> personName(plain(link.text()))).filter(Objects::nonNull).findFirst().orElse(null);
    }

    private static String bylineElement(Element body) {
        for (Element element : body.select("[itemprop=author], .byline, .author, .author-name")) {
            String text = plain(element.hasAttr("content") ? element.attr("content") : element.text());
            String name = text == null ? null : bylineName(text).orElseGet(() -> personName(text));
            if (name != null) {
                return name;
            }
        }
        return null;
    }

    /** Keeps {@code text} only if it reads like a person's name, not an address or a sentence. */
    private static String personName(String text) {
        if (text == null) {
            return null;
        }
        String name = text.strip().replaceFirst("^[Bb][Yy]:?\\s+", "").replaceFirst("[.,;:]+$", "");
        String[] words = name.split(" ");
        boolean looksLikeName = !name.isEmpty() && words.length <= MAX_NAME_WORDS && !name.contains("://")
                && !name.contains("@") && Arrays.stream(words).allMatch(word -> NAME_WORD.matcher(word).matches());
        return looksLikeName ? name : null;
    }

    private static Dated publicationDate(Document page, Element body, LinkedData data) {
        return isoDate(meta(page, "article:published_time"))
                .map(iso -> new Dated(iso, "From the page's publication date tag (article:published_time)."))
                .or(() -> isoDate(itemprop(page, "datePublished"))
                        .map(iso -> new Dated(iso, "From the page's publication date tag (datePublished).")))
                .or(() -> isoDate(data.datePublished())
                        .map(iso -> new Dated(iso, "From the page's structured data (datePublished).")))
                .or(() -> isoDate(timeAttribute(body)).or(() -> isoDate(timeAttribute(page)))
                        .map(iso -> new Dated(iso, "From the date shown on the page.")))
                .orElse(new Dated(null, null));
    }

    /** An ISO date or timestamp at its own precision, as the publisher wrote it (no time-zone shift). */
    static Optional<String> isoDate(String value) {
        if (value == null) {
            return Optional.empty();
        }
        Matcher date = ISO_DATE.matcher(value.strip());
        if (!date.matches()) {
            return Optional.empty();
        }
        String iso = date.group(1) + Objects.requireNonNullElse(date.group(2), "");
        try {
            return Optional.of(new PublicationDate(iso).iso());
        } catch (ValidationException notARealDate) {
            return Optional.empty();
        }
    }

    private static String timeAttribute(Element scope) {
        return scope.select("time[datetime]").stream().map(time -> time.attr("datetime"))
                .filter(value -> !value.isBlank()).findFirst().orElse(null);
    }

    private static String itemprop(Document page, String property) {
        Element element = page.selectFirst("[itemprop=" + property + "]");
        if (element == null) {
            return null;
        }
        String value = element.hasAttr("content") ? element.attr("content")
                : element.hasAttr("datetime") ? element.attr("datetime") : element.text();
        return plain(value);
    }

    private static String originalUrl(Document page, String baseUrl) {
        URI base = LinkAddresses.base(baseUrl).orElse(null);
        Element canonical = page.selectFirst("link[rel=canonical][href]");
        return Optional.ofNullable(canonical).flatMap(link -> webAddress(link.attr("href"), base))
                .or(() -> webAddress(meta(page, "og:url"), base))
                .or(() -> webAddress(baseUrl, null))
                .orElse(null);
    }

    private static Optional<String> webAddress(String href, URI base) {
        return LinkAddresses.clean(href, base).filter(address -> address.startsWith("http"));
    }

    private static String withoutSiteName(String title, String outlet) {
        if (title == null || outlet == null) {
            return title;
        }
        for (String separator : SITE_SEPARATORS) {
            String suffix = (separator + outlet).toLowerCase(Locale.ROOT);
            if (title.toLowerCase(Locale.ROOT).endsWith(suffix) && title.length() > suffix.length()) {
                return title.substring(0, title.length() - suffix.length()).strip();
            }
        }
        return title;
    }

    private static String meta(Document page, String key) {
        return page.select("meta[property=" + key + "], meta[name=" + key + "]").stream()
                .map(meta -> plain(meta.attr("content"))).filter(Objects::nonNull).findFirst().orElse(null);
    }

    /** Plain text of a value that may carry markup or entities; null when nothing readable is left. */
    static String plain(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = ResidueRules.normalizeSpaces(Jsoup.parseBodyFragment(value).text());
        return text.isEmpty() ? null : text;
    }

    private static String first(String... values) {
        return Arrays.stream(values).filter(value -> value != null && !value.isBlank()).findFirst().orElse(null);
    }

    private record Dated(String iso, String note) {
    }
}
