package org.sourcelens.article;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.sourcelens.base.NotFoundException;
import org.sourcelens.base.ValidationException;
import org.sourcelens.security.CurrentUser;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The article library: import, publish and read articles. */
@Service
@Transactional
public class ArticleService {

    static final String SEED_LOCATION = "classpath*:seeds/*.txt";
    private static final String NO_SUCH_ARTICLE = "This article does not exist or is not assigned to you.";

    private final ArticleRepository articles;
    private final ArticleVersionRepository versions;
    private final ArticleParagraphRepository paragraphs;
    private final ArticleNoteRepository notes;
    private final List<ArticleReadAccess> readAccess;
    private final CurrentUser currentUser;
    private final Clock clock;

    ArticleService(ArticleRepository articles, ArticleVersionRepository versions,
            ArticleParagraphRepository paragraphs, ArticleNoteRepository notes, List<ArticleReadAccess> readAccess,
            CurrentUser currentUser, Clock clock) {
        this.articles = articles;
        this.versions = versions;
        this.paragraphs = paragraphs;
        this.notes = notes;
        this.readAccess = readAccess;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Cleans raw pasted or uploaded text into a draft for the import preview; stores nothing. */
    @PreAuthorize("hasAnyRole('INSTRUCTOR', 'ADMIN')")
    @Transactional(readOnly = true)
    public ArticleDraft draftFromPlainText(String raw) {
        return PlainTextArticleParser.parse(raw);
    }

    /**
     * Publishes a draft as version 1 of a new article. With a source key (a seed file's name, say)
     * publishing is idempotent: the same key returns the article already there.
     */
    @PreAuthorize("hasAnyRole('INSTRUCTOR', 'ADMIN')")
    public long publish(ArticleDraft draft, String sourceKey) {
        if (sourceKey != null) {
            Optional<Article> existing = articles.findBySourceKey(sourceKey);
            if (existing.isPresent()) {
                return existing.get().getId();
            }
        }
        ArticleMetadata metadata = draft.metadata();
        if (metadata.title() == null || metadata.title().isBlank()) {
            throw new ValidationException("Give the article a title before publishing it.");
        }
        PublicationDate.parse(metadata.published());
        Long author = currentUser.get().map(user -> user.getId()).orElse(null);
        Article article = articles.save(new Article(sourceKey, metadata, author, clock.instant()));
        ArticleVersion version = versions.save(new ArticleVersion(article.getId(), 1, clock.instant()));
        int position = 1;
        for (ArticleDraft.Block block : draft.paragraphs()) {
            paragraphs.save(new ArticleParagraph(version.getId(), position++, block.kind(), block.text()));
        }
        int number = 1;
        for (String note : draft.notes()) {
            notes.save(new ArticleNote(version.getId(), number++, note));
        }
        return article.getId();
    }

    /** Imports the raw seed articles shipped with SourceLens; running it again adds nothing. */
    @PreAuthorize("hasRole('ADMIN')")
    public List<Long> importSeedArticles() {
        return SeedArticles.load(SEED_LOCATION).stream()
                .map(seed -> publish(PlainTextArticleParser.parse(seed.rawText()).withMetadata(seed.metadata()),
                        seed.sourceKey()))
                .toList();
    }

    @PreAuthorize("hasAnyRole('INSTRUCTOR', 'ADMIN')")
    @Transactional(readOnly = true)
    public List<ArticleSummary> library() {
        return articles.findSummaries();
    }

    @PreAuthorize("hasAnyRole('INSTRUCTOR', 'ADMIN')")
    @Transactional(readOnly = true)
    public ArticleSummary summary(long articleId) {
        Article article = articles.findById(articleId).orElseThrow(() -> new NotFoundException(NO_SUCH_ARTICLE));
        return new ArticleSummary(article.getId(), article.getTitle(), article.getOutlet(), article.getCreatedAt());
    }

    /** The current version of an article, for instructors or for a student it is assigned to. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public ArticleContent read(long articleId) {
        boolean allowed = currentUser.isInstructorOrAdmin()
                || readAccess.stream().anyMatch(access -> access.currentStudentMayRead(articleId));
        if (!allowed) {
            throw new AccessDeniedException(NO_SUCH_ARTICLE);
        }
        Article article = articles.findById(articleId).orElseThrow(() -> new NotFoundException(NO_SUCH_ARTICLE));
        ArticleVersion version = versions.findByArticleIdAndNumber(articleId, article.getCurrentVersionNo())
                .orElseThrow(() -> new IllegalStateException("Article " + articleId + " has no current version"));
        List<ArticleContent.Paragraph> body = paragraphs.findByArticleVersionIdOrderByPosition(version.getId())
                .stream()
                .map(p -> new ArticleContent.Paragraph(p.getAnchor(), p.getKind(), p.getBody()))
                .toList();
        List<ArticleContent.Note> noteList = notes.findByArticleVersionIdOrderByNumber(version.getId()).stream()
                .map(n -> new ArticleContent.Note(n.getNumber(), n.getBody()))
                .toList();
        ArticleMetadata metadata = article.metadata();
        return new ArticleContent(article.getId(), version.getNumber(), metadata.title(),
                stated(metadata.outlet()), stated(metadata.outletKind()), stated(metadata.author()),
                PublicationDate.parse(metadata.published()), stated(metadata.publishedNote()),
                stated(metadata.originalUrl()), body, noteList);
    }

    private static Optional<String> stated(String value) {
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value);
    }
}
