package org.sourcelens.security;

/** Role names, as used in {@code @RolesAllowed} and {@code hasRole(...)} expressions. */
public final class Roles {

    public static final String STUDENT = "STUDENT";
    public static final String INSTRUCTOR = "INSTRUCTOR";
    public static final String ADMIN = "ADMIN";

    private Roles() {
    }
}
