package org.sourcelens.annotation.anchoring;

import java.util.List;
import java.util.Random;

/** Random but readable-looking article text for property tests and the benchmark. */
final class MadeUpArticles {

    private static final List<String> WORDS = List.of(
            "the", "a", "of", "and", "to", "in", "that", "for", "on", "with", "as", "by", "at", "from", "but",
            "council", "mayor", "budget", "library", "report", "reporter", "newsroom", "editor", "source",
            "claim", "evidence", "study", "survey", "data", "analysis", "statement", "spokesperson", "official",
            "residents", "voters", "election", "campaign", "policy", "funding", "deficit", "audit", "auditor",
            "approved", "rejected", "announced", "confirmed", "denied", "questioned", "published", "corrected",
            "reported", "suggested", "argued", "noted", "warned", "promised", "estimated", "counted", "quoted",
            "local", "regional", "national", "independent", "anonymous", "official", "misleading", "accurate",
            "recent", "previous", "annual", "public", "private", "rural", "urban", "digital", "printed",
            "week", "month", "year", "spring", "autumn", "morning", "meeting", "hearing", "vote", "decision",
            "percent", "million", "dozen", "several", "many", "few", "most", "some", "every", "no",
            "rumour", "headline", "photo", "caption", "video", "post", "platform", "feed", "algorithm", "share",
            "readers", "viewers", "subscribers", "journalists", "researchers", "experts", "critics", "supporters",
            "said", "told", "wrote", "asked", "explained", "added", "insisted", "admitted", "revealed", "showed");

    private final Random random;

    MadeUpArticles(Random random) {
        this.random = random;
    }

    String word() {
        return WORDS.get(random.nextInt(WORDS.size()));
    }

    String sentence() {
        int length = 6 + random.nextInt(12);
        var sentence = new StringBuilder();
        for (int i = 0; i < length; i++) {
            String word = word();
            if (i == 0) {
                word = Character.toUpperCase(word.charAt(0)) + word.substring(1);
            } else {
                sentence.append(random.nextInt(12) == 0 ? ", " : " ");
            }
            sentence.append(word);
        }
        return sentence.append(random.nextInt(8) == 0 ? "?" : ".").toString();
    }

    String paragraph(int sentences) {
        var paragraph = new StringBuilder(sentence());
        for (int i = 1; i < sentences; i++) {
            paragraph.append(' ').append(sentence());
        }
        return paragraph.toString();
    }

    /** An article of at least this many words, paragraphs separated by "\n". */
    String article(int words) {
        var article = new StringBuilder();
        int count = 0;
        while (count < words) {
            if (!article.isEmpty()) {
                article.append('\n');
            }
            String paragraph = paragraph(2 + random.nextInt(5));
            count += paragraph.split(" ").length;
            article.append(paragraph);
        }
        return article.toString();
    }
}
