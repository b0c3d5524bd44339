package org.sourcelens.classroom;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class JoinCodesTest {

    @Test
    void generated_codes_avoid_look_alike_characters_and_rarely_repeat() {
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            String code = JoinCodes.generate();
            assertThat(code).hasSize(JoinCodes.LENGTH).doesNotContainPattern("[01OIL]");
            codes.add(code);
        }
        assertThat(codes).hasSizeGreaterThan(995);
    }

    @Test
    void typed_codes_are_accepted_in_any_case_with_or_without_dash_and_spaces() {
        assertThat(JoinCodes.normalize(" abcd-ef23 ")).isEqualTo("ABCDEF23");
        assertThat(JoinCodes.normalize("AB CD EF 23")).isEqualTo("ABCDEF23");
        assertThat(JoinCodes.display("ABCDEF23")).isEqualTo("ABCD-EF23");
    }

    @Test
    void anything_that_cannot_be_a_code_normalises_to_empty() {
        assertThat(JoinCodes.normalize("ABCD-EF2")).isEmpty();
        assertThat(JoinCodes.normalize("ABCD-EF20")).isEmpty();
        assertThat(JoinCodes.normalize(null)).isEmpty();
    }
}
