package org.sourcelens.assignment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import org.sourcelens.base.AbstractEntity;

@Entity
@Table(name = "assignment")
class Assignment extends AbstractEntity {

    @Column(name = "classroom_id", nullable = false)
    private long classroomId;

    @Column(name = "article_id", nullable = false)
    private long articleId;

    @Column(name = "title", nullable = false, length = 500)
    private String title;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "question_set_id")
    private Long questionSetId;

    @Column(name = "second_article_id")
    private Long secondArticleId;

    @Column(name = "opens_at")
    private Instant opensAt;

    @Column(name = "due_at")
    private Instant dueAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "peer_visibility", nullable = false, length = 20)
    private PeerVisibility peerVisibility = PeerVisibility.AFTER_SUBMIT;

    @Column(name = "late_allowed", nullable = false)
    private boolean lateAllowed = true;

    @Column(name = "show_correct", nullable = false)
    private boolean showCorrect = true;

    @Column(name = "anonymous_peers", nullable = false)
    private boolean anonymousPeers;

    @Column(name = "article_version", nullable = false)
    private int articleVersion = 1;

    @Column(name = "second_article_version")
    private Integer secondArticleVersion;

    protected Assignment() {
    }

    Assignment(long classroomId, long articleId, int articleVersion, String title, Instant createdAt) {
        this(classroomId, articleId, title, createdAt);
        this.articleVersion = articleVersion;
    }

    private Assignment(long classroomId, long articleId, String title, Instant createdAt) {
        this.classroomId = classroomId;
        this.articleId = articleId;
        this.title = title;
        this.createdAt = createdAt;
    }

    Assignment(long classroomId, AssignmentRequest request, String title, int articleVersion,
            Integer secondArticleVersion, Instant createdAt) {
        this(classroomId, request.articleId(), title, createdAt);
        this.articleVersion = articleVersion;
        this.secondArticleVersion = secondArticleVersion;
        this.questionSetId = request.questionSetId();
        this.secondArticleId = request.secondArticleId();
        this.opensAt = request.opensAt();
        this.dueAt = request.dueAt();
        this.peerVisibility = request.peerVisibility();
        this.lateAllowed = request.lateAllowed();
        this.showCorrect = request.showCorrect();
        this.anonymousPeers = request.anonymousPeers();
    }

    /** The version of the first (0) or second (1) article this assignment reads. */
    int articleVersion(int article) {
        return article == 1 && secondArticleVersion != null ? secondArticleVersion : articleVersion;
    }

    long articleId(int article) {
        return article == 1 && secondArticleId != null ? secondArticleId : articleId;
    }

    Long getQuestionSetId() {
        return questionSetId;
    }

    Long getSecondArticleId() {
        return secondArticleId;
    }

    Instant getOpensAt() {
        return opensAt;
    }

    Instant getDueAt() {
        return dueAt;
    }

    PeerVisibility getPeerVisibility() {
        return peerVisibility;
    }

    boolean isLateAllowed() {
        return lateAllowed;
    }

    boolean isAnonymousPeers() {
        return anonymousPeers;
    }

    boolean isShowCorrect() {
        return showCorrect;
    }

    long getClassroomId() {
        return classroomId;
    }

    long getArticleId() {
        return articleId;
    }

    String getTitle() {
        return title;
    }

    Instant getCreatedAt() {
        return createdAt;
    }
}
