package org.sourcelens.assignment.scoring;

import java.util.List;

/**
 * The result of scoring one answer automatically. {@code points} may be fractional (partial credit,
 * rounded to two decimals); {@code feedback} is what the author wrote for the options the student
 * chose; {@code explanation} is one sentence telling the student how the score came about.
 */
public record AutoScore(double points, int maxPoints, boolean fullyCorrect, List<String> feedback,
        String explanation) {

    public AutoScore {
        points = Points.round(points);
        feedback = feedback == null ? List.of() : List.copyOf(feedback);
    }
}
