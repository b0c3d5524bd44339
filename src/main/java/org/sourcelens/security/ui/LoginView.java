package org.sourcelens.security.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Optional;
import org.sourcelens.base.ui.Texts;
import org.sourcelens.security.LoginThrottledException;

/**
 * The sign-in page. The form posts to Spring Security, which sends a failure back here with
 * {@code ?error}, and a throttled account with {@code &retry-after=N} (seconds) as well.
 */
@Route(LoginView.ROUTE)
@PageTitle("page.signIn")
@AnonymousAllowed
public class LoginView extends Main implements BeforeEnterObserver {

    public static final String ROUTE = "login";
    public static final String RETRY_AFTER = "retry-after";

    final LoginForm loginForm = new LoginForm();

    public LoginView() {
        addClassName("login-view");
        loginForm.setAction(ROUTE);
        loginForm.setForgotPasswordButtonVisible(false);
        loginForm.setI18n(formTexts());
        // The page's h1 is the app name; the form's own title ("Log in") sits below it.
        loginForm.getElement().setProperty("headingLevel", 2);
        H1 title = new H1(getTranslation("app.name"));
        Paragraph tagline = new Paragraph(getTranslation("security.login.tagline"));
        Anchor register = new Anchor("register", getTranslation("security.login.register"));
        register.setId("register-link");
        add(title, tagline, loginForm, register);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        QueryParameters parameters = event.getLocation().getQueryParameters();
        Optional<Long> retryAfter = parameters.getSingleParameter(RETRY_AFTER).flatMap(LoginView::seconds);
        if (retryAfter.isPresent()) {
            loginForm.showErrorMessage(getTranslation("security.login.paused"),
                    Texts.get(LoginThrottledException.text(retryAfter.get())));
        } else {
            loginForm.setError(parameters.getParameters().containsKey("error"));
        }
    }

    /** Vaadin's own texts of the sign-in form, from the message bundle. */
    private LoginI18n formTexts() {
        LoginI18n i18n = LoginI18n.createDefault();
        LoginI18n.Form form = i18n.getForm();
        form.setTitle(getTranslation("security.login.form.title"));
        form.setUsername(getTranslation("security.login.form.username"));
        form.setPassword(getTranslation("security.login.form.password"));
        form.setSubmit(getTranslation("security.login.form.submit"));
        form.setForgotPassword(getTranslation("security.login.form.forgotPassword"));
        LoginI18n.ErrorMessage error = i18n.getErrorMessage();
        error.setTitle(getTranslation("security.login.error.title"));
        error.setMessage(getTranslation("security.login.error.message"));
        error.setUsername(getTranslation("security.login.error.username"));
        error.setPassword(getTranslation("security.login.error.password"));
        return i18n;
    }

    private static Optional<Long> seconds(String value) {
        try {
            long seconds = Long.parseLong(value);
            return seconds > 0 && seconds <= 86_400 ? Optional.of(seconds) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
