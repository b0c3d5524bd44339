package org.sourcelens.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Locale;
import org.sourcelens.security.AccountService;
import org.sourcelens.security.AccountSummary;
import org.sourcelens.security.Roles;

/** Administrators find an account by username or name and reset its password. */
@Route(UserAdminView.ROUTE)
@PageTitle("page.users")
@Menu(title = "menu.users", order = 9)
@RolesAllowed(Roles.ADMIN)
public class UserAdminView extends Main {

    public static final String ROUTE = "admin/users";

    private final transient AccountService accounts;
    final TextField search = new TextField();
    final Grid<AccountSummary> grid = new Grid<>(AccountSummary.class, false);

    public UserAdminView(AccountService accounts) {
        this.accounts = accounts;
        addClassName("page");
        search.setId("user-search");
        search.setPlaceholder(getTranslation("security.users.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(change -> grid.getDataProvider().refreshAll());

        grid.setId("users");
        grid.addColumn(AccountSummary::username).setHeader(getTranslation("security.users.username")).setAutoWidth(true);
        grid.addColumn(AccountSummary::displayName).setHeader(getTranslation("security.users.name")).setAutoWidth(true);
        grid.addColumn(account -> account.role().toLowerCase(Locale.ROOT)).setHeader(getTranslation("security.users.role"));
        grid.addComponentColumn(this::resetButton).setHeader(getTranslation("security.users.password")).setKey("password");
        grid.setItems(query -> accounts.searchAccounts(search.getValue(), query.getPage(), query.getPageSize())
                .stream());

        add(new H1(getTranslation("security.users.heading")), search, grid);
    }

    private Button resetButton(AccountSummary account) {
        Button reset = new Button(getTranslation("security.users.reset"),
                click -> new ResetPasswordDialog(account, () -> accounts.resetPassword(account.id())).open());
        reset.setId("reset-" + account.username());
        reset.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        return reset;
    }
}
