package org.sourcelens.annotation.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import java.util.ArrayList;
import java.util.List;
import org.sourcelens.base.ui.Texts;

/** The teacher's marks on an annotation, in words (never only a colour or an icon). */
final class Badges {

    private Badges() {
    }

    static List<Component> of(boolean pinned, boolean endorsed, boolean forStudent) {
        List<Component> badges = new ArrayList<>();
        if (pinned) {
            badges.add(badge(Texts.get(forStudent ? "annotation.badge.pinnedForStudent" : "annotation.badge.pinned"), "badge-pinned"));
        }
        if (endorsed) {
            badges.add(badge(Texts.get(forStudent ? "annotation.badge.endorsedForStudent" : "annotation.badge.endorsed"), "badge-endorsed"));
        }
        return badges;
    }

    private static Span badge(String text, String className) {
        Span badge = new Span(text);
        badge.addClassNames("badge", className);
        return badge;
    }
}
