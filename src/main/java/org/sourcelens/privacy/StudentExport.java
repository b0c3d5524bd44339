package org.sourcelens.privacy;

import java.time.Instant;
import java.util.List;
import org.sourcelens.annotation.DiscussionExport;
import org.sourcelens.annotation.HighlightExport;
import org.sourcelens.assignment.SubmissionExport;
import org.sourcelens.security.AccountExport;

/**
 * All data SourceLens holds about one student, as the JSON document an administrator downloads.
 * Ids link the parts: a submission's or highlight's {@code assignmentId} is listed under its class.
 */
public record StudentExport(String format, Instant exportedAt, AccountExport account, List<ClassEntry> classes,
        List<SubmissionExport> submissions, List<HighlightExport> highlights,
        List<DiscussionExport.ReplyExport> replies, List<DiscussionExport.HelpfulMark> helpfulMarks,
        List<AuditEntry> auditEntries) {

    static final String FORMAT = "SourceLens student data export, version 1";

    /** A class the student is enrolled in, with its assignments. */
    public record ClassEntry(long classId, String name, String instructor, Instant enrolledAt, Instant archivedAt,
            List<AssignmentEntry> assignments) {
    }

    public record AssignmentEntry(long assignmentId, String title, Instant assignedAt, boolean withQuestions) {
    }

    /** Who looked at the student's work or handled their data, and when. */
    public record AuditEntry(Instant occurredAt, String who, String what, String details) {
    }
}
