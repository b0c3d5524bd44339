package org.sourcelens.article;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What a page's schema.org structured data (JSON-LD) says about its article. Publishers fill it in
 * for search engines, so it often names the author and publisher more reliably than the visible
 * page does. Malformed or absent data simply leaves the fields null.
 */
record LinkedData(String headline, String author, String publisher, String datePublished) {

    private static final LinkedData NONE = new LinkedData(null, null, null, null);

    static LinkedData read(Document page) {
        List<Map<String, Object>> objects = new ArrayList<>();
        for (Element script : page.select("script[type=application/ld+json]")) {
            JsonText.parse(script.data()).ifPresent(value -> collectObjects(value, objects));
        }
        Map<String, Map<String, Object>> byId = new HashMap<>();
        objects.forEach(object -> {
            if (object.get("@id") instanceof String id) {
                byId.putIfAbsent(id, object);
            }
        });
        return objects.stream().filter(LinkedData::isArticle).findFirst()
                .map(article -> new LinkedData(text(article.get("headline")),
                        names(resolve(article.get("author"), byId), byId),
                        names(resolve(article.get("publisher"), byId), byId),
                        text(article.get("datePublished"))))
                .orElse(NONE);
    }

    private static void collectObjects(Object value, List<Map<String, Object>> objects) {
        if (value instanceof List<?> list) {
            list.forEach(item -> collectObjects(item, objects));
        } else if (value instanceof Map<?, ?> map) {
            @SuppressWarnings("unchecked")
            Map<String, Object> object = (Map<String, Object>) map;
            objects.add(object);
            collectObjects(object.get("@graph"), objects);
        }
    }

    private static boolean isArticle(Map<String, Object> object) {
        Object type = object.get("@type");
        List<?> types = type instanceof List<?> list ? list : List.of(Objects.requireNonNullElse(type, ""));
        return types.stream().anyMatch(t -> t instanceof String name
                && (name.endsWith("Article") || name.equals("BlogPosting") || name.equals("Report")));
    }

    /** A reference such as {"@id": "#publisher"} stands for the object with that id elsewhere on the page. */
    private static Object resolve(Object value, Map<String, Map<String, Object>> byId) {
        if (value instanceof Map<?, ?> map && map.size() == 1 && map.get("@id") instanceof String id
                && byId.containsKey(id)) {
            return byId.get(id);
        }
        return value;
    }

    private static String names(Object value, Map<String, Map<String, Object>> byId) {
        List<String> names = new ArrayList<>();
        if (value instanceof List<?> list) {
            list.forEach(item -> addName(resolve(item, byId), names));
        } else {
            addName(value, names);
        }
        return names.isEmpty() ? null : joinNames(names);
    }

    private static void addName(Object value, List<String> names) {
        String name = value instanceof Map<?, ?> map ? text(map.get("name")) : text(value);
        if (name != null && !name.isBlank() && !names.contains(name)) {
            names.add(name);
        }
    }

    private static String joinNames(List<String> names) {
        if (names.size() == 1) {
            return names.getFirst();
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.getLast();
    }

    private static String text(Object value) {
        return value instanceof String text && !text.isBlank() ? text.strip() : null;
    }
}
