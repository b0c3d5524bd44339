package org.sourcelens.article;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.sourcelens.article.sourcemap.SourceMap;
import org.sourcelens.base.Message;
import org.sourcelens.base.NotFoundException;
import org.sourcelens.base.ValidationException;
import org.sourcelens.security.CurrentUser;
import org.sourcelens.security.Roles;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The article library: import, publish, edit (as new versions), archive and read articles. An
 * instructor sees shared articles and their own private ones, and edits only their own.
 */
@Service
@Transactional
public class ArticleService {

    static final String SEED_LOCATION = "classpath*:seeds/*.txt";
    private static final String NO_SUCH_ARTICLE = "This article does not exist or is not available to you.";

    private final ArticleRepository articles;
    private final ArticleVersionRepository versions;
    private final ArticleParagraphRepository paragraphs;
    private final ArticleNoteRepository notes;
    private final ArticleLinkRepository links;
    private final List<ArticleReadAccess> readAccess;
    /** Looked up when used: listeners (highlights) depend on services that depend on this one. */
    private final ObjectProvider<ArticleVersionListener> versionListeners;
    private final CurrentUser currentUser;
    private final Clock clock;

    ArticleService(ArticleRepository articles, ArticleVersionRepository versions,
            ArticleParagraphRepository paragraphs, ArticleNoteRepository notes, ArticleLinkRepository links,
            List<ArticleReadAccess> readAccess, ObjectProvider<ArticleVersionListener> versionListeners,
            CurrentUser currentUser,
            Clock clock) {
        this.versionListeners = versionListeners;
        this.articles = articles;
        this.versions = versions;
        this.paragraphs = paragraphs;
        this.notes = notes;
        this.links = links;
        this.readAccess = readAccess;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Cleans pasted text (plain, Markdown or HTML) into a draft for the import preview; stores nothing. */
    @PreAuthorize("hasAnyRole('INSTRUCTOR', 'ADMIN')")
    @Transactional(readOnly = true)
    public ArticleDraft draftFromPaste(String text) {
        return ArticleImport.draftFromPaste(text);
    }

    /** Decodes and cleans an uploaded .txt, .md or .html file into a draft for the preview; stores nothing. */
    @PreAuthorize("hasAnyRole('INSTRUCTOR', 'ADMIN')")
    @Transactional(readOnly = true)
    public ArticleDraft draftFromUpload(String fileName, byte[] bytes) {
        return ArticleImport.draft(fileName, bytes);
    }

    /** The source map of a draft in the import preview, before anything is stored. */
    @PreAuthorize("hasAnyRole('INSTRUCTOR', 'ADMIN')")
    public SourceMap sourceMapOf(ArticleDraft draft) {
        return SourceMaps.of(draft);
    }

    /**
     * Imports a file as it stands (the command-line bulk import): the same cleaning and validation as the
     * import screen, shared with all instructors. The same bytes imported again give the article already there.
     */
    @PreAuthorize("hasAnyRole('INSTRUCTOR', 'ADMIN')")
    public ImportOutcome importFile(String fileName, byte[] bytes) {
        String sourceKey = "sha256:" + sha256(bytes);
        Optional<Article> existing = articles.findBySourceKey(sourceKey);
        if (existing.isPresent()) {
            ArticleContent content = content(visibleToInstructor(existing.get().getId()));
            return new ImportOutcome(content.articleId(), content.title(), false, content.paragraphs().size(),
                    content.notes().size());
        }
        ArticleDraft draft = ArticleImport.draft(fileName, bytes);
        if (draft.metadata().title() == null || draft.metadata().title().isBlank()) {
            draft = draft.withMetadata(new ArticleMetadata(fileName.replaceFirst("\\.[^.]*$", ""), null, null, null,
                    null, null, null));
        }
        long id = create(draft, ArticleVisibility.SHARED, sourceKey);
        return new ImportOutcome(id, draft.metadata().title(), true, draft.paragraphs().size(), draft.notes().size());
    }

    /** Publishes a draft, as the instructor confirmed it in the preview, as version 1 of a new article. */
    @PreAuthorize("hasAnyRole('INSTRUCTOR', 'ADMIN')")
    public long publish(ArticleDraft draft, ArticleVisibility visibility) {
        return create(draft, visibility, null);
    }

    /** Imports the raw seed articles shipped with SourceLens; running it again adds nothing. */
    @PreAuthorize("hasRole('ADMIN')")
    public List<Long> importSeedArticles() {
        return SeedArticles.load(SEED_LOCATION).stream()
                .map(seed -> articles.findBySourceKey(seed.sourceKey()).map(Article::getId).orElseGet(() -> create(
                        PlainTextArticleParser.parse(seed.rawText()).withMetadata(seed.metadata()),
                        ArticleVisibility.SHARED, seed.sourceKey())))
                .toList();
    }

    @PreAuthorize("hasAnyRole('INSTRUCTOR', 'ADMIN')")
    @Transactional(readOnly = true)
    public List<LibraryEntry> library(LibraryFilter filter, Pageable pageable) {
        Pageable unsorted = pageable.isPaged()
                ? PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(),
                        Sort.unsorted())
                : pageable;
        return articles.findLibrary(currentUser.id(), currentUser.hasRole(Roles.ADMIN), filter.includeArchived(),
                filter.pattern(), unsorted);
    }

    @PreAuthorize("hasAnyRole('INSTRUCTOR', 'ADMIN')")
    @Transactional(readOnly = true)
    public long countLibrary(LibraryFilter filter) {
        return articles.countLibrary(currentUser.id(), currentUser.hasRole(Roles.ADMIN), filter.includeArchived(),
                filter.pattern());
    }

    /** Whether the signed-in user has imported an article of their own (shared seed articles do not count). */
    @PreAuthorize("hasAnyRole('INSTRUCTOR', 'ADMIN')")
    @Transactional(readOnly = true)
    public boolean hasOwnArticles() {
        return articles.existsByCreatedBy(currentUser.id());
    }

    /** Articles an instructor can assign: shared or their own, not archived. */
    @PreAuthorize("hasAnyRole('INSTRUCTOR', 'ADMIN')")
    @Transactional(readOnly = true)
    public List<ArticleSummary> assignableArticles() {
        return library(LibraryFilter.all(), Pageable.unpaged()).stream()
                .map(entry -> new ArticleSummary(entry.id(), entry.title(), entry.outlet(), entry.importedAt()))
                .toList();
    }

    /** The current version of an article, for an instructor who sees it or a student it is assigned to. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public ArticleContent read(long articleId) {
        Article article = readable(articleId);
        return content(article, article.getCurrentVersionNo());
    }

    /**
     * One version of an article, as it was assigned: work that points into the text (answers, key
     * passages) keeps reading the version it was made on even after the article is edited.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public ArticleContent read(long articleId, int versionNo) {
        Article article = readable(articleId);
        if (versionNo < 1 || versionNo > article.getCurrentVersionNo()) {
            throw new NotFoundException(NO_SUCH_ARTICLE);
        }
        return content(article, versionNo);
    }

    private Article readable(long articleId) {
        if (currentUser.isInstructorOrAdmin()) {
            return visibleToInstructor(articleId);
        }
        if (readAccess.stream().anyMatch(access -> access.currentStudentMayRead(articleId))) {
            return articles.findById(articleId).orElseThrow(() -> new NotFoundException(NO_SUCH_ARTICLE));
        }
        throw new AccessDeniedException(NO_SUCH_ARTICLE);
    }

    private ArticleContent content(Article article) {
        return content(article, article.getCurrentVersionNo());
    }

    @PreAuthorize("hasAnyRole('INSTRUCTOR', 'ADMIN')")
    @Transactional(readOnly = true)
    public ArticleDetails details(long articleId) {
        Article article = visibleToInstructor(articleId);
        ArticleContent content = content(article);
        return new ArticleDetails(content, article.getVisibility(), article.getArchivedAt() != null,
                mayEdit(article), SourceMaps.of(content));
    }

    /** Two articles' source maps side by side. */
    @PreAuthorize("hasAnyRole('INSTRUCTOR', 'ADMIN')")
    @Transactional(readOnly = true)
    public SourceMapComparison compare(long leftId, long rightId) {
        ArticleContent left = content(visibleToInstructor(leftId));
        ArticleContent right = content(visibleToInstructor(rightId));
        return SourceMapComparison.of(new SourceMapComparison.Side(leftId, left.title(), SourceMaps.of(left)),
                new SourceMapComparison.Side(rightId, right.title(), SourceMaps.of(right)));
    }

    @PreAuthorize("hasAnyRole('INSTRUCTOR', 'ADMIN')")
    @Transactional(readOnly = true)
    public EditableArticle editable(long articleId) {
        Article article = editableByCurrentUser(articleId);
        ArticleContent content = content(article);
        String noteText = content.notes().stream().map(ArticleContent.Note::text).collect(Collectors.joining("\n"));
        return new EditableArticle(articleId, content.versionNo(), article.metadata(),
                EditableText.format(content.paragraphs()), noteText);
    }

    /**
     * Saves an edit. Changed text becomes a new version (earlier versions stay, so whatever points into
     * them keeps its meaning); metadata changes apply to the article. Refuses an edit based on a version
     * that is no longer the current one, so two editors cannot silently overwrite each other.
     *
     * @return the article's version number after the edit, and how highlights on the old text fared
     */
    @PreAuthorize("hasAnyRole('INSTRUCTOR', 'ADMIN')")
    public EditResult saveEdit(long articleId, int basedOnVersion, ArticleMetadata metadata, String text, String noteText) {
        Article article = editableByCurrentUser(articleId);
        if (article.getCurrentVersionNo() != basedOnVersion) {
            throw new ValidationException(Message.of("article.refused.someoneSavedVersionOfThis",
                    article.getCurrentVersionNo(), basedOnVersion));
        }
        validate(metadata);
        ArticleContent current = content(article);
        List<ArticleDraft.Block> blocks = EditableText.parse(text, current.paragraphs());
        List<String> noteList = EditableText.parseNotes(noteText);
        requireRunningText(blocks);
        article.updateMetadata(metadata);
        ReanchorReport report = ReanchorReport.none();
        boolean textChanged = !blocks.equals(current.paragraphs().stream()
                .map(p -> new ArticleDraft.Block(p.kind(), p.text(), p.links())).toList())
                || !noteList.equals(current.notes().stream().map(ArticleContent.Note::text).toList());
        if (textChanged) {
            int oldVersion = article.getCurrentVersionNo();
            writeVersion(article.getId(), article.startNewVersion(), blocks, noteList);
            ArticleContent newVersion = content(article);
            for (ArticleVersionListener listener : versionListeners.orderedStream().toList()) {
                report = report.plus(listener.textChanged(article.getId(), oldVersion, newVersion));
            }
        }
        return new EditResult(article.getCurrentVersionNo(), report);
    }

    @PreAuthorize("hasAnyRole('INSTRUCTOR', 'ADMIN')")
    public void setArchived(long articleId, boolean archived) {
        Article article = editableByCurrentUser(articleId);
        if (archived) {
            article.archive(clock.instant());
        } else {
            article.restore();
        }
    }

    @PreAuthorize("hasAnyRole('INSTRUCTOR', 'ADMIN')")
    public void setVisibility(long articleId, ArticleVisibility visibility) {
        editableByCurrentUser(articleId).setVisibility(visibility);
    }

    private long create(ArticleDraft draft, ArticleVisibility visibility, String sourceKey) {
        validate(draft.metadata());
        requireRunningText(draft.paragraphs());
        Long author = currentUser.get().map(user -> user.getId()).orElse(null);
        Article article = articles.save(new Article(sourceKey, draft.metadata(), visibility, author, clock.instant()));
        writeVersion(article.getId(), 1, draft.paragraphs(), draft.notes());
        return article.getId();
    }

    private void writeVersion(long articleId, int number, List<ArticleDraft.Block> blocks, List<String> noteList) {
        Long author = currentUser.get().map(user -> user.getId()).orElse(null);
        ArticleVersion version = versions.save(new ArticleVersion(articleId, number, author, clock.instant()));
        int position = 1;
        for (ArticleDraft.Block block : blocks) {
            ArticleParagraph paragraph = paragraphs.save(
                    new ArticleParagraph(version.getId(), position++, block.kind(), block.text()));
            block.links().forEach(link -> links.save(new ArticleLink(paragraph.getId(), link)));
        }
        int noteNumber = 1;
        for (String note : noteList) {
            notes.save(new ArticleNote(version.getId(), noteNumber++, note));
        }
    }

    private static void validate(ArticleMetadata metadata) {
        if (metadata.title() == null || metadata.title().isBlank()) {
            throw new ValidationException(Message.of("article.refused.giveTheArticleATitle"));
        }
        if (metadata.title().length() > 500) {
            throw new ValidationException(Message.of("article.refused.aTitleMayHaveAt"));
        }
        PublicationDate.parse(metadata.published());
        String url = metadata.originalUrl();
        if (url != null && !url.isBlank() && !url.strip().matches("(?i)https?://\\S+")) {
            throw new ValidationException(Message.of("article.refused.theOriginalAddressMustStart"));
        }
    }

    private ArticleContent content(Article article, int versionNo) {
        ArticleVersion version = versions.findByArticleIdAndNumber(article.getId(), versionNo)
                .orElseThrow(() -> new IllegalStateException("Article " + article.getId() + " has no version " + versionNo));
        Map<Long, List<ArticleDraft.Link>> linksByParagraph = links.findByVersion(version.getId()).stream()
                .collect(Collectors.groupingBy(ArticleLink::getParagraphId,
                        Collectors.mapping(ArticleLink::toLink, Collectors.toList())));
        List<ArticleContent.Paragraph> body = paragraphs.findByArticleVersionIdOrderByPosition(version.getId())
                .stream()
                .map(p -> new ArticleContent.Paragraph(p.getAnchor(), p.getKind(), p.getBody(),
                        linksByParagraph.getOrDefault(p.getId(), List.of())))
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

    private Article visibleToInstructor(long articleId) {
        Article article = articles.findById(articleId).orElseThrow(() -> new NotFoundException(NO_SUCH_ARTICLE));
        boolean visible = currentUser.hasRole(Roles.ADMIN) || article.getVisibility() == ArticleVisibility.SHARED
                || isOwner(article);
        if (!visible) {
            throw new AccessDeniedException(NO_SUCH_ARTICLE);
        }
        return article;
    }

    private Article editableByCurrentUser(long articleId) {
        Article article = visibleToInstructor(articleId);
        if (!mayEdit(article)) {
            throw new AccessDeniedException("Only the instructor who imported this article can change it.");
        }
        return article;
    }

    private boolean mayEdit(Article article) {
        return currentUser.hasRole(Roles.ADMIN) || isOwner(article);
    }

    private boolean isOwner(Article article) {
        return currentUser.get().map(user -> Long.valueOf(user.getId()).equals(article.getCreatedBy())).orElse(false);
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    private static Optional<String> stated(String value) {
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value);
    }

    private static void requireRunningText(List<ArticleDraft.Block> blocks) {
        if (blocks.stream().noneMatch(block -> block.kind() == ParagraphKind.PARAGRAPH)) {
            throw new ValidationException(Message.of("article.refused.theArticleNeedsAtLeast"));
        }
    }
}
