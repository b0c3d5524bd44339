package org.sourcelens.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.sourcelens.IntegrationTest;
import org.sourcelens.TestAccounts;
import org.sourcelens.annotation.DiscussionService;
import org.sourcelens.annotation.HighlightService;
import org.sourcelens.assignment.ClassResultsService;
import org.sourcelens.assignment.ClassDashboard;
import org.sourcelens.audit.AuditAction;
import org.sourcelens.audit.AuditFilter;
import org.sourcelens.audit.AuditLog;
import org.sourcelens.audit.AuditRecord;
import org.sourcelens.base.ValidationException;
import org.sourcelens.security.AccountService;
import org.sourcelens.security.AccountSummary;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.context.SecurityContextHolder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * An administrator exports everything SourceLens holds about a student as readable JSON, and deletes a
 * student so completely that no row of any table refers to them any more.
 */
@IntegrationTest
class PrivacyServiceIT {

    @Autowired
    StudentDataFixture fixture;

    @Autowired
    PrivacyService privacy;

    @Autowired
    AccountService accounts;

    @Autowired
    ClassResultsService results;

    @Autowired
    HighlightService highlights;

    @Autowired
    DiscussionService discussion;

    @Autowired
    AuditLog audit;

    @Autowired
    TestAccounts testAccounts;

    @Autowired
    DataSource dataSource;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private void asAdmin() {
        testAccounts.signInAs("admin");
    }

    @Test
    void the_export_holds_the_account_classes_answers_grades_highlights_replies_helpful_marks_and_audit_entries() {
        StudentDataFixture.StudentData data = fixture.create();
        asAdmin();

        byte[] bytes = privacy.exportStudent(data.ann().id());

        String text = new String(bytes, StandardCharsets.UTF_8);
        assertThat(text).as("indented, readable JSON").contains("\n  \"account\"");
        JsonNode export = JsonMapper.builder().build().readTree(bytes);
        assertThat(export.get("account").get("username").asString()).isEqualTo(data.ann().username());
        assertThat(export.get("account").get("displayName").asString()).isEqualTo(data.ann().displayName());
        assertThat(export.get("account").get("role").asString()).isEqualTo("STUDENT");
        assertThat(export.get("account").get("createdAt").asString()).matches("\\d{4}-\\d\\d-\\d\\dT.*Z");
        assertThat(export.get("account").has("passwordHash")).isFalse();

        JsonNode classEntry = export.get("classes").get(0);
        assertThat(classEntry.get("classId").asLong()).isEqualTo(data.classId());
        assertThat(classEntry.get("name").asString()).isEqualTo(data.work().setup().classroom().name());
        assertThat(values(classEntry.get("assignments"), "assignmentId")).contains(String.valueOf(data.assignmentId()));

        JsonNode submission = export.get("submissions").get(0);
        assertThat(submission.get("assignmentId").asLong()).isEqualTo(data.assignmentId());
        assertThat(submission.get("status").asString()).isEqualTo("RETURNED");
        JsonNode answers = submission.get("answers");
        assertThat(answers).hasSize(5);
        JsonNode written = answers.get(2);
        assertThat(written.get("question").asString()).isEqualTo("Who is behind this article?");
        assertThat(written.get("answer").get("text").asString()).as("the structured answer, not a JSON string")
                .isEqualTo("TRT World, a Turkish state broadcaster.");
        assertThat(written.get("answer").get("lateralReading").get(0).get("address").asString())
                .isEqualTo("https://en.wikipedia.org/wiki/TRT_World");
        assertThat(written.get("grade").get("rubricLevel").asString()).isEqualTo("Proficient");
        assertThat(written.get("grade").get("comment").asString()).isEqualTo(StudentDataFixture.GRADE_COMMENT);
        assertThat(written.get("grade").get("returnedComment").asString()).isEqualTo(StudentDataFixture.GRADE_COMMENT);
        assertThat(answers.get(0).get("answer").get("choices").get(0).asInt()).isEqualTo(1);
        assertThat(answers.get(3).get("answer").get("rating").asInt()).isEqualTo(2);

        assertThat(export.get("highlights")).hasSize(1);
        assertThat(export.get("highlights").get(0).get("note").asString()).isEqualTo(data.annNote());
        assertThat(export.get("highlights").get(0).get("tag").asString()).isEqualTo("claim");
        assertThat(export.get("replies")).hasSize(1);
        assertThat(export.get("replies").get(0).get("body").asString()).isEqualTo(data.annReplyText());
        assertThat(export.get("helpfulMarks")).hasSize(1);
        assertThat(export.get("helpfulMarks").get(0).get("replyId").asLong()).isEqualTo(data.benReply());

        assertThat(values(export.get("auditEntries"), "what"))
                .containsExactly("Opened a student's work", "Exported a student's data");
        assertThat(export.get("auditEntries").get(0).get("who").asString())
                .contains(data.instructor().username());

        assertThat(text).as("nothing of classmates but ids")
                .doesNotContain(data.ben().username(), data.cat().username(), data.benReplyText(),
                        data.catReplyText(), "The MEK.");
    }

    @Test
    void a_deleted_student_is_referred_to_by_no_row_of_any_table_and_named_nowhere() throws Exception {
        StudentDataFixture.StudentData data = fixture.create();
        AccountSummary ann = data.ann();
        SchemaScan scan = new SchemaScan(dataSource);
        asAdmin();
        privacy.exportStudent(ann.id());

        assertThat(scan.personColumns()).extracting(SchemaScan.Column::toString)
                .as("the scan finds every kind of reference to a person")
                .contains("user_account.id", "enrolment.student_id", "submission.student_id", "highlight.author_id",
                        "highlight_reply.author_id", "reply_helpful.user_id", "audit_entry.student_id",
                        "audit_entry.actor_id", "grade.graded_by", "classroom.instructor_id");
        assertThat(scan.rowsReferencing(ann.id())).extracting(Map::keySet)
                .as("before: Ann is everywhere")
                .satisfies(columns -> assertThat(columns).extracting(SchemaScan.Column::toString).contains(
                        "user_account.id", "enrolment.student_id", "submission.student_id", "highlight.author_id",
                        "highlight_reply.author_id", "reply_helpful.user_id", "audit_entry.student_id"));
        assertThat(scan.rowsContaining(ann.username())).isNotEmpty();

        privacy.deleteStudent(ann.id(), ann.username().toUpperCase());

        assertThat(scan.rowsReferencing(ann.id())).as("rows still referring to Ann's id").isEmpty();
        assertThat(scan.rowsContaining(ann.username())).as("rows still naming Ann").isEmpty();
        assertThat(scan.rowsContaining(ann.displayName())).isEmpty();
        assertThat(scan.rowsContaining(data.annNote())).isEmpty();
        assertThat(scan.rowsContaining(data.benReplyText())).as("Ben's reply hung on Ann's highlight").isEmpty();
        assertThat(scan.rowsContaining(data.annReplyText())).isEmpty();
        assertThat(accounts.findByUsername(ann.username())).isEmpty();
        assertThat(privacy.findStudent(ann.username())).isEmpty();
    }

    @Test
    void deleting_a_student_leaves_classmates_work_highlights_and_replies_and_keeps_the_audit_of_staff_access() {
        StudentDataFixture.StudentData data = fixture.create();
        asAdmin();
        privacy.deleteStudent(data.ann().id(), data.ann().username());

        testAccounts.signInAs(data.instructor().username());
        ClassDashboard dashboard = results.dashboard(data.assignmentId());
        assertThat(dashboard.students()).extracting(ClassDashboard.StudentRow::studentId)
                .containsExactlyInAnyOrder(data.ben().id(), data.cat().id(), data.work().dan().id());
        assertThat(results.studentWork(data.assignmentId(), data.ben().id()).items().get(2).answer().text())
                .isEqualTo("The MEK.");
        testAccounts.signInAs(data.ben().username());
        assertThat(highlights.mine(data.assignmentId())).extracting(h -> h.id()).containsExactly(data.benHighlight());
        assertThat(discussion.threads(data.assignmentId()))
                .as("Cat's reply to Ben stays; Ann's reply and Ann's highlight (with Ben's reply to it) are gone")
                .containsOnlyKeys(data.benHighlight())
                .satisfies(threads -> assertThat(threads.get(data.benHighlight()))
                        .extracting(r -> r.body()).containsExactly(data.catReplyText()));

        asAdmin();
        List<AuditRecord> views = audit.entries(AuditFilter.all(), PageRequest.of(0, 50)).stream()
                .filter(e -> e.assignmentId() != null && e.assignmentId() == data.assignmentId()
                        && e.action() == AuditAction.VIEWED_STUDENT_WORK)
                .toList();
        assertThat(views).as("the instructor's look at Ann's work is still on record, without Ann")
                .anySatisfy(e -> {
                    assertThat(e.actor()).contains(data.instructor().username());
                    assertThat(e.studentId()).isNull();
                    assertThat(e.student()).isNull();
                });
        assertThat(audit.entries(AuditFilter.all(), PageRequest.of(0, 5)))
                .anySatisfy(e -> assertThat(e.action()).isEqualTo(AuditAction.DELETED_STUDENT));
    }

    @Test
    void only_students_are_deleted_and_only_when_their_username_is_typed() {
        StudentDataFixture.StudentData data = fixture.create();
        asAdmin();

        assertThatThrownBy(() -> privacy.deleteStudent(data.ann().id(), data.ben().username()))
                .isInstanceOf(ValidationException.class)
                .hasMessage("Type the student's username, " + data.ann().username() + ", to confirm the deletion.");
        assertThatThrownBy(() -> privacy.deleteStudent(data.instructor().id(), data.instructor().username()))
                .isInstanceOf(ValidationException.class)
                .hasMessage("Only students' data is exported or deleted here; this is an instructor's account.");
        long adminId = accounts.findByUsername("admin").orElseThrow().id();
        assertThatThrownBy(() -> privacy.deleteStudent(adminId, "admin")).isInstanceOf(ValidationException.class)
                .hasMessageContaining("an administrator's account");
        assertThatThrownBy(() -> accounts.deleteStudent(data.instructor().id()))
                .isInstanceOf(ValidationException.class).hasMessageContaining("an instructor account");
        assertThatThrownBy(() -> privacy.exportStudent(data.instructor().id()))
                .isInstanceOf(ValidationException.class);

        assertThat(accounts.findByUsername(data.ann().username())).isPresent();
        assertThat(accounts.findByUsername(data.instructor().username())).isPresent();
    }

    @Test
    void the_admin_finds_a_student_by_username_with_their_classes() {
        StudentDataFixture.StudentData data = fixture.create();
        asAdmin();

        StudentOverview found = privacy.findStudent(" " + data.ann().username().toUpperCase() + " ").orElseThrow();

        assertThat(found.id()).isEqualTo(data.ann().id());
        assertThat(found.isStudent()).isTrue();
        assertThat(found.classes()).containsExactly(data.work().setup().classroom().name());
        assertThat(privacy.findStudent(data.instructor().username()).orElseThrow().isStudent()).isFalse();
        assertThat(privacy.findStudent("nobody-by-this-name")).isEmpty();
    }

    @Test
    void no_table_has_room_for_an_email_address_or_other_contact_details() throws Exception {
        assertThat(new SchemaScan(dataSource).allColumns()).extracting(SchemaScan.Column::toString)
                .contains("user_account.username", "user_account.display_name")
                .noneMatch(column -> column.matches(".*(mail|phone|birth|street|postal|parent|address).*"));
    }

    private static List<String> values(JsonNode array, String field) {
        return StreamSupport.stream(array.spliterator(), false).map(node -> node.get(field).asString()).toList();
    }
}
