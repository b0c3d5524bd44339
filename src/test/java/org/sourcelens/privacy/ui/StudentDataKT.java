package org.sourcelens.privacy.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.DownloadKt;
import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.textfield.TextField;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.sourcelens.KaribuTest;
import org.sourcelens.privacy.PrivacyService;
import org.sourcelens.privacy.StudentDataFixture;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The administrator's students page: find, download the data, delete after typing the username; nobody else gets in. */
class StudentDataKT extends KaribuTest {

    @Autowired
    StudentDataFixture fixture;

    @Autowired
    PrivacyService privacy;

    @Test
    void the_admin_finds_a_student_downloads_their_data_and_deletes_them_after_typing_the_username() {
        StudentDataFixture.StudentData data = fixture.create();
        signInAs("admin");
        navigate("admin/students");
        StudentDataView view = _get(StudentDataView.class);

        _setValue(view.username, data.ann().username());
        _click(_get(Button.class, spec -> spec.withId("find-student")));
        assertThat(view.result.getElement().getTextRecursively()).contains(data.ann().displayName(),
                data.work().setup().classroom().name());

        byte[] export = DownloadKt._download(_get(Anchor.class, spec -> spec.withId("export-student")));
        JsonNode json = JsonMapper.builder().build().readTree(new String(export, StandardCharsets.UTF_8));
        assertThat(json.get("account").get("username").asString()).isEqualTo(data.ann().username());
        assertThat(json.get("highlights").get(0).get("note").asString()).isEqualTo(data.annNote());

        _click(_get(Button.class, spec -> spec.withId("delete-student")));
        ConfirmDialog dialog = _get(ConfirmDialog.class);
        assertThat(dialog.isOpened()).isTrue();
        Button confirm = _get(Button.class, spec -> spec.withId("confirm-delete"));
        TextField typed = _get(TextField.class, spec -> spec.withId("delete-confirmation"));
        assertThat(confirm.isEnabled()).isFalse();
        _setValue(typed, data.ben().username());
        assertThat(confirm.isEnabled()).as("someone else's username does not confirm").isFalse();
        _setValue(typed, data.ann().username());
        assertThat(confirm.isEnabled()).isTrue();
        _click(confirm);

        assertThat(dialog.isOpened()).isFalse();
        assertThat(view.status.getText()).isEqualTo("Deleted " + data.ann().displayName() + " ("
                + data.ann().username() + ") and all their data.");
        assertThat(privacy.findStudent(data.ann().username())).isEmpty();
        assertThat(privacy.findStudent(data.ben().username())).isPresent();

        _setValue(view.username, data.ann().username());
        _click(_get(Button.class, spec -> spec.withId("find-student")));
        assertThat(view.error.getText()).isEqualTo("No account has the username \"" + data.ann().username() + "\".");
    }

    @Test
    void an_instructors_account_is_found_but_offers_neither_download_nor_delete() {
        StudentDataFixture.StudentData data = fixture.create();
        signInAs("admin");
        navigate("admin/students");
        StudentDataView view = _get(StudentDataView.class);

        _setValue(view.username, data.instructor().username());
        _click(_get(Button.class, spec -> spec.withId("find-student")));

        assertThat(view.result.getElement().getTextRecursively())
                .contains("This is an instructor's account. Only students' data is exported or deleted here.");
        assertThat(_find(Anchor.class, spec -> spec.withId("export-student"))).isEmpty();
        assertThat(_find(Button.class, spec -> spec.withId("delete-student"))).isEmpty();
    }

    @Test
    void students_and_instructors_cannot_open_the_page() {
        StudentDataFixture.StudentData data = fixture.create();
        for (String username : new String[] {data.ann().username(), data.instructor().username()}) {
            signInAs(username);
            assertThatThrownBy(() -> navigate("admin/students")).as(username)
                    .isInstanceOf(MockAccessDeniedException.class);
            assertThat(_find(StudentDataView.class)).isEmpty();
        }
    }
}
