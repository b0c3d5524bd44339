package org.sourcelens.annotation.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongFunction;

/**
 * A margin list of annotation cards kept by highlight id: an update adds the new cards, drops the
 * gone ones and moves a card only when the order changed, so that a reply being typed in an
 * untouched card stays where it is.
 */
class AnnotationList extends UnorderedList {

    private final Map<Long, AnnotationCard> cards = new LinkedHashMap<>();
    private final ListItem empty = new ListItem();

    /** Shows the cards for {@code ids} in that order, creating missing ones; returns them by id. */
    Map<Long, AnnotationCard> sync(List<Long> ids, LongFunction<AnnotationCard> create, String emptyText) {
        Set<Long> wanted = new HashSet<>(ids);
        cards.entrySet().removeIf(entry -> {
            if (!wanted.contains(entry.getKey())) {
                remove(entry.getValue());
                return true;
            }
            return false;
        });
        if (ids.isEmpty()) {
            empty.setText(emptyText);
            if (empty.getParent().isEmpty()) {
                add(empty);
            }
        } else if (empty.getParent().isPresent()) {
            remove(empty);
        }
        for (int i = 0; i < ids.size(); i++) {
            long id = ids.get(i);
            AnnotationCard card = cards.computeIfAbsent(id, create::apply);
            List<Component> children = getChildren().toList();
            if (i >= children.size() || children.get(i) != card) {
                addComponentAtIndex(i, card);
            }
        }
        return cards;
    }

    AnnotationCard card(long id) {
        return cards.get(id);
    }
}
