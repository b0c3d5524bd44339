package org.sourcelens.article.ui;

import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;
import org.sourcelens.article.ArticleMetadata;

/** The fields describing where an article comes from; blank means "not stated" to readers. */
public class ArticleMetadataForm extends FormLayout {

    final TextField title = new TextField(getTranslation("article.metadata.title"));
    final TextField outlet = new TextField(getTranslation("article.metadata.outlet"));
    final TextField outletKind = new TextField(getTranslation("article.metadata.outletKind"));
    final TextField author = new TextField(getTranslation("article.metadata.author"));
    final TextField published = new TextField(getTranslation("article.metadata.published"));
    final TextField publishedNote = new TextField(getTranslation("article.metadata.publishedNote"));
    final TextField originalUrl = new TextField(getTranslation("article.metadata.originalUrl"));

    public ArticleMetadataForm() {
        title.setId("meta-title");
        title.setRequired(true);
        title.setMaxLength(500);
        outlet.setId("meta-outlet");
        outlet.setMaxLength(200);
        outletKind.setId("meta-outlet-kind");
        outletKind.setPlaceholder(getTranslation("article.metadata.outletKindPlaceholder"));
        outletKind.setMaxLength(120);
        author.setId("meta-author");
        author.setMaxLength(200);
        author.setHelperText(getTranslation("article.metadata.authorHelper"));
        published.setId("meta-published");
        published.setHelperText(getTranslation("article.metadata.publishedHelper"));
        published.setMaxLength(10);
        publishedNote.setId("meta-published-note");
        publishedNote.setMaxLength(500);
        originalUrl.setId("meta-original-url");
        originalUrl.setMaxLength(2000);
        add(title, outlet, outletKind, author, published, publishedNote, originalUrl);
        setColspan(title, 2);
        setColspan(publishedNote, 2);
        setColspan(originalUrl, 2);
    }

    public void setMetadata(ArticleMetadata metadata) {
        title.setValue(orEmpty(metadata.title()));
        outlet.setValue(orEmpty(metadata.outlet()));
        outletKind.setValue(orEmpty(metadata.outletKind()));
        author.setValue(orEmpty(metadata.author()));
        published.setValue(orEmpty(metadata.published()));
        publishedNote.setValue(orEmpty(metadata.publishedNote()));
        originalUrl.setValue(orEmpty(metadata.originalUrl()));
    }

    public ArticleMetadata getMetadata() {
        return new ArticleMetadata(blankToNull(title), blankToNull(outlet), blankToNull(outletKind),
                blankToNull(author), blankToNull(published), blankToNull(publishedNote), blankToNull(originalUrl));
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }

    private static String blankToNull(TextField field) {
        String value = field.getValue().strip();
        return value.isEmpty() ? null : value;
    }
}
