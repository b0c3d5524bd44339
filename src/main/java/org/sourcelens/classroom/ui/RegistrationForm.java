package org.sourcelens.classroom.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.shared.Registration;
import org.sourcelens.base.ui.FormError;
import org.sourcelens.security.PasswordPolicy;

/**
 * The student registration form. It checks what it can by itself (required fields, matching
 * passwords) and fires a {@link RegisterEvent}; the view calls the service.
 */
class RegistrationForm extends FormLayout {

    final TextField joinCode = new TextField(getTranslation("classroom.registration.joinCode"));
    final TextField username = new TextField(getTranslation("classroom.registration.username"));
    final TextField displayName = new TextField(getTranslation("classroom.registration.displayName"));
    final PasswordField password = new PasswordField(getTranslation("classroom.registration.password"));
    final PasswordField confirmPassword = new PasswordField(getTranslation("classroom.registration.confirmPassword"));
    final Button submit = new Button(getTranslation("classroom.registration.submit"));
    final FormError error = new FormError();

    RegistrationForm() {
        joinCode.setId("join-code");
        joinCode.setRequired(true);
        joinCode.setHelperText(getTranslation("classroom.registration.joinCodeHelper"));
        username.setId("username");
        username.setRequired(true);
        username.setHelperText(getTranslation("classroom.registration.usernameHelper"));
        displayName.setId("display-name");
        displayName.setRequired(true);
        displayName.setMaxLength(100);
        password.setId("password");
        password.setRequired(true);
        password.setHelperText(getTranslation("security.password.helper", PasswordPolicy.MIN_LENGTH));
        confirmPassword.setId("confirm-password");
        confirmPassword.setRequired(true);
        submit.setId("register");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickListener(click -> submitIfComplete());
        submit.addClickShortcut(Key.ENTER);
        error.setId("registration-error");

        add(joinCode, username, displayName, password, confirmPassword, error, submit);
        setColspan(error, 2);
        setColspan(submit, 2);
    }

    void showError(String message) {
        error.setText(message);
    }

    private void submitIfComplete() {
        error.setText("");
        boolean complete = true;
        for (TextField field : new TextField[] {joinCode, username, displayName}) {
            field.setInvalid(field.getValue().isBlank());
            complete &= !field.isInvalid();
        }
        password.setInvalid(password.getValue().isEmpty());
        complete &= !password.isInvalid();
        if (!complete) {
            showError(getTranslation("classroom.registration.incomplete"));
            return;
        }
        if (!password.getValue().equals(confirmPassword.getValue())) {
            confirmPassword.setInvalid(true);
            confirmPassword.setErrorMessage(getTranslation("classroom.registration.differ"));
            showError(getTranslation("classroom.registration.differHint"));
            return;
        }
        confirmPassword.setInvalid(false);
        fireEvent(new RegisterEvent(this, new StudentRegistration(joinCode.getValue(), username.getValue(),
                displayName.getValue(), password.getValue())));
    }

    Registration addRegisterListener(com.vaadin.flow.component.ComponentEventListener<RegisterEvent> listener) {
        return addListener(RegisterEvent.class, listener);
    }

    static class RegisterEvent extends ComponentEvent<RegistrationForm> {

        private final StudentRegistration registration;

        RegisterEvent(RegistrationForm source, StudentRegistration registration) {
            super(source, false);
            this.registration = registration;
        }

        StudentRegistration registration() {
            return registration;
        }
    }
}
