package org.sourcelens.security.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Code;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sourcelens.KaribuTest;
import org.sourcelens.security.AccountSummary;
import org.sourcelens.security.Sessions;
import org.sourcelens.security.SourceLensUser;
import org.springframework.beans.factory.annotation.Autowired;

/** The administrators' user list: finding an account and resetting its password. */
class UserAdminKT extends KaribuTest {

    @Autowired
    Sessions sessions;

    @SuppressWarnings("unchecked")
    private static Grid<AccountSummary> grid() {
        return _get(Grid.class, spec -> spec.withId("users"));
    }

    @Test
    void an_admin_finds_a_student_and_resets_the_password_which_is_shown_once() {
        AccountSummary student = testAccounts.student();
        SourceLensUser studentSession = testAccounts.principalOf(student.username());
        signInAs(testAccounts.admin().username());
        navigate("admin/users");

        _setValue(_get(TextField.class, spec -> spec.withId("user-search")), student.username().toUpperCase());
        List<AccountSummary> rows = GridKt._findAll(grid());
        assertThat(rows).containsExactly(student);

        _click((Button) GridKt._getCellComponent(grid(), 0, "password"));
        assertThat(sessions.isCurrent(studentSession)).as("nothing happens before confirming").isTrue();
        _click(_get(Button.class, spec -> spec.withId("reset-confirm")));

        String shown = _get(Code.class, spec -> spec.withId("new-password-once")).getText();
        assertThat(shown).matches("[a-z2-9]{4}(-[a-z2-9]{4}){3}");
        assertThat(sessions.isCurrent(studentSession)).as("the student's sessions end").isFalse();
        _click(_get(Button.class, spec -> spec.withId("reset-done")));
        assertThat(_find(Code.class, spec -> spec.withId("new-password-once"))).isEmpty();
    }

    @Test
    void cancelling_resets_nothing() {
        AccountSummary student = testAccounts.student();
        SourceLensUser studentSession = testAccounts.principalOf(student.username());
        signInAs(testAccounts.admin().username());
        navigate("admin/users");
        _setValue(_get(TextField.class, spec -> spec.withId("user-search")), student.username());

        _click((Button) GridKt._getCellComponent(grid(), 0, "password"));
        _click(_get(Button.class, spec -> spec.withId("reset-cancel")));

        assertThat(sessions.isCurrent(studentSession)).isTrue();
    }

    @Test
    void the_users_page_is_in_the_admins_menu_only() {
        signInAs(testAccounts.admin().username());
        navigate("admin/users");
        assertThat(MenuConfiguration.getMenuEntries()).extracting(UserAdminKT::menuLabel).contains("Users");

        signInAs(testAccounts.instructor().username());
        navigate("teach");
        assertThat(MenuConfiguration.getMenuEntries()).extracting(UserAdminKT::menuLabel).doesNotContain("Users");
    }

    @Test
    void students_and_instructors_cannot_open_the_users_page() {
        signInAs(testAccounts.student().username());
        assertThatThrownBy(() -> navigate("admin/users")).isInstanceOf(MockAccessDeniedException.class);
        assertThat(currentView()).isNotEqualTo(UserAdminView.class);

        signInAs(testAccounts.instructor().username());
        assertThatThrownBy(() -> navigate("admin/users")).isInstanceOf(MockAccessDeniedException.class);
        assertThat(currentView()).isNotEqualTo(UserAdminView.class);
    }

    /** The menu names a bundle key; the navigation shows its text. */
    private static String menuLabel(MenuEntry entry) {
        return UI.getCurrent().getTranslation(entry.title());
    }
}
