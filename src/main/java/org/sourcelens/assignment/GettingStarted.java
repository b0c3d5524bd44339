package org.sourcelens.assignment;

/**
 * How far an instructor has come on the way to a first assignment: a class, an article (imported, or
 * picked from the shared library by assigning it), a question set (built, copied from the starters, or
 * assigned), and work assigned. {@code classToAssignIn} is the class the last step links to, if any.
 */
public record GettingStarted(Long classToAssignIn, boolean articleChosen, boolean questionSetReady,
        boolean workAssigned) {

    public boolean classCreated() {
        return classToAssignIn != null;
    }

    public boolean complete() {
        return classCreated() && articleChosen && questionSetReady && workAssigned;
    }
}
