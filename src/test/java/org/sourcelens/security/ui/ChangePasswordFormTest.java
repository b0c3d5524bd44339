package org.sourcelens.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sourcelens.WithMockVaadin;

/** The form on its own, without Spring: it fires only for complete input with the new password typed twice. */
class ChangePasswordFormTest extends WithMockVaadin {

    private final ChangePasswordForm form = new ChangePasswordForm();
    private final List<String[]> fired = new ArrayList<>();

    ChangePasswordFormTest() {
        form.addChangeListener(event -> fired.add(new String[] {event.currentPassword(), event.newPassword()}));
    }

    private void fill(String current, String next, String repeat) {
        form.currentPassword.setValue(current);
        form.newPassword.setValue(next);
        form.repeatPassword.setValue(repeat);
        form.submit.click();
    }

    @Test
    void complete_input_fires_the_current_and_new_password() {
        fill("old-password-1", "quiet-lantern-river", "quiet-lantern-river");

        assertThat(fired).containsExactly(new String[] {"old-password-1", "quiet-lantern-river"});
        assertThat(form.error.getText()).isEmpty();
    }

    @Test
    void a_differing_repetition_fires_nothing_and_says_why() {
        fill("old-password-1", "quiet-lantern-river", "quiet-lantern-rivet");

        assertThat(fired).isEmpty();
        assertThat(form.repeatPassword.isInvalid()).isTrue();
        assertThat(form.error.getText()).contains("differ");
    }

    @Test
    void a_missing_current_password_fires_nothing() {
        fill("", "quiet-lantern-river", "quiet-lantern-river");

        assertThat(fired).isEmpty();
        assertThat(form.currentPassword.isInvalid()).isTrue();
    }
}
