package org.sourcelens.article.sourcemap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sourcelens.article.sourcemap.SourceMapAssertions.paragraphs;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class NameIndexTest {

    private static List<String> mentions(String... paragraphs) {
        ArticleText article = ArticleText.of(paragraphs(paragraphs));
        NameIndex names = NameIndex.build(article);
        List<String> found = new ArrayList<>();
        for (Passage passage : article.passages()) {
            for (NameIndex.Mention m : names.in(passage.index())) {
                found.add(passage.text().substring(m.start(), m.end()) + " -> " + m.name());
            }
        }
        return found;
    }

    @Test
    void titles_are_not_part_of_a_name() {
        assertThat(mentions("Dr Olsi Jazexhi and Albanian President Ilir Meta met Prime Minister Edi Rama."))
                .containsExactly("Olsi Jazexhi -> Olsi Jazexhi", "Ilir Meta -> Ilir Meta", "Edi Rama -> Edi Rama");
    }

    @Test
    void a_surname_alone_refers_to_the_person_named_in_full() {
        assertThat(mentions("Seyed Mohammad Marandi spoke.", "Later Marandi and Mohammad Marandi spoke again."))
                .containsExactly("Seyed Mohammad Marandi -> Seyed Mohammad Marandi",
                        "Marandi -> Seyed Mohammad Marandi", "Mohammad Marandi -> Seyed Mohammad Marandi");
    }

    @Test
    void a_shared_surname_refers_to_the_most_recently_named_person() {
        assertThat(mentions("Maryam Rajavi leads it. Rajavi spoke.", "Massoud Rajavi founded it. Rajavi died."))
                .containsExactly("Maryam Rajavi -> Maryam Rajavi", "Rajavi -> Maryam Rajavi",
                        "Massoud Rajavi -> Massoud Rajavi", "Rajavi -> Massoud Rajavi");
    }

    @Test
    void places_organisations_groups_and_headings_are_not_people() {
        assertThat(mentions(
                "The United States and the Islamic Republic argued. The Intercept reported. NBC News agreed.",
                "Albanian Muslims and Iranian Americans watched the Mujahedeen El-Khalq.",
                "Potential Implications",
                "The implications are potential ones. Balkan Insight and Channel 4 reported in May 2015."))
                .isEmpty();
    }

    @Test
    void a_possessive_is_still_a_mention_of_the_person() {
        assertThat(mentions("Qasem Soleimani’s death shocked Soleimani's allies."))
                .containsExactly("Qasem Soleimani -> Qasem Soleimani", "Soleimani -> Qasem Soleimani");
    }

    @Test
    void a_titled_single_name_is_a_person() {
        assertThat(mentions("The visit by President Trump was brief; Trump left early."))
                .containsExactly("Trump -> Trump", "Trump -> Trump");
    }
}
