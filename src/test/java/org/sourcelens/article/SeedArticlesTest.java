package org.sourcelens.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The general rules, applied to the two real seed files: none of their scraping residue may reach
 * the reader. (The rules themselves are specified on made-up input in {@link ResidueRulesTest}.)
 */
class SeedArticlesTest {

    private final List<SeedArticles.Seed> seeds = SeedArticles.load("file:seeds/*.txt");

    private ArticleDraft draft(String name) {
        SeedArticles.Seed seed = seeds.stream().filter(s -> s.sourceKey().equals("seed:" + name)).findFirst()
                .orElseThrow();
        return PlainTextArticleParser.parse(seed.rawText()).withMetadata(seed.metadata());
    }

    private static List<String> texts(ArticleDraft draft) {
        return draft.paragraphs().stream().map(ArticleDraft.Block::text).toList();
    }

    @Test
    void both_seeds_have_a_sidecar_with_title_outlet_and_outlet_kind() {
        assertThat(seeds).hasSize(2).allSatisfy(seed -> {
            assertThat(seed.metadata().title()).isNotBlank();
            assertThat(seed.metadata().outlet()).isNotBlank();
            assertThat(seed.metadata().outletKind()).isNotBlank();
        });
    }

    @Test
    void think_tank_bulletin_loses_its_stray_first_line_and_credit_and_keeps_three_ordered_notes() {
        ArticleDraft draft = draft("000_0bc8a7bba0c433aa");

        assertThat(texts(draft)).noneMatch(text -> text.contains("Placeholder") || text.contains("(source:")
                || text.startsWith("Publication:") || text.equals("Notes"));
        assertThat(texts(draft).getFirst()).startsWith("Following the U.S. invasion of Iraq");
        assertThat(draft.paragraphs()).filteredOn(p -> p.kind() == ParagraphKind.HEADING)
                .extracting(ArticleDraft.Block::text)
                .containsExactly("MEK Activities and Support in Albania", "Implications");
        assertThat(draft.notes()).hasSize(3);
        assertThat(draft.notes().get(1)).contains("https://www.youtube.com/watch?v=kIR97EP_phE");
        assertThat(draft.notes().get(2)).isEqualTo("Ibid.");
    }

    @Test
    void broadcaster_feature_loses_its_doubled_photo_caption_and_trailing_navigation() {
        ArticleDraft draft = draft("004_0e7baeed7076ef97");

        assertThat(draft.metadata().title())
                .isEqualTo("Albania becomes a frontline in the proxy battle between Iran and the US");
        assertThat(texts(draft)).noneMatch(text -> text.startsWith("Maryam Rajavi (L) and Rudy Giuliani (R)")
                || text.contains("Getty Images") || text.startsWith("Route"));
        assertThat(texts(draft).getLast()).endsWith("another theatre of conflict.");
        assertThat(draft.notes()).isEmpty();
        assertThat(draft.metadata().author()).isNull();
    }
}
