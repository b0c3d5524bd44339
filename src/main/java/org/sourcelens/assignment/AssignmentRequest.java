package org.sourcelens.assignment;

import java.time.Instant;

/**
 * What an instructor sets when assigning work: the article (and a second one for comparisons), the
 * question set (none for plain reading), when it opens and is due, when classmates' work becomes
 * visible (and whether without names), whether late work is accepted, and whether students see which
 * answers were right.
 */
public record AssignmentRequest(long articleId, Long secondArticleId, Long questionSetId, String title,
        Instant opensAt, Instant dueAt, PeerVisibility peerVisibility, boolean lateAllowed, boolean showCorrect,
        boolean anonymousPeers) {

    public AssignmentRequest(long articleId, Long secondArticleId, Long questionSetId, String title, Instant opensAt,
            Instant dueAt, PeerVisibility peerVisibility, boolean lateAllowed, boolean showCorrect) {
        this(articleId, secondArticleId, questionSetId, title, opensAt, dueAt, peerVisibility, lateAllowed,
                showCorrect, false);
    }
}
