/**
 * The audit log: who of the staff looked at which student's work and when, and which administrator
 * exported or deleted a student's data or which classes the retention setting purged. Owns the
 * {@code audit_entry} table. Features record into it through {@link org.sourcelens.audit.AuditLog};
 * only administrators read it.
 */
package org.sourcelens.audit;
