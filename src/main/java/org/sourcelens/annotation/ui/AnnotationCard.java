package org.sourcelens.annotation.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.List;
import org.sourcelens.annotation.Reply;
import org.sourcelens.base.ValidationException;
import org.sourcelens.base.ui.FormError;
import org.sourcelens.base.ui.LocalFormat;
import org.sourcelens.base.ui.Texts;

/**
 * One highlight in a margin list with its discussion thread. Updates replace what it shows but keep
 * the reply being typed and an edit in progress, so a live update never throws away someone's words.
 */
class AnnotationCard extends ListItem {

    /** What a thread asks of the page. */
    interface Discussion {
        Reply reply(long highlightId, String body);

        void helpful(Reply reply, boolean helpful);

        void deleteReply(Reply reply);

        boolean moderates();
    }

    static final int MAX_REPLY = 2_000;

    final long highlightId;
    private final Discussion discussion;
    private final Div body = new Div();
    private final UnorderedList thread = new UnorderedList();
    private final Div replyBox = new Div();
    private final Div replyForm = new Div();
    final TextArea replyText = new TextArea();
    final Button replyButton = new Button(getTranslation("annotation.card.reply"));
    final FormError replyError = new FormError();
    private boolean editing;

    AnnotationCard(long highlightId, Discussion discussion) {
        this.highlightId = highlightId;
        this.discussion = discussion;
        addClassName("highlight-entry");
        getElement().setAttribute("data-highlight", String.valueOf(highlightId));
        thread.addClassName("reply-thread");
        replyBox.addClassName("reply-box");
        replyText.setLabel(getTranslation("annotation.card.yourReply"));
        replyText.setMaxLength(MAX_REPLY);
        replyText.setWidthFull();
        replyText.setValueChangeMode(ValueChangeMode.LAZY);
        Button post = new Button(getTranslation("annotation.card.post"), click -> post());
        post.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
        post.addClassName("post-reply");
        Button cancel = new Button(getTranslation("common.cancel"), click -> closeReply());
        cancel.addThemeVariants(ButtonVariant.LUMO_SMALL);
        replyForm.add(replyText, new Div(post, cancel), replyError);
        replyForm.setVisible(false);
        replyButton.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
        replyButton.addClassName("open-reply");
        replyButton.addClickListener(click -> {
            replyForm.setVisible(true);
            replyButton.setVisible(false);
            replyText.focus();
        });
        replyBox.add(replyButton, replyForm);
        add(body, thread, replyBox);
    }

    /** Shows the highlight itself, unless it is being edited right now. */
    void showBody(Component... parts) {
        if (!editing) {
            body.removeAll();
            body.add(parts);
        }
    }

    /** Replaces the body with an editor until {@link #endEdit()}; updates wait meanwhile. */
    void edit(Component... parts) {
        editing = true;
        body.removeAll();
        body.add(parts);
    }

    void endEdit() {
        editing = false;
    }

    /** The editor is still shown (a save was refused): keep protecting it from updates. */
    void resumeEdit() {
        editing = true;
    }

    /** Brings the card into view and moves the focus to it, after a click on its passage in the text. */
    void reveal() {
        getElement().setAttribute("tabindex", "-1");
        getElement().executeJs("this.scrollIntoView({block: 'nearest'}); this.focus();");
    }

    void showThread(List<Reply> replies) {
        thread.removeAll();
        thread.setVisible(!replies.isEmpty());
        for (Reply reply : replies) {
            thread.add(replyItem(reply));
        }
        replyButton.setText(replies.isEmpty() ? getTranslation("annotation.card.reply") : getTranslation("annotation.card.replies", replies.size()));
        replyButton.setAriaLabel(getTranslation("annotation.card.replyAria"));
    }

    private ListItem replyItem(Reply reply) {
        ListItem item = new ListItem();
        item.addClassName("reply");
        Span author = new Span(reply.byInstructor() ? getTranslation("annotation.card.teacher", reply.author()) : reply.author());
        author.addClassName("reply-author");
        Span when = new Span(" · " + LocalFormat.shortDateTime(reply.createdAt()));
        when.addClassName("card-meta");
        Paragraph text = new Paragraph(reply.body());
        text.addClassName("reply-body");
        item.add(new Div(author, when), text);
        String count = reply.helpful() == 0 ? "" : " (" + reply.helpful() + ")";
        if (reply.mine()) {
            if (reply.helpful() > 0) {
                Span helpful = new Span(getTranslation("annotation.card.foundHelpful", reply.helpful()));
                helpful.addClassName("card-meta");
                item.add(helpful);
            }
        } else {
            Button helpful = new Button(getTranslation(reply.helpfulByMe() ? "annotation.card.helpfulMarked" : "annotation.card.helpful") + count,
                    click -> discussion.helpful(reply, !reply.helpfulByMe()));
            helpful.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
            helpful.addClassName("mark-helpful");
            helpful.getElement().setAttribute("aria-pressed", String.valueOf(reply.helpfulByMe()));
            helpful.setAriaLabel(getTranslation("annotation.card.helpfulAria", reply.author(), count));
            item.add(helpful);
        }
        if (reply.mine() || discussion.moderates()) {
            Button delete = new Button(getTranslation("annotation.card.delete"), click -> discussion.deleteReply(reply));
            delete.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
            delete.addClassName("delete-reply");
            delete.setAriaLabel(getTranslation("annotation.card.deleteAria", reply.author()));
            item.add(delete);
        }
        return item;
    }

    private void post() {
        try {
            discussion.reply(highlightId, replyText.getValue());
            closeReply();
        } catch (ValidationException e) {
            replyError.setText(Texts.of(e));
        }
    }

    private void closeReply() {
        replyText.clear();
        replyForm.setVisible(false);
        replyError.setText("");
        replyButton.setVisible(true);
    }
}
