package org.sourcelens.article;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter.FilterResult;
import org.jsoup.select.NodeTraversor;

/**
 * Takes everything out of an article's HTML that is not its text: active content (scripts, frames,
 * embeds), media, forms, and the page furniture around the story (menus, share bars, related links,
 * advertising, cookie notices, photo captions). It works on a copy, before sanitising, because the
 * class names and roles that give furniture away do not survive the sanitiser. What it removed is
 * summarised for the import preview.
 */
final class HtmlPageFurniture {

    private static final Map<String, String> CATEGORY_BY_TAG = Map.ofEntries(
            Map.entry("script", "script"), Map.entry("noscript", "script"), Map.entry("template", "script"),
            Map.entry("style", "style sheet"), Map.entry("iframe", "iframe"), Map.entry("frame", "iframe"),
            Map.entry("frameset", "iframe"), Map.entry("object", "embedded object"),
            Map.entry("embed", "embedded object"), Map.entry("applet", "embedded object"),
            Map.entry("img", "image"), Map.entry("picture", "image"), Map.entry("svg", "image"),
            Map.entry("canvas", "image"), Map.entry("video", "video or audio player"),
            Map.entry("audio", "video or audio player"), Map.entry("math", "formula"), Map.entry("form", "form"),
            Map.entry("button", "button"), Map.entry("input", "form field"), Map.entry("select", "form field"),
            Map.entry("textarea", "form field"));
    private static final List<String> CATEGORY_ORDER = List.of("script", "style sheet", "iframe", "embedded object",
            "image", "video or audio player", "formula", "form", "button", "form field", "navigation link",
            "other page section");
    private static final Set<String> FURNITURE_TAGS = Set.of("nav", "header", "footer", "aside");
    private static final Set<String> FURNITURE_ROLES = Set.of("navigation", "banner", "contentinfo", "complementary",
            "search", "dialog");
    /** Whole class or id words; "share" is not a stem, or "shared-content" would go too. */
    private static final Set<String> FURNITURE_TOKENS = Set.of("ad", "ads", "adslot", "banner", "comments", "popup",
            "modal", "toolbar", "share", "shares", "sharing", "sharebar", "sharetools", "subscribe", "promo");
    /** Beginnings of class or id words ("relatedArticles", "cookie-consent") that only furniture has. */
    private static final List<String> FURNITURE_STEMS = List.of("related", "social", "newsletter", "advert", "cookie",
            "consent", "gdpr", "sponsor", "sidebar", "breadcrumb", "outbrain", "taboola");
    private static final String CREDIT_SELECTOR = ".credit, .copyright, [class*=credit], [class*=copyright], small";
    private static final Pattern FOOTNOTE_NUMBER = Pattern.compile("^\\[?(\\d{1,3})]?$");
    private static final Pattern BACK_REFERENCE = Pattern.compile("^[\\s↩↑^⤴\\uFE0E\\uFE0F]+$");

    private final List<String> log;
    private final Map<String, Integer> removed = new LinkedHashMap<>();

    private HtmlPageFurniture(List<String> log) {
        this.log = log;
    }

    /**
     * Removes non-text content from the descendants of each root (never a root itself: it is the
     * article or its notes), logging one summary for all of them.
     */
    static void remove(List<Element> roots, List<String> log) {
        HtmlPageFurniture furniture = new HtmlPageFurniture(log);
        for (Element root : roots) {
            furniture.removeFigures(root);
            furniture.removeNonText(root);
            tidyFootnoteMarkers(root);
        }
        furniture.logSummary();
    }

    /** Photos go with their captions and credits; a figure that frames a quotation keeps the quotation. */
    private void removeFigures(Element root) {
        NodeTraversor.filter((node, depth) -> node != root && node instanceof Element figure && figure.nameIs("figure")
                ? removeFigure(figure) : FilterResult.CONTINUE, root);
    }

    private FilterResult removeFigure(Element figure) {
        for (Element credit : figure.select("figcaption").select(CREDIT_SELECTOR)) {
            logIfText("Removed a picture credit: ", credit.text());
            credit.remove();
        }
        boolean framesText = figure.select("blockquote, p").stream()
                .anyMatch(text -> text.closest("figcaption") == null);
        if (framesText) {
            return FilterResult.CONTINUE;
        }
        figure.select("figcaption").forEach(caption -> logIfText("Removed a photo caption: ", caption.text()));
        count(CATEGORY_BY_TAG.get("img"), Math.max(1, figure.select("img, picture, svg, canvas").size()));
        return FilterResult.REMOVE;
    }

    /** One pass that removes whole subtrees, so nothing inside a removed element is counted twice. */
    private void removeNonText(Element root) {
        NodeTraversor.filter((node, depth) -> node != root && node instanceof Element element
                ? removeIfNotText(element) : FilterResult.CONTINUE, root);
    }

    private FilterResult removeIfNotText(Element element) {
        String category = CATEGORY_BY_TAG.get(element.normalName());
        if (category != null) {
            count(category, 1);
            return FilterResult.REMOVE;
        }
        if (isFurniture(element)) {
            int links = element.select("a").size();
            count(links > 0 ? "navigation link" : "other page section", Math.max(links, 1));
            return FilterResult.REMOVE;
        }
        return FilterResult.CONTINUE;
    }

    /**
     * Hidden elements always go. Otherwise an element that holds the headline is the article's own
     * header (a "banner" with the title, say), so it stays, and the furniture inside it goes on its own.
     */
    private static boolean isFurniture(Element element) {
        if (element.attr("aria-hidden").equalsIgnoreCase("true") || element.hasAttr("hidden")) {
            return true;
        }
        boolean looksLikeFurniture = FURNITURE_TAGS.contains(element.normalName())
                || FURNITURE_ROLES.contains(element.attr("role").toLowerCase(Locale.ROOT))
                || hasFurnitureName(element.className() + " " + element.id());
        return looksLikeFurniture && element.selectFirst("h1") == null;
    }

    private static boolean hasFurnitureName(String classAndId) {
        for (String token : classAndId.toLowerCase(Locale.ROOT).split("[^a-z0-9]+")) {
            if (FURNITURE_TOKENS.contains(token) || FURNITURE_STEMS.stream().anyMatch(token::startsWith)) {
                return true;
            }
        }
        return false;
    }

    /** Note markers read as "[1]" in the text, as in plain-text imports; links back from notes mean nothing here. */
    private static void tidyFootnoteMarkers(Element root) {
        for (Element sup : root.select("sup")) {
            Matcher number = FOOTNOTE_NUMBER.matcher(sup.text().strip());
            if (number.matches()) {
                sup.replaceWith(new TextNode("[" + number.group(1) + "]"));
            }
        }
        root.select("a").stream().filter(link -> BACK_REFERENCE.matcher(link.text()).matches())
                .forEach(Element::remove);
    }

    private void logSummary() {
        List<String> parts = new ArrayList<>();
        for (String category : CATEGORY_ORDER) {
            int n = removed.getOrDefault(category, 0);
            if (n > 0) {
                parts.add(n + " " + category + (n == 1 ? "" : "s"));
            }
        }
        if (!parts.isEmpty()) {
            log.add("Removed " + joinWithAnd(parts) + ".");
        }
    }

    private static String joinWithAnd(List<String> parts) {
        if (parts.size() == 1) {
            return parts.getFirst();
        }
        return String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.getLast();
    }

    private void count(String category, int n) {
        removed.merge(category, n, Integer::sum);
    }

    private void logIfText(String prefix, String text) {
        String clean = ResidueRules.normalizeSpaces(text);
        if (!clean.isEmpty()) {
            log.add(prefix + "\"" + ResidueRules.abbreviate(clean) + "\"");
        }
    }
}
