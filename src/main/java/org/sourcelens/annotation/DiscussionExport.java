package org.sourcelens.annotation;

import java.time.Instant;
import java.util.List;

/**
 * A user's part in highlight discussions, for the export of their data: the replies they wrote
 * (with the quote of the highlight they answered) and which replies they marked helpful (by id only:
 * those replies are other people's words).
 */
public record DiscussionExport(List<ReplyExport> replies, List<HelpfulMark> helpfulMarks) {

    public record ReplyExport(long id, long highlightId, long assignmentId, String highlightQuote, String body,
            Instant createdAt) {
    }

    public record HelpfulMark(long replyId, long highlightId, long assignmentId) {
    }
}
