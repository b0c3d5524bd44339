package org.sourcelens.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Code;
import com.vaadin.flow.component.html.Paragraph;
import java.util.function.Supplier;
import org.sourcelens.security.AccountSummary;

/** Asks before resetting, then shows the new password once: it is stored only as a hash. */
class ResetPasswordDialog extends Dialog {

    final Button confirm = new Button(getTranslation("security.resetPassword.confirm"));
    final Code newPassword = new Code();

    ResetPasswordDialog(AccountSummary account, Supplier<String> reset) {
        setHeaderTitle(getTranslation("security.resetPassword.title", account.displayName(), account.username()));
        Paragraph explanation = new Paragraph(getTranslation("security.resetPassword.explanation"));
        Button cancel = new Button(getTranslation("common.cancel"), click -> close());
        cancel.setId("reset-cancel");
        confirm.setId("reset-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        confirm.addClickListener(click -> {
            newPassword.setText(reset.get());
            removeAll();
            getFooter().removeAll();
            setHeaderTitle(getTranslation("security.resetPassword.newTitle", account.username()));
            Button done = new Button(getTranslation("security.resetPassword.done"), closing -> close());
            done.setId("reset-done");
            add(new Paragraph(getTranslation("security.resetPassword.giveIt")), newPassword);
            getFooter().add(done);
        });
        newPassword.setId("new-password-once");
        add(explanation);
        getFooter().add(cancel, confirm);
    }
}
