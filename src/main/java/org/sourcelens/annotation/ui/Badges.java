package org.sourcelens.annotation.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import java.util.ArrayList;
import java.util.List;

/** The teacher's marks on an annotation, in words (never only a colour or an icon). */
final class Badges {

    private Badges() {
    }

    static List<Component> of(boolean pinned, boolean endorsed, boolean forStudent) {
        List<Component> badges = new ArrayList<>();
        if (pinned) {
            badges.add(badge(forStudent ? "Pinned by your teacher" : "Pinned for the class", "badge-pinned"));
        }
        if (endorsed) {
            badges.add(badge(forStudent ? "Endorsed by your teacher" : "Endorsed", "badge-endorsed"));
        }
        return badges;
    }

    private static Span badge(String text, String className) {
        Span badge = new Span(text);
        badge.addClassNames("badge", className);
        return badge;
    }
}
