package org.sourcelens.annotation.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.shared.Registration;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.sourcelens.annotation.DiscussionService;
import org.sourcelens.annotation.HighlightReader;
import org.sourcelens.annotation.HighlightService;
import org.sourcelens.annotation.HighlightView;
import org.sourcelens.annotation.PeerHighlight;
import org.sourcelens.annotation.Reply;
import org.sourcelens.annotation.anchoring.Position;
import org.sourcelens.article.ArticleContent;
import org.sourcelens.article.ui.ArticleReader;
import org.sourcelens.base.ValidationException;
import org.sourcelens.base.ui.PushAs;
import org.sourcelens.base.ui.SelectableText;
import org.sourcelens.base.ui.Texts;
import org.sourcelens.security.CurrentUser;
import org.sourcelens.security.Roles;

/**
 * An assigned article in the reader; students highlight passages with a tag and a note beside it.
 * The page is built once; later changes replace only the marked text and the lists, so a note being
 * typed or a selection being made is never thrown away.
 */
@Route("read/:assignmentId(\\d+)")
@RolesAllowed({Roles.STUDENT, Roles.INSTRUCTOR})
public class ReaderView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final transient HighlightService highlights;
    private final transient AuthenticationContext authentication;
    private long assignmentId;
    private String title = getTranslation("page.title", getTranslation("annotation.reader.defaultTitle"));
    private boolean student;
    SelectableText text;
    private List<ArticleReader.Mark> shownMarks;
    HighlightPanel panel;
    PeerHighlights peers;
    final Span announcer = new Span();
    private final transient DiscussionService discussions;
    final Span readingNow = new Span();
    private final transient LiveReaders live;
    private final transient CurrentUser currentUser;
    private Registration liveRegistration;
    private int peersShown;
    private int repliesShown;

    public ReaderView(HighlightService highlights, DiscussionService discussions,
            AuthenticationContext authentication, LiveReaders live, CurrentUser currentUser) {
        this.highlights = highlights;
        this.discussions = discussions;
        announcer.addClassName("visually-hidden");
        announcer.getElement().setAttribute("aria-live", "polite");
        this.authentication = authentication;
        this.live = live;
        this.currentUser = currentUser;
        readingNow.setId("reading-now");
        readingNow.addClassName("reading-now");
        addClassName("reader-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        assignmentId = event.getRouteParameters().getLong("assignmentId").orElseThrow();
        build(highlights.reader(assignmentId));
        if (liveRegistration != null) {
            getUI().ifPresent(this::joinLive);
        }
    }

    private void build(HighlightReader reader) {
        var page = reader.page();
        title = getTranslation("page.title", page.article().title());
        student = authentication.hasRole(Roles.STUDENT);
        Anchor back = new Anchor((student ? "classes/" : "teach/") + page.classId(), "← " + page.className());
        back.setId("back-to-class");
        Nav breadcrumb = new Nav(back);
        breadcrumb.setAriaLabel(getTranslation("article.view.breadcrumb"));
        removeAll();
        add(breadcrumb, readingNow, announcer);
        text = new SelectableText();
        text.setId("article-text");
        shownMarks = null;
        Div layout = new Div(text);
        layout.addClassName("reader-with-panel");
        AnnotationCard.Discussion discussion = new AnnotationCard.Discussion() {
            @Override
            public Reply reply(long highlightId, String body) {
                Reply posted = discussions.reply(highlightId, body);
                refresh(getTranslation("annotation.reader.replyPosted"));
                return posted;
            }

            @Override
            public void helpful(Reply reply, boolean helpful) {
                discussions.setHelpful(reply.id(), helpful);
                refresh(getTranslation(helpful ? "annotation.reader.markedHelpful" : "annotation.reader.unmarkedHelpful"));
            }

            @Override
            public void deleteReply(Reply reply) {
                discussions.deleteReply(reply.id());
                refresh(getTranslation("annotation.reader.replyDeleted"));
            }

            @Override
            public boolean moderates() {
                return !student;
            }
        };
        peers = new PeerHighlights(student, discussion, (peer, returnTo) -> showInText(
                peer.position().startAnchor(), peer.id(), returnTo), student ? null : new PeerHighlights.Moderation() {
            @Override
            public void pin(PeerHighlight highlight, boolean pinned) {
                discussions.setPinned(highlight.id(), pinned);
                refresh(getTranslation(pinned ? "annotation.reader.pinned" : "annotation.reader.unpinned"));
            }

            @Override
            public void endorse(PeerHighlight highlight, boolean endorsed) {
                discussions.setEndorsed(highlight.id(), endorsed);
                refresh(getTranslation(endorsed ? "annotation.reader.endorsed" : "annotation.reader.withdrawn"));
            }
        });
        if (student) {
            panel = new HighlightPanel(reader.tags(), new HighlightPanel.Actions() {
                @Override
                public void highlightSelection(String tag, String note) {
                    createFromSelection(tag, note);
                }

                @Override
                public void delete(HighlightView highlight) {
                    highlights.delete(highlight.id());
                    refresh(getTranslation("annotation.reader.highlightDeleted"));
                }

                @Override
                public boolean update(HighlightView highlight, String tag, String note) {
                    try {
                        highlights.update(highlight.id(), tag, note);
                        refresh(getTranslation("annotation.reader.highlightChanged"));
                        return true;
                    } catch (ValidationException e) {
                        panel.error.setText(Texts.of(e));
                        return false;
                    }
                }

                @Override
                public void jumpTo(HighlightView highlight, Component returnTo) {
                    showInText(highlight.position().startAnchor(), highlight.id(), returnTo);
                }

                @Override
                public void selectBySentence() {
                    text.startSentenceMode();
                }
            }, discussion);
            panel.add(peers);
            layout.add(panel);
            text.addSelectionListener(panel::showSelection);
            text.addConfirmListener(panel.tag::focus);
            text.addMarkListener(this::revealCard);
        } else {
            layout.add(peers);
            text.addMarkListener(this::revealCard);
        }
        add(layout);
        render(reader);
    }

    /** Shows the reader's current state: marks in the text, the student's list, classmates' highlights. */
    private void render(HighlightReader reader) {
        ArticleContent article = reader.page().article();
        List<ArticleReader.Mark> marks = new ArrayList<>();
        for (PeerHighlight other : reader.others()) {
            if (other.orphan()) {
                continue;
            }
            marks.addAll(marks(article, other.position(), other.tag(),
                    other.author() + " — " + other.tag() + (other.note() == null ? "" : ": " + other.note()), false,
                    other.id()));
        }
        for (HighlightView own : reader.mine()) {
            if (!own.orphan()) {
                marks.addAll(marks(article, own.position(), own.tag(),
                        getTranslation("a11y.reader.you") + " — " + own.tag()
                                + (own.note() == null ? "" : ": " + own.note()), true, own.id()));
            }
        }
        if (!marks.equals(shownMarks)) {
            // Only when the marks changed: a new reply or a helpful mark leaves the text (and focus in it) alone.
            text.removeAll();
            text.add(new ArticleReader(article, UI.getCurrent().getLocale(), marks));
            shownMarks = marks;
        }
        Map<Long, List<Reply>> threads = discussions.threads(assignmentId);
        if (panel != null) {
            panel.show(reader.mine(), threads);
        }
        peers.show(reader.others(), threads);
        peersShown = reader.others().size();
        repliesShown = threads.values().stream().mapToInt(List::size).sum();
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        joinLive(attachEvent.getUI());
    }

    /** Listens for this assignment's changes; moving to another assignment in the same view moves the listening too. */
    private void joinLive(UI ui) {
        leaveLive();
        long userId = currentUser.id();
        liveRegistration = live.join(assignmentId, new LiveReaders.Reader(ui, userId, student,
                PushAs.currentUser(), this::classmatesChanged, this::showReadingNow));
        showReadingNow(live.studentsReading(assignmentId, userId));
    }

    private void leaveLive() {
        if (liveRegistration != null) {
            liveRegistration.remove();
            liveRegistration = null;
        }
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        leaveLive();
        super.onDetach(detachEvent);
    }

    /** A classmate (or the instructor) changed something in this assignment: show it, keep what is being typed. */
    void classmatesChanged() {
        int before = peersShown;
        int repliesBefore = repliesShown;
        render(highlights.reader(assignmentId));
        if (peersShown > before) {
            int added = peersShown - before;
            announce(added == 1 ? getTranslation(student ? "annotation.reader.newFromClassmate" : "annotation.reader.newFromStudent")
                    : getTranslation("annotation.reader.newHighlights", added));
        } else if (repliesShown > repliesBefore) {
            int added = repliesShown - repliesBefore;
            announce(added == 1 ? getTranslation("a11y.reader.newReply")
                    : getTranslation("a11y.reader.newReplies", added));
        }
    }

    private void showReadingNow(int count) {
        readingNow.setText(getTranslation(student ? "annotation.reader.classmatesReading" : "annotation.reader.studentsReading",
                count));
    }

    /** A click on a marked passage shows its entry in the margin (own list first, then classmates'). */
    private void revealCard(long highlightId) {
        AnnotationCard card = panel == null ? null : panel.list.card(highlightId);
        if (card == null) {
            card = peers.list.card(highlightId);
        }
        if (card != null) {
            card.reveal();
        }
    }

    private void createFromSelection(String tag, String note) {
        SelectableText.Selected selected = text.selected().orElse(null);
        if (selected == null) {
            panel.error.setText(getTranslation("annotation.reader.selectFirst"));
            return;
        }
        try {
            HighlightView created = highlights.create(assignmentId, new Position(selected.startAnchor(),
                    selected.startOffset(), selected.endAnchor(), selected.endOffset()), selected.text(), tag, note);
            text.clearSelection();
            panel.note.clear();
            refresh(getTranslation("annotation.reader.highlighted", created.tag(), created.quote()));
        } catch (ValidationException e) {
            panel.error.setText(Texts.of(e));
        }
    }

    private void refresh(String announcement) {
        render(highlights.reader(assignmentId));
        announce(announcement);
    }

    private void announce(String message) {
        if (panel != null) {
            panel.error.setText("");
            panel.announce(message);
        } else {
            announcer.setText(message);
        }
    }

    /**
     * Moves the focus to a highlight's mark in the text (its paragraph if the mark is not shown), so a
     * screen reader reads the passage with its description (tag, note, author); Escape returns to the
     * list entry the reader came from.
     */
    private void showInText(String anchor, long highlightId, Component returnTo) {
        getElement().executeJs("""
                const p = document.getElementById($0);
                if (!p) return;
                const target = p.querySelector('mark[data-highlight="' + $2 + '"]') || p;
                target.setAttribute('tabindex', '-1');
                target.scrollIntoView({block: 'center'});
                target.focus();
                const back = (e) => { if (e.key === 'Escape') { e.preventDefault(); $1.focus(); } };
                target.addEventListener('keydown', back);
                target.addEventListener('blur', () => target.removeEventListener('keydown', back), {once: true});
                """, anchor, returnTo.getElement(), String.valueOf(highlightId));
        announce(getTranslation("annotation.reader.showing"));
    }

    /** Splits a highlight into a mark per paragraph it covers. */
    static List<ArticleReader.Mark> marks(ArticleContent article, Position position, String tag, String label,
            boolean own, long id) {
        return ArticleReader.Mark.across(article, position.startAnchor(), position.startOffset(),
                position.endAnchor(), position.endOffset(), tag, label, own, id);
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
