package org.sourcelens.assignment;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sourcelens.base.Message;
import org.sourcelens.classroom.ClassRoster;

/** The spread of the class's answers to one question, as bars with a one-line summary. */
final class QuestionDistribution {

    private QuestionDistribution() {
    }

    static ClassDashboard.QuestionStats of(AssignmentQuestion question, ClassRoster roster, ClassWork work) {
        QuestionSpec spec = question.spec();
        List<AnswerValue> given = new ArrayList<>();
        List<Submission> submitted = new ArrayList<>();
        for (ClassRoster.Member student : roster.students()) {
            Submission submission = work.byStudent.get(student.studentId());
            AnswerValue value = work.value(work.answer(submission, question));
            if (AnswerLimits.isAnswered(spec, value)) {
                given.add(value);
            }
            if (submission != null && !submission.isOpenForAnswers()) {
                submitted.add(submission);
            }
        }
        List<ClassDashboard.Bar> bars;
        Message summary;
        switch (spec.type()) {
            case SINGLE_CHOICE, MULTIPLE_CHOICE -> {
                long[] counts = new long[spec.options().size()];
                for (AnswerValue value : given) {
                    value.choices().stream().distinct().filter(i -> i >= 0 && i < counts.length)
                            .forEach(i -> counts[i]++);
                }
                int worst = -1;
                for (int i = 0; i < counts.length; i++) {
                    if (!spec.options().get(i).correct() && counts[i] > 0 && (worst < 0 || counts[i] > counts[worst])) {
                        worst = i;
                    }
                }
                bars = new ArrayList<>();
                for (int i = 0; i < counts.length; i++) {
                    QuestionSpec.Option option = spec.options().get(i);
                    bars.add(new ClassDashboard.Bar(Message.of("teaching.distribution.option",
                            letter(i), shorten(option.text())), counts[i],
                            option.correct(), i == worst));
                }
                summary = worst < 0 ? Message.of("teaching.distribution.noWrongOption")
                        : Message.of("teaching.distribution.mostChosenWrong", letter(worst), counts[worst]);
            }
            case RATING_SCALE -> {
                QuestionSpec.Scale scale = spec.scale();
                int min = scale == null ? 1 : scale.min();
                int max = scale == null ? 5 : scale.max();
                Map<Integer, Long> counts = new LinkedHashMap<>();
                for (int r = min; r <= max; r++) {
                    counts.put(r, 0L);
                }
                given.stream().map(AnswerValue::rating).filter(counts::containsKey)
                        .forEach(r -> counts.merge(r, 1L, Long::sum));
                bars = counts.entrySet().stream().map(e -> new ClassDashboard.Bar(label(e.getKey(), min, max, scale),
                        e.getValue(), false, false)).toList();
                double mean = given.stream().filter(v -> v.rating() != null).mapToInt(AnswerValue::rating)
                        .average().orElse(Double.NaN);
                summary = Double.isNaN(mean) ? Message.of("teaching.distribution.noRatings")
                        // Rounded half up beforehand, as String.format did; MessageFormat rounds half even.
                        : Message.of("teaching.distribution.meanRating", Math.round(mean * 10) / 10.0);
            }
            case SHORT_ANSWER, COMPARISON -> {
                List<QuestionSpec.RubricLevel> rubric = spec.rubric().isEmpty() ? QuestionSpec.defaultRubric()
                        : spec.rubric();
                Map<String, Long> counts = new LinkedHashMap<>();
                rubric.forEach(level -> counts.put(level.name(), 0L));
                long waiting = 0;
                for (Submission submission : submitted) {
                    Grade grade = work.grade(submission, question);
                    if (grade == null) {
                        waiting++;
                    } else if (grade.getRubricLevel() != null && counts.containsKey(grade.getRubricLevel())) {
                        counts.merge(grade.getRubricLevel(), 1L, Long::sum);
                    }
                }
                bars = new ArrayList<>(counts.entrySet().stream()
                        .map(e -> new ClassDashboard.Bar(Message.of("teaching.distribution.level",
                                e.getKey()), e.getValue(), false,
                                false)).toList());
                bars.add(new ClassDashboard.Bar(Message.of("teaching.distribution.notGraded"), waiting, false, false));
                summary = Message.of("teaching.distribution.waiting", waiting);
            }
            case HIGHLIGHT_EVIDENCE -> {
                long all = 0;
                long some = 0;
                long none = 0;
                for (Submission submission : submitted) {
                    Answer answer = work.answer(submission, question);
                    Double auto = answer == null ? Double.valueOf(0) : answer.getAutoPoints();
                    if (auto == null) {
                        continue;
                    }
                    if (auto >= spec.points() && spec.points() > 0) {
                        all++;
                    } else if (auto > 0) {
                        some++;
                    } else {
                        none++;
                    }
                }
                bars = List.of(new ClassDashboard.Bar(Message.of("teaching.distribution.foundAll"), all, true, false),
                        new ClassDashboard.Bar(Message.of("teaching.distribution.foundSome"), some, false, false),
                        new ClassDashboard.Bar(Message.of("teaching.distribution.missed"), none, false, none > 0 && none >= all));
                summary = Message.of("teaching.distribution.hitTheKey", all, submitted.size());
            }
            default -> throw new IllegalStateException("Unknown question type " + spec.type());
        }
        return new ClassDashboard.QuestionStats(question.getId(), question.getPosition(), spec.type(), spec.prompt(),
                spec.points(), given.size(), bars, summary);
    }

    static String letter(int index) {
        return String.valueOf((char) ('A' + index));
    }

    private static Message label(int rating, int min, int max, QuestionSpec.Scale scale) {
        if (scale != null && rating == min && scale.minLabel() != null && !scale.minLabel().isBlank()) {
            return Message.of("teaching.distribution.ratingLabelled", rating, scale.minLabel());
        }
        if (scale != null && rating == max && scale.maxLabel() != null && !scale.maxLabel().isBlank()) {
            return Message.of("teaching.distribution.ratingLabelled", rating, scale.maxLabel());
        }
        return Message.of("teaching.distribution.rating", rating);
    }

    private static String shorten(String text) {
        String flat = text.strip().replaceAll("\\s+", " ");
        return flat.length() <= 60 ? flat : flat.substring(0, 57) + "…";
    }
}
