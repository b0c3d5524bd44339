package org.sourcelens.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.sourcelens.base.ValidationException;

class PublicationDateTest {

    @Test
    void a_date_is_shown_only_as_precisely_as_it_is_known() {
        assertThat(new PublicationDate("2018").display(Locale.UK)).isEqualTo("2018");
        assertThat(new PublicationDate("2018-10").display(Locale.UK)).isEqualTo("October 2018");
        assertThat(new PublicationDate("2018-10-05").display(Locale.UK)).isEqualTo("5 October 2018");
    }

    @Test
    void blank_means_not_stated_and_impossible_dates_are_refused() {
        assertThat(PublicationDate.parse("  ")).isEmpty();
        assertThatThrownBy(() -> new PublicationDate("2018-02-30")).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> new PublicationDate("Oct 2018")).isInstanceOf(ValidationException.class);
    }
}
