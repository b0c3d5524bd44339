package org.sourcelens.article.sourcemap;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Collects what the text says a person is: a title or description in front of the name ("the acting
 * Albanian foreign minister Gent Cakaj"), a description set off before it ("Albania’s former Prime
 * Minister…, Pandeli Majko") or an appositive after it ("Marandi, Professor of English Literature…").
 */
final class RoleFinder {

    private static final int MAX_PREFIX_WORDS = 8;
    private static final int MAX_DESCRIPTION_WORDS = 25;
    private static final int ROLE_NOUN_WINDOW = 8;
    private static final String BOUNDARIES = ",;:()“”\"";
    private static final Set<String> ROLE_MODIFIERS = Set.of("former", "acting", "late", "then", "first", "other");
    private static final Set<String> NOT_A_DESCRIPTION_START = Set.of("who", "which", "whose", "where", "when",
            "and", "but", "or", "adding", "saying", "noting", "he", "she", "they", "it", "however", "though",
            "although", "while", "as", "in", "on", "at", "for", "from", "to", "with");

    private final ArticleText article;
    private final NameIndex names;

    RoleFinder(ArticleText article, NameIndex names) {
        this.article = article;
        this.names = names;
    }

    List<String> rolesOf(String name) {
        Map<String, String> roles = new LinkedHashMap<>();
        for (NameIndex.Mention mention : names.mentionsOf(name)) {
            Passage passage = article.passage(mention.passage());
            for (Optional<String> role : List.of(prefix(passage, mention), descriptionBefore(passage, mention),
                    appositive(passage, mention))) {
                role.ifPresent(r -> roles.putIfAbsent(Vocabulary.lower(r), r));
            }
        }
        return new ArrayList<>(roles.values());
    }

    private static Optional<String> prefix(Passage passage, NameIndex.Mention mention) {
        int first = mention.firstWord();
        if (first == 0 || !Words.joined(passage.text(), passage.words().get(first - 1), passage.words().get(first))) {
            return Optional.empty();
        }
        return roleEndingWith(passage, first - 1);
    }

    /**
     * The role phrase whose last word is {@code last}, read backwards over modifiers, capitalised words
     * and possessives up to a determiner: "the acting Albanian foreign minister", "Iran’s powerful
     * Supreme Leader". The last word must be a role noun.
     */
    private static Optional<String> roleEndingWith(Passage passage, int last) {
        List<Word> words = passage.words();
        String text = passage.text();
        if (!Vocabulary.isRoleNoun(words.get(last).bare())) {
            return Optional.empty();
        }
        int from = last;
        for (int j = last - 1; j >= 0 && last - j < MAX_PREFIX_WORDS; j--) {
            Word word = words.get(j);
            if (!Words.joined(text, word, words.get(j + 1))) {
                break;
            }
            String lower = word.lower();
            if (Vocabulary.DETERMINERS.contains(lower) && !word.possessive()) {
                from = j;
                break;
            }
            if (Vocabulary.CLAUSE_WORDS.contains(lower) && !ROLE_MODIFIERS.contains(lower)) {
                break;
            }
            if (word.capitalized() || word.possessive() || Vocabulary.isRoleNoun(lower) || modifier(word)) {
                from = j;
            } else {
                break;
            }
        }
        return Optional.of(lowerLeadingArticle(text.substring(words.get(from).start(), words.get(last).end())));
    }

    /** "Turkey's foreign minister, Hakan Demir" or a longer description set off by commas before the name. */
    private static Optional<String> descriptionBefore(Passage passage, NameIndex.Mention mention) {
        String text = passage.text();
        int back = Words.skipSpacesBack(text, mention.runStart());
        if (back == 0 || text.charAt(back - 1) != ',') {
            return Optional.empty();
        }
        int comma = back - 1;
        int lastWord = Words.firstAtOrAfter(passage.words(), comma) - 1;
        if (lastWord >= 0 && passage.words().get(lastWord).end() == comma) {
            Optional<String> compact = roleEndingWith(passage, lastWord);
            if (compact.isPresent()) {
                return compact;
            }
        }
        int start = comma;
        int sentenceStart = passage.sentenceAt(mention.start()).start();
        while (start > sentenceStart && BOUNDARIES.indexOf(text.charAt(start - 1)) < 0) {
            start--;
        }
        String segment = text.substring(start, comma).strip();
        return looksLikeDescription(segment) ? Optional.of(lowerLeadingArticle(segment)) : Optional.empty();
    }

    private static Optional<String> appositive(Passage passage, NameIndex.Mention mention) {
        String text = passage.text();
        if (mention.possessive() || mention.end() >= text.length() || text.charAt(mention.end()) != ',') {
            return Optional.empty();
        }
        int end = mention.end() + 1;
        int sentenceEnd = passage.sentenceAt(mention.start()).end();
        while (end < sentenceEnd && BOUNDARIES.indexOf(text.charAt(end)) < 0) {
            end++;
        }
        String segment = passage.trimmedSpan(mention.end() + 1, end, ".!?").text();
        return looksLikeDescription(segment) ? Optional.of(segment) : Optional.empty();
    }

    /** A short phrase that names a role early on and is not a clause of its own. */
    static boolean looksLikeDescription(String segment) {
        List<Word> words = Words.of(segment);
        if (words.isEmpty() || words.size() > MAX_DESCRIPTION_WORDS
                || NOT_A_DESCRIPTION_START.contains(words.get(0).lower())
                || AttributionMatcher.SPEECH_VERB.pattern().matcher(segment).find()) {
            return false;
        }
        for (int i = 0; i < Math.min(ROLE_NOUN_WINDOW, words.size()); i++) {
            String lower = words.get(i).lower();
            if (Vocabulary.isRoleNoun(lower) || lower.endsWith("s") && Vocabulary.isRoleNoun(lower.substring(0, lower.length() - 1))) {
                return true;
            }
        }
        return false;
    }

    private static boolean modifier(Word word) {
        String lower = word.lower();
        return Character.isLowerCase(word.text().codePointAt(0)) && lower.length() > 1 && !lower.endsWith("ed")
                && !Vocabulary.CLAUSE_WORDS.contains(lower);
    }

    /** "The acting minister" starts a sentence; as a role it reads "the acting minister". */
    private static String lowerLeadingArticle(String role) {
        for (String article : List.of("The ", "A ", "An ")) {
            if (role.startsWith(article)) {
                return Vocabulary.lower(article) + role.substring(article.length());
            }
        }
        return role;
    }
}
