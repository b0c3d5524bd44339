package org.sourcelens.assignment;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * An assignment's work as loaded for the instructor in a fixed number of queries: its questions,
 * every submission, answer and grade. Works out each question's points for each student.
 */
final class ClassWork {

    final Assignment assignment;
    final List<AssignmentQuestion> questions;
    final Map<Long, Submission> byStudent;
    private final Map<Long, Map<Long, Answer>> answers = new HashMap<>();
    private final Map<Long, Map<Long, Grade>> grades = new HashMap<>();
    private final Map<Long, AnswerValue> values = new HashMap<>();

    ClassWork(Assignment assignment, List<AssignmentQuestion> questions, List<Submission> submissions,
            List<Answer> answerRows, List<Grade> gradeRows) {
        this.assignment = assignment;
        this.questions = questions;
        this.byStudent = submissions.stream().collect(Collectors.toMap(Submission::getStudentId, Function.identity()));
        for (Answer answer : answerRows) {
            answers.computeIfAbsent(answer.getSubmissionId(), id -> new HashMap<>()).put(answer.getQuestionId(), answer);
        }
        for (Grade grade : gradeRows) {
            grades.computeIfAbsent(grade.getSubmissionId(), id -> new HashMap<>()).put(grade.getQuestionId(), grade);
        }
    }

    int maxPoints() {
        return questions.stream().mapToInt(q -> q.spec().points()).sum();
    }

    Answer answer(Submission submission, AssignmentQuestion question) {
        return submission == null ? null : answers.getOrDefault(submission.getId(), Map.of()).get(question.getId());
    }

    /** The answer's value, parsed once however often it is asked for. */
    AnswerValue value(Answer answer) {
        return answer == null ? AnswerValue.empty() : values.computeIfAbsent(answer.getId(), id -> answer.value());
    }

    Grade grade(Submission submission, AssignmentQuestion question) {
        return submission == null ? null : grades.getOrDefault(submission.getId(), Map.of()).get(question.getId());
    }

    /**
     * The points a student has for a question: the instructor's grade if there is one, else the
     * automatic score once submitted (0 for an unanswered auto-scored question); null while unknown.
     */
    Double points(Submission submission, AssignmentQuestion question) {
        if (submission == null || submission.isOpenForAnswers()) {
            return null;
        }
        Grade grade = grade(submission, question);
        if (grade != null) {
            return grade.getPoints();
        }
        if (!question.spec().type().isAutoScored()) {
            return null;
        }
        Answer answer = answer(submission, question);
        if (answer == null) {
            return 0.0;
        }
        // An answer the automatic scoring could not place (its key does not fit the text) waits for the teacher.
        return answer.getAutoPoints();
    }

    /** Returned work whose grades changed since it was returned: the student sees the old ones until it is returned again. */
    boolean changedSinceReturn(Submission submission) {
        return submission != null && submission.getStatus() == SubmissionStatus.RETURNED
                && grades.getOrDefault(submission.getId(), Map.of()).values().stream()
                        .anyMatch(Grade::isChangedSinceReturn);
    }

    /** The total of a submitted piece of work, counting what is graded so far. */
    Double total(Submission submission) {
        if (submission == null || submission.isOpenForAnswers()) {
            return null;
        }
        double sum = 0;
        for (AssignmentQuestion question : questions) {
            Double points = points(submission, question);
            sum += points == null ? 0 : points;
        }
        return Math.round(sum * 100) / 100.0;
    }

    /** Questions of a submitted piece of work still waiting for the instructor. */
    int ungraded(Submission submission) {
        if (submission == null || submission.isOpenForAnswers()) {
            return 0;
        }
        return (int) questions.stream().filter(q -> points(submission, q) == null).count();
    }

    int answered(Submission submission) {
        return (int) questions.stream()
                .filter(q -> AnswerLimits.isAnswered(q.spec(), value(answer(submission, q)))).count();
    }
}
