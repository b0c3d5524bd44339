package org.sourcelens.security.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.sourcelens.base.ValidationException;
import org.sourcelens.base.ui.Texts;
import org.sourcelens.security.AccountService;
import org.sourcelens.security.AccountSummary;
import org.sourcelens.security.SessionLogin;

/** Any signed-in user changes their password; their other sessions end, this one goes on. */
@Route(ChangePasswordView.ROUTE)
@PageTitle("page.changePassword")
@PermitAll
public class ChangePasswordView extends Main {

    public static final String ROUTE = "account/password";

    private final transient AccountService accounts;
    private final transient SessionLogin sessionLogin;
    final ChangePasswordForm form = new ChangePasswordForm();
    final Div done = new Div();

    public ChangePasswordView(AccountService accounts, SessionLogin sessionLogin) {
        this.accounts = accounts;
        this.sessionLogin = sessionLogin;
        addClassName("page");
        form.setMaxWidth("28rem");
        form.addChangeListener(event -> change(event.currentPassword(), event.newPassword()));
        done.setId("password-changed");
        done.getElement().setAttribute("role", "status");
        add(new H1(getTranslation("security.changePassword.heading")),
                new Paragraph(getTranslation("security.changePassword.intro")),
                form, done);
    }

    private void change(String currentPassword, String newPassword) {
        done.setText("");
        try {
            AccountSummary account = accounts.changePassword(currentPassword, newPassword);
            sessionLogin.logIn(account.username(), newPassword);
            form.clear();
            done.setText(getTranslation("security.changePassword.done"));
        } catch (ValidationException e) {
            form.showError(Texts.of(e));
        }
    }
}
