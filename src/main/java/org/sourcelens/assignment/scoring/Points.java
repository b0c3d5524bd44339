package org.sourcelens.assignment.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Rounding of points, so that 2/3 of a point is stored and shown as 0.67 everywhere. */
final class Points {

    private Points() {
    }

    static double round(double points) {
        return BigDecimal.valueOf(points).setScale(2, RoundingMode.HALF_UP).doubleValue();
    }
}
