package org.sourcelens.assignment.scoring;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.SortedSet;
import org.sourcelens.assignment.AnswerValue;
import org.sourcelens.assignment.QuestionSpec;
import org.sourcelens.assignment.QuestionSpec.Option;

/** Single and multiple choice; the rules are documented on {@link AutoScoring}. */
final class ChoiceScoring {

    private ChoiceScoring() {
    }

    static AutoScore single(QuestionSpec question, AnswerValue answer) {
        countCorrectOptions(question);
        SortedSet<Integer> chosen = validChoices(question, answer);
        List<String> feedback = feedbackOf(question, chosen);
        if (chosen.isEmpty()) {
            return new AutoScore(0, question.points(), false, feedback, "You did not choose an option.");
        }
        if (chosen.size() > 1) {
            return new AutoScore(0, question.points(), false, feedback,
                    "You chose more than one option, but only one may be chosen.");
        }
        if (question.options().get(chosen.first()).correct()) {
            return new AutoScore(question.points(), question.points(), true, feedback, "You chose the correct option.");
        }
        return new AutoScore(0, question.points(), false, feedback, "The option you chose is not correct.");
    }

    static AutoScore multiple(QuestionSpec question, AnswerValue answer) {
        int correctOptions = countCorrectOptions(question);
        SortedSet<Integer> chosen = validChoices(question, answer);
        List<String> feedback = feedbackOf(question, chosen);
        if (chosen.isEmpty()) {
            return new AutoScore(0, question.points(), false, feedback, "You did not choose an option.");
        }
        long correctChosen = chosen.stream().filter(index -> question.options().get(index).correct()).count();
        long wrongChosen = chosen.size() - correctChosen;
        double share = Math.max(0, (double) (correctChosen - wrongChosen) / correctOptions);
        boolean exact = correctChosen == correctOptions && wrongChosen == 0;
        return new AutoScore(question.points() * share, question.points(), exact, feedback,
                explanation(exact, correctChosen, correctOptions, wrongChosen));
    }

    private static String explanation(boolean exact, long correctChosen, int correctOptions, long wrongChosen) {
        if (exact) {
            return "You chose exactly the correct options.";
        }
        String found = "You chose " + correctChosen + " of the " + correctOptions + " correct options";
        if (wrongChosen == 0) {
            return found + ".";
        }
        return found + " and " + wrongChosen + (wrongChosen == 1 ? " wrong one" : " wrong ones")
                + ", and each wrong choice cancels a right one.";
    }

    /** Throws for a choice question without a correct option: no answer to it could ever be right. */
    static int countCorrectOptions(QuestionSpec question) {
        int correct = (int) question.options().stream().filter(Option::correct).count();
        if (correct == 0) {
            throw new IllegalArgumentException("A choice question needs at least one correct option: "
                    + question.prompt());
        }
        return correct;
    }

    /** The chosen option indexes in option order, without duplicates and without indexes that name no option. */
    private static SortedSet<Integer> validChoices(QuestionSpec question, AnswerValue answer) {
        var valid = new TreeSet<Integer>();
        for (Integer index : answer.choices()) {
            if (index >= 0 && index < question.options().size()) {
                valid.add(index);
            }
        }
        return valid;
    }

    private static List<String> feedbackOf(QuestionSpec question, SortedSet<Integer> chosen) {
        var feedback = new ArrayList<String>();
        for (int index : chosen) {
            String text = question.options().get(index).feedback();
            if (text != null && !text.isBlank()) {
                feedback.add(text);
            }
        }
        return feedback;
    }
}
