package org.sourcelens.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sourcelens.IntegrationTest;
import org.sourcelens.TestAccounts;
import org.sourcelens.base.ValidationException;
import org.sourcelens.security.AccountSummary;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;

@IntegrationTest
class ArticleServiceIT {

    @Autowired
    ArticleService articles;

    @Autowired
    ArticleVersionRepository versions;

    @Autowired
    TestAccounts accounts;

    AccountSummary owner;
    String marker;

    @BeforeEach
    void signInAsAnInstructor() {
        owner = accounts.instructor();
        accounts.signInAs(owner.username());
        marker = "m" + owner.id();
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private ArticleDraft draft(String title, String... paragraphs) {
        List<ArticleDraft.Block> blocks = java.util.Arrays.stream(paragraphs)
                .map(text -> new ArticleDraft.Block(ParagraphKind.PARAGRAPH, text)).toList();
        return new ArticleDraft(new ArticleMetadata(title, "Test Outlet " + marker, null, null, "2024-03", null, null),
                blocks, List.of("A note."), List.of());
    }

    private long publish(String title, ArticleVisibility visibility, String... paragraphs) {
        return articles.publish(draft(title, paragraphs), visibility);
    }

    @Test
    void an_edit_of_the_text_creates_a_new_version_and_keeps_the_old_one() {
        long id = publish("Versioned " + marker, ArticleVisibility.SHARED, "First words.", "Second words.");
        EditableArticle editable = articles.editable(id);
        assertThat(editable.text()).isEqualTo("First words.\n\nSecond words.");

        int version = articles.saveEdit(id, editable.versionNo(), editable.metadata(),
                "First words, corrected.\n\n## A heading\n\nSecond words.", "A note.\nAnother note.").versionNo();

        assertThat(version).isEqualTo(2);
        ArticleContent content = articles.read(id);
        assertThat(content.versionNo()).isEqualTo(2);
        assertThat(content.paragraphs()).extracting(ArticleContent.Paragraph::anchor, ArticleContent.Paragraph::kind)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("p1", ParagraphKind.PARAGRAPH),
                        org.assertj.core.groups.Tuple.tuple("p2", ParagraphKind.HEADING),
                        org.assertj.core.groups.Tuple.tuple("p3", ParagraphKind.PARAGRAPH));
        assertThat(content.notes()).extracting(ArticleContent.Note::text).containsExactly("A note.", "Another note.");
        assertThat(versions.findByArticleIdAndNumber(id, 1)).isPresent();
    }

    @Test
    void saving_unchanged_text_with_new_details_keeps_the_version() {
        long id = publish("Details " + marker, ArticleVisibility.SHARED, "Only words.");
        EditableArticle editable = articles.editable(id);
        ArticleMetadata renamed = new ArticleMetadata("Renamed " + marker, "Other Outlet", "newspaper", "A. Writer",
                "2024-03-05", null, "https://example.org/a");

        int version = articles.saveEdit(id, 1, renamed, editable.text(), editable.notes()).versionNo();

        assertThat(version).isEqualTo(1);
        ArticleContent content = articles.read(id);
        assertThat(content.title()).isEqualTo("Renamed " + marker);
        assertThat(content.author()).hasValue("A. Writer");
    }

    @Test
    void an_edit_based_on_an_old_version_is_refused_instead_of_overwriting_a_newer_one() {
        long id = publish("Race " + marker, ArticleVisibility.SHARED, "Words.");
        EditableArticle seenByBoth = articles.editable(id);
        articles.saveEdit(id, 1, seenByBoth.metadata(), "Words from the first editor.", "");

        assertThatThrownBy(() -> articles.saveEdit(id, 1, seenByBoth.metadata(), "Words from the second.", ""))
                .isInstanceOf(ValidationException.class).hasMessageContaining("saved version 2");
        assertThat(articles.read(id).paragraphs()).extracting(ArticleContent.Paragraph::text)
                .containsExactly("Words from the first editor.");
    }

    @Test
    void links_are_kept_with_their_text_and_survive_an_edit_elsewhere() {
        ArticleDraft linked = new ArticleDraft(new ArticleMetadata("Links " + marker, null, null, null, null, null,
                null), List.of(new ArticleDraft.Block(ParagraphKind.PARAGRAPH, "See the report here.",
                List.of(new ArticleDraft.Link(8, 14, "https://example.org/report"))),
                new ArticleDraft.Block(ParagraphKind.PARAGRAPH, "Second.")), List.of(), List.of());
        long id = articles.publish(linked, ArticleVisibility.SHARED);
        EditableArticle editable = articles.editable(id);

        articles.saveEdit(id, 1, editable.metadata(), "See the report here.\n\nSecond, changed.", "");

        assertThat(articles.read(id).paragraphs().getFirst().links())
                .containsExactly(new ArticleDraft.Link(8, 14, "https://example.org/report"));
    }

    @Test
    void a_private_article_is_invisible_to_other_instructors_and_a_shared_one_is_not_theirs_to_edit() {
        long privateId = publish("Private " + marker, ArticleVisibility.PRIVATE, "Secret words.");
        long sharedId = publish("Shared " + marker, ArticleVisibility.SHARED, "Open words.");
        accounts.signInAs(accounts.instructor().username());

        assertThat(articles.library(new LibraryFilter(marker, false), PageRequest.of(0, 10)))
                .extracting(LibraryEntry::id).containsExactly(sharedId);
        assertThatThrownBy(() -> articles.read(privateId)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> articles.details(privateId)).isInstanceOf(AccessDeniedException.class);
        assertThat(articles.details(sharedId).editable()).isFalse();
        assertThatThrownBy(() -> articles.editable(sharedId)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> articles.setArchived(sharedId, true)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> articles.setVisibility(sharedId, ArticleVisibility.PRIVATE))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void students_can_neither_list_nor_import_nor_edit_articles() {
        long id = publish("Student-proof " + marker, ArticleVisibility.SHARED, "Words.");
        accounts.signInAs(accounts.student().username());

        assertThatThrownBy(() -> articles.library(LibraryFilter.all(), PageRequest.of(0, 10)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> articles.publish(draft("Mine", "Words."), ArticleVisibility.SHARED))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> articles.editable(id)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> articles.read(id)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void an_archived_article_leaves_the_library_and_the_assignable_list_until_restored() {
        long id = publish("Archived " + marker, ArticleVisibility.SHARED, "Words.");
        articles.setArchived(id, true);

        assertThat(articles.library(new LibraryFilter(marker, false), PageRequest.of(0, 10))).isEmpty();
        assertThat(articles.library(new LibraryFilter(marker, true), PageRequest.of(0, 10)))
                .extracting(LibraryEntry::archived).containsExactly(true);
        assertThat(articles.assignableArticles()).extracting(ArticleSummary::id).doesNotContain(id);

        articles.setArchived(id, false);
        assertThat(articles.assignableArticles()).extracting(ArticleSummary::id).contains(id);
    }

    @Test
    void the_library_searches_title_and_outlet_case_blind_and_pages() {
        for (int i = 1; i <= 5; i++) {
            publish("Paged " + marker + " number " + i, ArticleVisibility.SHARED, "Words " + i + ".");
        }
        LibraryFilter byTitle = new LibraryFilter("PAGED " + marker.toUpperCase(), false);

        assertThat(articles.countLibrary(byTitle)).isEqualTo(5);
        assertThat(articles.library(byTitle, PageRequest.of(0, 2))).hasSize(2);
        assertThat(articles.library(byTitle, PageRequest.of(2, 2))).hasSize(1);
        assertThat(articles.countLibrary(new LibraryFilter("test outlet " + marker, false))).isEqualTo(5);
        assertThat(articles.countLibrary(new LibraryFilter("100%_" + marker, false))).isZero();
    }

    @Test
    void publishing_refuses_a_draft_without_title_or_with_an_impossible_date() {
        ArticleDraft untitled = new ArticleDraft(new ArticleMetadata(" ", null, null, null, null, null, null),
                List.of(new ArticleDraft.Block(ParagraphKind.PARAGRAPH, "Words.")), List.of(), List.of());
        assertThatThrownBy(() -> articles.publish(untitled, ArticleVisibility.SHARED))
                .isInstanceOf(ValidationException.class).hasMessageContaining("title");
        ArticleDraft badDate = untitled.withMetadata(new ArticleMetadata("T", null, null, null, "2024-02-31", null, null));
        assertThatThrownBy(() -> articles.publish(badDate, ArticleVisibility.SHARED))
                .isInstanceOf(ValidationException.class).hasMessageContaining("not a real date");
    }
}
