package org.sourcelens.audit;

/** Which entries the administrator wants: all of them, or those about one student (by username, any case). */
public record AuditFilter(String studentUsername) {

    public static AuditFilter all() {
        return new AuditFilter(null);
    }

    boolean isAll() {
        return studentUsername == null || studentUsername.isBlank();
    }
}
