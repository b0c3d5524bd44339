package org.sourcelens.annotation.anchoring;

/**
 * A place in the new text where a highlight might now lie (a range of the joined text) and how well
 * it fits: each similarity runs from 0 (nothing alike) to 1 (identical).
 */
record Candidate(int start, int end, double quoteSimilarity, double prefixSimilarity, double suffixSimilarity,
        double nearness) {

    static final double QUOTE_WEIGHT = 0.5;
    static final double PREFIX_WEIGHT = 0.2;
    static final double SUFFIX_WEIGHT = 0.2;
    static final double NEARNESS_WEIGHT = 0.1;

    /** How much a verbatim occurrence loses for context that no longer matches. */
    static final double EXACT_CONTEXT_PENALTY = 0.1;
    /** How much a verbatim occurrence loses for lying far from where the highlight was. */
    static final double EXACT_DISTANCE_PENALTY = 0.05;

    double contextSimilarity() {
        return (prefixSimilarity + suffixSimilarity) / 2;
    }

    /** The score of an approximate match: mostly the quote, then its context, a little its place. */
    double fuzzyScore() {
        return QUOTE_WEIGHT * quoteSimilarity + PREFIX_WEIGHT * prefixSimilarity + SUFFIX_WEIGHT * suffixSimilarity
                + NEARNESS_WEIGHT * nearness;
    }

    /** The score of a verbatim occurrence: 1 less small penalties for changed context and distance. */
    double exactScore() {
        return 1.0 - EXACT_CONTEXT_PENALTY * (1.0 - contextSimilarity()) - EXACT_DISTANCE_PENALTY * (1.0 - nearness);
    }

    /** Better context first; between equally fitting contexts, the place nearer the old one. */
    boolean fitsBetterThan(Candidate other) {
        double difference = contextSimilarity() - other.contextSimilarity();
        if (Math.abs(difference) > 1e-9) {
            return difference > 0;
        }
        return nearness > other.nearness;
    }

    boolean sameRange(Candidate other) {
        return start == other.start && end == other.end;
    }
}
