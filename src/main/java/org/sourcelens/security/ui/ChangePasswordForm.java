package org.sourcelens.security.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.shared.Registration;
import org.sourcelens.base.ui.FormError;
import org.sourcelens.security.PasswordPolicy;

/**
 * Current password, new password twice. Checks what it can by itself (filled in, typed the same
 * twice) and fires a {@link ChangeEvent}; the view calls the service, which applies the policy.
 */
class ChangePasswordForm extends FormLayout {

    final PasswordField currentPassword = new PasswordField(getTranslation("security.changePassword.current"));
    final PasswordField newPassword = new PasswordField(getTranslation("security.changePassword.new"));
    final PasswordField repeatPassword = new PasswordField(getTranslation("security.changePassword.repeat"));
    final Button submit = new Button(getTranslation("security.changePassword.submit"));
    final FormError error = new FormError();

    ChangePasswordForm() {
        currentPassword.setId("current-password");
        currentPassword.setRequired(true);
        newPassword.setId("new-password");
        newPassword.setRequired(true);
        newPassword.setHelperText(getTranslation("security.password.helper", PasswordPolicy.MIN_LENGTH));
        repeatPassword.setId("repeat-password");
        repeatPassword.setRequired(true);
        submit.setId("change-password");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickListener(click -> submitIfComplete());
        submit.addClickShortcut(Key.ENTER);
        error.setId("change-password-error");

        setResponsiveSteps(new ResponsiveStep("0", 1));
        add(currentPassword, newPassword, repeatPassword, error, submit);
    }

    void showError(String message) {
        error.setText(message);
    }

    void clear() {
        currentPassword.clear();
        newPassword.clear();
        repeatPassword.clear();
        error.setText("");
    }

    private void submitIfComplete() {
        error.setText("");
        boolean complete = true;
        for (PasswordField field : new PasswordField[] {currentPassword, newPassword}) {
            field.setInvalid(field.getValue().isEmpty());
            complete &= !field.isInvalid();
        }
        if (!complete) {
            showError(getTranslation("security.changePassword.incomplete"));
            return;
        }
        if (!newPassword.getValue().equals(repeatPassword.getValue())) {
            repeatPassword.setInvalid(true);
            repeatPassword.setErrorMessage(getTranslation("security.changePassword.differ"));
            showError(getTranslation("security.changePassword.differHint"));
            return;
        }
        repeatPassword.setInvalid(false);
        fireEvent(new ChangeEvent(this, currentPassword.getValue(), newPassword.getValue()));
    }

    Registration addChangeListener(ComponentEventListener<ChangeEvent> listener) {
        return addListener(ChangeEvent.class, listener);
    }

    static class ChangeEvent extends ComponentEvent<ChangePasswordForm> {

        private final String currentPassword;
        private final String newPassword;

        ChangeEvent(ChangePasswordForm source, String currentPassword, String newPassword) {
            super(source, false);
            this.currentPassword = currentPassword;
            this.newPassword = newPassword;
        }

        String currentPassword() {
            return currentPassword;
        }

        String newPassword() {
            return newPassword;
        }
    }
}
