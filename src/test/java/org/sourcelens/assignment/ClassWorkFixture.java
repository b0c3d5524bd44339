package org.sourcelens.assignment;

import java.util.List;
import org.sourcelens.TestAccounts;
import org.sourcelens.security.AccountSummary;
import org.springframework.stereotype.Component;

/**
 * A class with work in every state on the every-type assignment: Ann submitted everything (6 points
 * scored at once), Ben submitted three answers (0 points), Cat is still working, Dan has not started.
 * Leaves the instructor signed in.
 */
@Component
public class ClassWorkFixture {

    private final AssignmentFixture assignments;
    private final SubmissionService submissions;
    private final TestAccounts accounts;

    ClassWorkFixture(AssignmentFixture assignments, SubmissionService submissions, TestAccounts accounts) {
        this.assignments = assignments;
        this.submissions = submissions;
        this.accounts = accounts;
    }

    public record ClassWork(AssignmentFixture.Setup setup, AccountSummary ann, AccountSummary ben,
            AccountSummary cat, AccountSummary dan, List<Long> questionIds) {

        public long assignmentId() {
            return setup.assignmentId();
        }
    }

    public ClassWork create() {
        AssignmentFixture.Setup setup = assignments.create();
        long assignmentId = setup.assignmentId();
        List<Long> ids = submissions.workspace(assignmentId).questions().stream().map(Workspace.Item::questionId)
                .toList();
        Passage key = AssignmentFixture.everyType(setup.article()).get(4).keyPassages().getFirst();
        save(assignmentId, ids.get(0), new AnswerValue(List.of(1), null, null, null, null));
        save(assignmentId, ids.get(1), new AnswerValue(List.of(0, 2), null, null, null, null));
        save(assignmentId, ids.get(2), new AnswerValue(null, "TRT World, a Turkish state broadcaster.", null, null,
                List.of(new AnswerValue.LateralSource("https://en.wikipedia.org/wiki/TRT_World", "State-owned",
                        AnswerValue.Support.SUPPORTS))));
        save(assignmentId, ids.get(3), new AnswerValue(null, "Only one unnamed source.", 2, null, null));
        save(assignmentId, ids.get(4), new AnswerValue(null, null, null, List.of(key), null));
        submissions.submit(assignmentId);

        AccountSummary ben = assignments.addStudent(setup);
        save(assignmentId, ids.get(0), new AnswerValue(List.of(0), null, null, null, null));
        save(assignmentId, ids.get(1), new AnswerValue(List.of(1), null, null, null, null));
        save(assignmentId, ids.get(2), new AnswerValue(null, "The MEK.", null, null, null));
        submissions.submit(assignmentId);

        AccountSummary cat = assignments.addStudent(setup);
        save(assignmentId, ids.get(0), new AnswerValue(List.of(0), null, null, null, null));

        AccountSummary dan = assignments.addStudent(setup);
        accounts.signInAs(setup.instructor().username());
        return new ClassWork(setup, setup.student(), ben, cat, dan, ids);
    }

    private void save(long assignmentId, long questionId, AnswerValue value) {
        submissions.saveAnswer(assignmentId, questionId, value, 0);
    }
}
