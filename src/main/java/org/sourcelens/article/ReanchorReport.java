package org.sourcelens.article;

/** What an edit of an article did to the highlights made on its previous version. */
public record ReanchorReport(int kept, int moved, int orphaned) {

    public static ReanchorReport none() {
        return new ReanchorReport(0, 0, 0);
    }

    public ReanchorReport plus(ReanchorReport other) {
        return new ReanchorReport(kept + other.kept, moved + other.moved, orphaned + other.orphaned);
    }
}
