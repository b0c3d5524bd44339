package org.sourcelens.annotation;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.sourcelens.annotation.anchoring.AnchorMethod;
import org.sourcelens.annotation.anchoring.Anchoring;
import org.sourcelens.annotation.anchoring.Anchors;
import org.sourcelens.annotation.anchoring.Selector;
import org.sourcelens.annotation.anchoring.TextBlock;
import org.sourcelens.article.ArticleContent;
import org.sourcelens.article.ArticleVersionListener;
import org.sourcelens.article.ReanchorReport;
import org.sourcelens.assignment.AssignmentService;
import org.springframework.stereotype.Component;

/**
 * When an article gets a new version, highlights in readings follow the text: kept where the text is
 * unchanged, moved to where their quote now stands, or kept as orphans with their quote and note.
 * Highlights in assignments with questions stay on the version those assignments read.
 */
@Component
class HighlightReanchoring implements ArticleVersionListener {

    private final HighlightRepository highlights;
    private final AssignmentService assignments;

    HighlightReanchoring(HighlightRepository highlights, AssignmentService assignments) {
        this.highlights = highlights;
        this.assignments = assignments;
    }

    @Override
    public ReanchorReport textChanged(long articleId, int oldVersion, ArticleContent newVersion) {
        List<Highlight> onOldText = highlights.findByArticleIdAndArticleVersion(articleId, oldVersion);
        if (onOldText.isEmpty()) {
            return ReanchorReport.none();
        }
        Set<Long> pinned = assignments.pinnedToTheirVersion(
                onOldText.stream().map(Highlight::getAssignmentId).distinct().toList());
        List<Highlight> following = new ArrayList<>();
        onOldText.stream().filter(h -> !pinned.contains(h.getAssignmentId())).forEach(following::add);
        List<TextBlock> blocks = newVersion.paragraphs().stream()
                .map(p -> new TextBlock(p.anchor(), p.text()))
                .toList();
        int kept = 0;
        int moved = 0;
        int orphaned = 0;
        List<Highlight> placed = following.stream().filter(h -> !h.isOrphan()).toList();
        List<Selector> selectors = placed.stream().map(Highlight::selector).toList();
        List<Anchoring> results = Anchors.reanchorAll(selectors, blocks);
        for (int i = 0; i < placed.size(); i++) {
            Anchoring result = results.get(i);
            placed.get(i).moveTo(newVersion.versionNo(), result.isOrphan() ? null : result.position());
            if (result.isOrphan()) {
                orphaned++;
            } else if (result.method() == AnchorMethod.POSITION) {
                kept++;
            } else {
                moved++;
            }
        }
        following.stream().filter(Highlight::isOrphan).forEach(h -> h.moveTo(newVersion.versionNo(), null));
        return new ReanchorReport(kept, moved, orphaned);
    }
}
