package org.sourcelens.annotation.ui;

import com.vaadin.flow.component.UI;
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
import org.sourcelens.annotation.HighlightReader;
import org.sourcelens.annotation.HighlightService;
import org.sourcelens.annotation.HighlightView;
import org.sourcelens.annotation.PeerHighlight;
import org.sourcelens.annotation.anchoring.Position;
import org.sourcelens.article.ArticleContent;
import org.sourcelens.article.ui.ArticleReader;
import org.sourcelens.base.ValidationException;
import org.sourcelens.base.ui.TextSelection;
import org.sourcelens.security.Roles;

/** An assigned article in the reader; students highlight passages with a tag and a note beside it. */
@Route("read/:assignmentId(\\d+)")
@RolesAllowed({Roles.STUDENT, Roles.INSTRUCTOR})
public class ReaderView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final transient HighlightService highlights;
    private final transient AuthenticationContext authentication;
    private long assignmentId;
    private String title = "Reader · SourceLens";
    HighlightPanel panel;

    public ReaderView(HighlightService highlights, AuthenticationContext authentication) {
        this.highlights = highlights;
        this.authentication = authentication;
        addClassName("reader-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        assignmentId = event.getRouteParameters().getLong("assignmentId").orElseThrow();
        show(highlights.reader(assignmentId));
    }

    private void show(HighlightReader reader) {
        var page = reader.page();
        title = page.article().title() + " · SourceLens";
        boolean student = authentication.hasRole(Roles.STUDENT);
        Anchor back = new Anchor((student ? "classes/" : "teach/") + page.classId(), "← " + page.className());
        back.setId("back-to-class");
        Nav breadcrumb = new Nav(back);
        breadcrumb.setAriaLabel("Breadcrumb");
        removeAll();
        add(breadcrumb);
        List<ArticleReader.Mark> marks = new ArrayList<>();
        for (PeerHighlight other : reader.others()) {
            marks.addAll(marks(page.article(), other.position(), other.tag(),
                    other.author() + " — " + other.tag() + (other.note() == null ? "" : ": " + other.note()), false));
        }
        for (HighlightView own : reader.mine()) {
            if (!own.orphan()) {
                marks.addAll(marks(page.article(), own.position(), own.tag(),
                        own.tag() + (own.note() == null ? "" : ": " + own.note()), true));
            }
        }
        ArticleReader text = new ArticleReader(page.article(), UI.getCurrent().getLocale(), marks);
        PeerHighlights peers = new PeerHighlights(reader.others(), student);
        if (!student) {
            Div layout = new Div(text, peers);
            layout.addClassName("reader-with-panel");
            add(layout);
            return;
        }
        String announcement = panel == null ? "" : panel.announcer.getText();
        panel = new HighlightPanel(reader.tags(), new HighlightPanel.Actions() {
            @Override
            public void highlightSelection(String tag, String note) {
                createFromSelection(tag, note);
            }

            @Override
            public void delete(HighlightView highlight) {
                highlights.delete(highlight.id());
                refresh("Highlight deleted.");
            }

            @Override
            public void update(HighlightView highlight, String tag, String note) {
                try {
                    highlights.update(highlight.id(), tag, note);
                    refresh("Highlight changed.");
                } catch (ValidationException e) {
                    panel.error.setText(e.getMessage());
                }
            }

            @Override
            public void jumpTo(HighlightView highlight) {
                getElement().executeJs("const p = document.getElementById($0); if (p) { p.setAttribute('tabindex', '-1');"
                        + " p.scrollIntoView({block: 'center'}); p.focus(); }", highlight.position().startAnchor());
            }
        });
        panel.show(reader.mine());
        panel.announce(announcement);
        panel.add(peers);
        text.addClassName("selectable-text");
        Div layout = new Div(text, panel);
        layout.addClassName("reader-with-panel");
        add(layout);
        TextSelection.remember(this);
    }

    private void createFromSelection(String tag, String note) {
        TextSelection.read(this, "article-body", selected -> {
            if (selected == null) {
                panel.error.setText("Select a passage in the article first.");
                return;
            }
            try {
                HighlightView created = highlights.create(assignmentId, new Position(selected.startAnchor(),
                        selected.startOffset(), selected.endAnchor(), selected.endOffset()), tag, note);
                refresh("Highlighted as " + created.tag() + ": " + created.quote());
            } catch (ValidationException e) {
                panel.error.setText(e.getMessage());
            }
        });
    }

    private void refresh(String announcement) {
        show(highlights.reader(assignmentId));
        panel.announce(announcement);
    }

    /** Splits a highlight into a mark per paragraph it covers. */
    static List<ArticleReader.Mark> marks(ArticleContent article, Position position, String tag, String label,
            boolean own) {
        List<String> anchors = article.paragraphs().stream().map(ArticleContent.Paragraph::anchor).toList();
        List<ArticleReader.Mark> marks = new ArrayList<>();
        int first = anchors.indexOf(position.startAnchor());
        int last = anchors.indexOf(position.endAnchor());
        for (int i = first; i >= 0 && i <= last; i++) {
            int length = article.paragraphs().get(i).text().length();
            int start = i == first ? position.startOffset() : 0;
            int end = i == last ? position.endOffset() : length;
            marks.add(new ArticleReader.Mark(anchors.get(i), start, end, tag, label, own));
        }
        return marks;
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
