package org.sourcelens.classroom.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sourcelens.WithMockVaadin;

/** The form on its own, without Spring: it fires an event only for complete, consistent input. */
class RegistrationFormTest extends WithMockVaadin {

    private final RegistrationForm form = new RegistrationForm();
    private final List<StudentRegistration> fired = new ArrayList<>();

    RegistrationFormTest() {
        form.addRegisterListener(event -> fired.add(event.registration()));
    }

    private void fill(String password, String confirmation) {
        form.joinCode.setValue("ABCD-EF23");
        form.username.setValue("sam");
        form.displayName.setValue("Sam");
        form.password.setValue(password);
        form.confirmPassword.setValue(confirmation);
    }

    @Test
    void complete_input_fires_one_registration_with_what_was_typed() {
        fill("secret-enough", "secret-enough");
        form.submit.click();

        assertThat(fired).containsExactly(new StudentRegistration("ABCD-EF23", "sam", "Sam", "secret-enough"));
    }

    @Test
    void differing_passwords_fire_nothing_and_say_why() {
        fill("secret-enough", "secret-enougg");
        form.submit.click();

        assertThat(fired).isEmpty();
        assertThat(form.confirmPassword.isInvalid()).isTrue();
        assertThat(form.error.getText()).contains("passwords differ");
    }

    @Test
    void missing_fields_fire_nothing() {
        fill("secret-enough", "secret-enough");
        form.displayName.clear();
        form.submit.click();

        assertThat(fired).isEmpty();
        assertThat(form.displayName.isInvalid()).isTrue();
    }
}
