package org.sourcelens.assignment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The starter question sets shipped in {@code starter/question-sets.json}: one set for each seed article
 * and one comparing the two. Checks the file's shape, that every set covers what the platform teaches,
 * that every question is complete enough to grade, and that every key passage still matches the seed
 * article's text as the app cleans and stores it.
 */
class StarterQuestionSetsTest {

    private static final String FILE = "/starter/question-sets.json";
    private static final Set<QuestionType> SINGLE_ARTICLE_TYPES = EnumSet.of(QuestionType.SINGLE_CHOICE,
            QuestionType.MULTIPLE_CHOICE, QuestionType.SHORT_ANSWER, QuestionType.RATING_SCALE,
            QuestionType.HIGHLIGHT_EVIDENCE);
    private static final List<String> RUBRIC_LEVELS = List.of("Proficient", "Emergent", "Basic");
    private static final List<Integer> RUBRIC_PERCENTS = List.of(100, 50, 0);

    private static QuestionSetDocument[] sets;
    /** For each set, the seed articles its questions' {@code article} indexes point to. */
    private static List<List<List<String>>> articlesOfSet;

    @BeforeAll
    static void load() throws IOException {
        JsonMapper json = JsonMapper.builder().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
        try (InputStream in = StarterQuestionSetsTest.class.getResourceAsStream(FILE)) {
            assertThat(in).as(FILE + " on the classpath").isNotNull();
            sets = json.readValue(in, QuestionSetDocument[].class);
        }
        List<String> bulletin = StarterArticleText.paragraphs(StarterArticleText.BULLETIN);
        List<String> feature = StarterArticleText.paragraphs(StarterArticleText.FEATURE);
        articlesOfSet = List.of(List.of(bulletin), List.of(feature), List.of(bulletin, feature));
    }

    private static List<QuestionSetDocument> articleSets() {
        return List.of(sets[0], sets[1]);
    }

    private static QuestionSetDocument comparisonSet() {
        return sets[2];
    }

    private static Stream<QuestionSpec> allQuestions() {
        return Arrays.stream(sets).flatMap(set -> set.questions().stream());
    }

    private static Stream<QuestionSpec> questionsOfType(Predicate<QuestionType> type) {
        return allQuestions().filter(q -> type.test(q.type()));
    }

    @Test
    void the_file_holds_three_titled_sets_in_the_current_format() {
        assertThat(sets).hasSize(3);
        assertThat(sets).allSatisfy(set -> {
            assertThat(set.format()).isEqualTo(QuestionSetDocument.FORMAT);
            assertThat(set.title()).isNotBlank().hasSizeLessThanOrEqualTo(200);
            assertThat(set.description()).isNotBlank();
        });
    }

    @Test
    void each_article_set_covers_all_four_dimensions_and_every_single_article_type() {
        assertThat(articleSets()).allSatisfy(set -> {
            assertThat(set.questions()).as(set.title()).hasSizeGreaterThanOrEqualTo(8);
            assertThat(set.questions()).extracting(QuestionSpec::dimension).as(set.title())
                    .containsAll(EnumSet.allOf(Dimension.class));
            assertThat(set.questions()).extracting(QuestionSpec::type).as(set.title())
                    .containsAll(SINGLE_ARTICLE_TYPES)
                    .doesNotContain(QuestionType.COMPARISON);
            assertThat(set.questions()).extracting(QuestionSpec::article).as(set.title()).containsOnly(0);
        });
    }

    @Test
    void the_comparison_set_has_comparison_questions_and_questions_on_both_articles() {
        List<QuestionSpec> questions = comparisonSet().questions();

        assertThat(questions).hasSizeGreaterThanOrEqualTo(5);
        assertThat(questions).filteredOn(q -> q.type() == QuestionType.COMPARISON).hasSizeGreaterThanOrEqualTo(2)
                .extracting(QuestionSpec::article).containsOnly(0);
        assertThat(questions).extracting(QuestionSpec::article).contains(0, 1).containsOnly(0, 1);
        assertThat(questions).filteredOn(q -> q.type() != QuestionType.COMPARISON)
                .extracting(QuestionSpec::article).contains(0, 1);
    }

    @Test
    void every_question_passes_the_editors_rules_and_is_worth_one_to_three_points() {
        assertThat(allQuestions()).allSatisfy(q -> {
            assertThatCode(() -> QuestionRules.check(q)).as(q.prompt()).doesNotThrowAnyException();
            assertThat(q.points()).as(q.prompt()).isBetween(1, 3);
            assertThat(q.prompt()).isNotBlank();
        });
    }

    @Test
    void every_choice_question_has_three_to_five_options_with_a_right_answer_and_feedback_on_each() {
        assertThat(questionsOfType(t -> t == QuestionType.SINGLE_CHOICE || t == QuestionType.MULTIPLE_CHOICE))
                .isNotEmpty()
                .allSatisfy(q -> {
                    assertThat(q.options()).as(q.prompt()).hasSizeBetween(3, 5);
                    assertThat(q.options()).as(q.prompt()).allSatisfy(option -> {
                        assertThat(option.text()).isNotBlank();
                        assertThat(option.feedback()).as(option.text()).isNotBlank();
                    });
                    assertThat(q.options()).extracting(QuestionSpec.Option::text).as(q.prompt())
                            .doesNotHaveDuplicates();
                    long correct = q.options().stream().filter(QuestionSpec.Option::correct).count();
                    if (q.type() == QuestionType.SINGLE_CHOICE) {
                        assertThat(correct).as(q.prompt()).isEqualTo(1);
                    } else {
                        assertThat(correct).as(q.prompt()).isBetween(1L, (long) q.options().size() - 1);
                    }
                    assertThat(q.rubric()).isEmpty();
                    assertThat(q.keyPassages()).isEmpty();
                    assertThat(q.scale()).isNull();
                });
    }

    @Test
    void every_open_answer_is_graded_with_the_three_default_levels_described_for_the_question() {
        assertThat(questionsOfType(t -> t == QuestionType.SHORT_ANSWER || t == QuestionType.COMPARISON
                || t == QuestionType.RATING_SCALE))
                .isNotEmpty()
                .allSatisfy(q -> {
                    assertThat(q.rubric()).extracting(QuestionSpec.RubricLevel::name).as(q.prompt())
                            .containsExactlyElementsOf(RUBRIC_LEVELS);
                    assertThat(q.rubric()).extracting(QuestionSpec.RubricLevel::percent).as(q.prompt())
                            .containsExactlyElementsOf(RUBRIC_PERCENTS);
                    assertThat(q.rubric()).as(q.prompt()).allSatisfy(level -> {
                        assertThat(level.description()).isNotBlank();
                        assertThat(level.example()).isNotBlank();
                    });
                    assertThat(q.options()).isEmpty();
                    assertThat(q.keyPassages()).isEmpty();
                });
    }

    @Test
    void every_rating_has_a_labelled_scale_and_only_ratings_have_one() {
        assertThat(questionsOfType(t -> t == QuestionType.RATING_SCALE)).isNotEmpty().allSatisfy(q -> {
            assertThat(q.scale()).as(q.prompt()).isNotNull();
            assertThat(q.scale().min()).isLessThan(q.scale().max());
            assertThat(q.scale().max() - q.scale().min()).isLessThanOrEqualTo(10);
            assertThat(q.scale().minLabel()).isNotBlank();
            assertThat(q.scale().maxLabel()).isNotBlank();
        });
        assertThat(questionsOfType(t -> t != QuestionType.RATING_SCALE)).allSatisfy(q -> assertThat(q.scale())
                .as(q.prompt()).isNull());
    }

    @Test
    void every_key_passage_quotes_the_cleaned_article_text_at_its_offsets() {
        for (int s = 0; s < sets.length; s++) {
            List<List<String>> articles = articlesOfSet.get(s);
            List<QuestionSpec> highlights = sets[s].questions().stream()
                    .filter(q -> q.type() == QuestionType.HIGHLIGHT_EVIDENCE).toList();
            assertThat(highlights).as(sets[s].title()).isNotEmpty();
            for (QuestionSpec q : highlights) {
                assertThat(q.article()).as(q.prompt()).isBetween(0, articles.size() - 1);
                List<String> paragraphs = articles.get(q.article());
                assertThat(q.keyPassages()).as(q.prompt()).isNotEmpty().allSatisfy(passage -> {
                    assertThat(passage.articleVersion()).isEqualTo(1);
                    assertThat(passage.endAnchor()).as(passage.quote())
                            .as("starter passages stay within one paragraph").isEqualTo(passage.startAnchor());
                    String text = StarterArticleText.paragraph(paragraphs, passage.startAnchor());
                    assertThat(text).as("paragraph " + passage.startAnchor() + " of " + q.prompt()).isNotNull();
                    assertThat(passage.startOffset()).as(passage.quote()).isGreaterThanOrEqualTo(0)
                            .isLessThan(passage.endOffset());
                    assertThat(passage.endOffset()).as(passage.quote()).isLessThanOrEqualTo(text.length());
                    assertThat(text.substring(passage.startOffset(), passage.endOffset())).isEqualTo(passage.quote());
                });
                assertThat(q.options()).isEmpty();
                assertThat(q.rubric()).isEmpty();
            }
        }
    }

    @Test
    void key_passages_of_one_question_do_not_overlap() {
        assertThat(questionsOfType(t -> t == QuestionType.HIGHLIGHT_EVIDENCE)).allSatisfy(q -> {
            Map<String, List<Passage>> byParagraph = q.keyPassages().stream()
                    .collect(Collectors.groupingBy(Passage::startAnchor));
            byParagraph.values().forEach(passages -> {
                List<Passage> sorted = passages.stream()
                        .sorted((a, b) -> Integer.compare(a.startOffset(), b.startOffset())).toList();
                for (int i = 1; i < sorted.size(); i++) {
                    assertThat(sorted.get(i).startOffset()).as(q.prompt())
                            .isGreaterThanOrEqualTo(sorted.get(i - 1).endOffset());
                }
            });
        });
    }
}
