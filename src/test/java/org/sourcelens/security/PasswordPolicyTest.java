package org.sourcelens.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sourcelens.base.ValidationException;

class PasswordPolicyTest {

    private static final PasswordPolicy POLICY = new PasswordPolicy();

    @Test
    void the_common_password_list_is_loaded_without_its_comments() {
        assertThat(POLICY.size()).isBetween(10_000, 12_000);
        assertThat(POLICY.isCommon("# Common passwords that SourceLens refuses (compared ignoring case; see "
                + "PasswordPolicy).")).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"correct-horse-42", "demo-pass-2026", "demo-admin-2026", "test-admin-password",
            "long-enough-1", "a-long-password", "secret-enough", "kettle orbit marmalade", "Zebra!Lamp?Cloud7"})
    void passwords_the_app_and_its_tests_use_are_accepted(String password) {
        assertThatCode(() -> POLICY.check(password, "someone")).doesNotThrowAnyException();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "short", "123456789", "nine-char"})
    void fewer_than_ten_characters_are_refused(String password) {
        assertThatThrownBy(() -> POLICY.check(password, "someone"))
                .isInstanceOf(ValidationException.class).hasMessage("A password needs at least 10 characters.");
    }

    @Test
    void a_missing_password_is_refused_like_a_short_one() {
        assertThatThrownBy(() -> POLICY.check(null, "someone")).hasMessageContaining("at least 10");
    }

    @Test
    void length_counts_characters_not_bytes_and_bcrypts_72_bytes_are_the_ceiling() {
        assertThatCode(() -> POLICY.check("ééééééééé🙂", "someone")).doesNotThrowAnyException();
        assertThatCode(() -> POLICY.check("x".repeat(72), "someone")).doesNotThrowAnyException();
        assertThatThrownBy(() -> POLICY.check("x".repeat(73), "someone")).hasMessageContaining("at most 72");
        assertThatThrownBy(() -> POLICY.check("é".repeat(37), "someone")).hasMessageContaining("at most 72");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1234567890", "qwertyuiop", "QWERTYUIOP", "password123", "PassWord123", "1q2w3e4r5t",
            "iloveyou12", "sourcelens", "Password2026!", "sunshine2026", "Football#1!", "manchester"})
    void common_passwords_are_refused_ignoring_case_and_added_digits_or_symbols(String password) {
        assertThatThrownBy(() -> POLICY.check(password, "someone"))
                .isInstanceOf(ValidationException.class).hasMessageContaining("common passwords");
    }

    @Test
    void only_a_short_tail_of_digits_or_symbols_is_stripped_before_the_look_up() {
        assertThat(POLICY.isCommon("dragon2026")).isTrue();
        assertThat(POLICY.isCommon("dragon-48213-77")).isFalse();
        assertThat(POLICY.isCommon("dragon-fruit-7")).isFalse();
    }

    @Test
    void the_username_is_not_a_password() {
        assertThatThrownBy(() -> POLICY.check("Maria.Lopez", "maria.lopez"))
                .isInstanceOf(ValidationException.class).hasMessageContaining("not be your username");
        assertThatCode(() -> POLICY.check("maria.lopez-reads", "maria.lopez")).doesNotThrowAnyException();
    }
}
