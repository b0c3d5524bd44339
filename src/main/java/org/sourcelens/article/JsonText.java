package org.sourcelens.article;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A small JSON reader for the structured data (JSON-LD) that news pages embed. It only has to read
 * what a page claims about itself, so it yields plain maps, lists and strings. It tolerates the one
 * common publishing slip, raw line breaks inside strings, and gives up (empty) on anything else
 * malformed or nested absurdly deep instead of failing the import.
 */
final class JsonText {

    private static final int MAX_DEPTH = 64;

    private final String text;
    private int position;

    private JsonText(String text) {
        this.text = text;
    }

    /** Objects become maps, arrays lists, strings strings, numbers and booleans their text; null stays null. */
    static Optional<Object> parse(String json) {
        if (json == null) {
            return Optional.empty();
        }
        JsonText reader = new JsonText(json);
        try {
            Object value = reader.value(0);
            reader.skipSpace();
            return reader.position == json.length() ? Optional.ofNullable(value) : Optional.empty();
        } catch (MalformedJson e) {
            return Optional.empty();
        }
    }

    private Object value(int depth) {
        if (depth > MAX_DEPTH) {
            throw new MalformedJson();
        }
        skipSpace();
        char next = peek();
        return switch (next) {
            case '{' -> object(depth);
            case '[' -> array(depth);
            case '"' -> string();
            default -> literal();
        };
    }

    private Map<String, Object> object(int depth) {
        Map<String, Object> members = new LinkedHashMap<>();
        expect('{');
        skipSpace();
        if (peek() == '}') {
            position++;
            return members;
        }
        do {
            skipSpace();
            String name = string();
            skipSpace();
            expect(':');
            members.put(name, value(depth + 1));
            skipSpace();
        } while (consume(','));
        expect('}');
        return members;
    }

    private List<Object> array(int depth) {
        List<Object> items = new ArrayList<>();
        expect('[');
        skipSpace();
        if (peek() == ']') {
            position++;
            return items;
        }
        do {
            items.add(value(depth + 1));
            skipSpace();
        } while (consume(','));
        expect(']');
        return items;
    }

    private String string() {
        expect('"');
        StringBuilder value = new StringBuilder();
        while (true) {
            char next = next();
            if (next == '"') {
                return value.toString();
            }
            value.append(next == '\\' ? escaped() : next);
        }
    }

    private char escaped() {
        char code = next();
        return switch (code) {
            case '"', '\\', '/' -> code;
            case 'b' -> '\b';
            case 'f' -> '\f';
            case 'n' -> '\n';
            case 'r' -> '\r';
            case 't' -> '\t';
            case 'u' -> unicodeEscape();
            default -> throw new MalformedJson();
        };
    }

    private char unicodeEscape() {
        if (position + 4 > text.length()) {
            throw new MalformedJson();
        }
        try {
            char value = (char) Integer.parseInt(text.substring(position, position + 4), 16);
            position += 4;
            return value;
        } catch (NumberFormatException e) {
            throw new MalformedJson();
        }
    }

    private String literal() {
        int start = position;
        while (position < text.length() && "{}[],:\" \t\r\n".indexOf(text.charAt(position)) < 0) {
            position++;
        }
        String literal = text.substring(start, position);
        if (literal.equals("null")) {
            return null;
        }
        if (literal.equals("true") || literal.equals("false") || literal.matches("-?\\d+(\\.\\d+)?([eE][+-]?\\d+)?")) {
            return literal;
        }
        throw new MalformedJson();
    }

    private void skipSpace() {
        while (position < text.length() && " \t\r\n".indexOf(text.charAt(position)) >= 0) {
            position++;
        }
    }

    private char peek() {
        if (position >= text.length()) {
            throw new MalformedJson();
        }
        return text.charAt(position);
    }

    private char next() {
        char next = peek();
        position++;
        return next;
    }

    private void expect(char expected) {
        if (next() != expected) {
            throw new MalformedJson();
        }
    }

    private boolean consume(char expected) {
        if (position < text.length() && text.charAt(position) == expected) {
            position++;
            return true;
        }
        return false;
    }

    /** Thrown and caught inside this reader only: malformed structured data is simply ignored. */
    private static final class MalformedJson extends RuntimeException {

        MalformedJson() {
            super(null, null, false, false);
        }
    }
}
