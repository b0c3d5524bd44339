package org.sourcelens.annotation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.sourcelens.annotation.anchoring.Position;
import org.sourcelens.annotation.anchoring.Selector;
import org.sourcelens.base.AbstractEntity;

/**
 * A highlight with both selectors of the open annotation model: the position (null once it is an
 * orphan) and the quote with its context, and the article version the position refers to.
 */
@Entity
@Table(name = "highlight")
class Highlight extends AbstractEntity {

    @Column(name = "assignment_id", nullable = false)
    private long assignmentId;

    @Column(name = "author_id", nullable = false)
    private long authorId;

    @Column(name = "article_id", nullable = false)
    private long articleId;

    @Column(name = "article_version", nullable = false)
    private int articleVersion;

    @Column(name = "start_anchor", length = 32)
    private String startAnchor;

    @Column(name = "start_offset")
    private Integer startOffset;

    @Column(name = "end_anchor", length = 32)
    private String endAnchor;

    @Column(name = "end_offset")
    private Integer endOffset;

    @Column(name = "exact_text", nullable = false, length = 5000)
    private String exact;

    @Column(name = "prefix_text", nullable = false, length = 100)
    private String prefix;

    @Column(name = "suffix_text", nullable = false, length = 100)
    private String suffix;

    @Column(name = "tag", nullable = false, length = 60)
    private String tag;

    @Column(name = "note", length = 2000)
    private String note;

    @Column(name = "orphan", nullable = false)
    private boolean orphan;

    @Column(name = "pinned", nullable = false)
    private boolean pinned;

    @Column(name = "endorsed", nullable = false)
    private boolean endorsed;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected Highlight() {
    }

    Highlight(long assignmentId, long authorId, long articleId, int articleVersion, Selector selector, String tag,
            String note, Instant at) {
        this.assignmentId = assignmentId;
        this.authorId = authorId;
        this.articleId = articleId;
        this.articleVersion = articleVersion;
        place(selector.position());
        this.exact = selector.exact();
        this.prefix = selector.prefix();
        this.suffix = selector.suffix();
        this.tag = tag;
        this.note = note;
        this.createdAt = at;
        this.updatedAt = at;
    }

    Selector selector() {
        return new Selector(position(), exact, prefix, suffix);
    }

    Position position() {
        return orphan ? null : new Position(startAnchor, startOffset, endAnchor, endOffset);
    }

    /** Follows the text to a new version: a new position, or an orphan that keeps its quote and note. */
    void moveTo(int version, Position newPosition) {
        articleVersion = version;
        if (newPosition == null) {
            orphan = true;
            startAnchor = null;
            startOffset = null;
            endAnchor = null;
            endOffset = null;
        } else {
            place(newPosition);
        }
    }

    private void place(Position position) {
        orphan = false;
        startAnchor = position.startAnchor();
        startOffset = position.startOffset();
        endAnchor = position.endAnchor();
        endOffset = position.endOffset();
    }

    void edit(String newTag, String newNote, Instant at) {
        tag = newTag;
        note = newNote;
        updatedAt = at;
    }

    long getAssignmentId() {
        return assignmentId;
    }

    long getAuthorId() {
        return authorId;
    }

    long getArticleId() {
        return articleId;
    }

    Instant getUpdatedAt() {
        return updatedAt;
    }

    int getArticleVersion() {
        return articleVersion;
    }

    String getExact() {
        return exact;
    }

    String getTag() {
        return tag;
    }

    String getNote() {
        return note;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    boolean isOrphan() {
        return orphan;
    }

    /** Pinned by the instructor: shared with the whole class, even where peers' highlights are hidden. */
    boolean isPinned() {
        return pinned;
    }

    void setPinned(boolean pinned) {
        this.pinned = pinned;
    }

    boolean isEndorsed() {
        return endorsed;
    }

    void setEndorsed(boolean endorsed) {
        this.endorsed = endorsed;
    }
}
