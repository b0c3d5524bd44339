package org.sourcelens.article;

import java.net.URI;
import java.util.List;
import java.util.Optional;
import org.jsoup.nodes.Element;

/**
 * Completes and checks every link of an article before it is sanitised: relative addresses are
 * completed against the article's own address (never against a {@code <base>} the page declares,
 * which a hostile page could point anywhere), tracking parameters are removed, and links that are
 * not complete web or e-mail addresses lose their address but keep their text.
 */
final class HtmlLinks {

    private HtmlLinks() {
    }

    static void rewrite(List<Element> roots, URI base, List<String> log) {
        int refused = 0;
        int untracked = 0;
        for (Element root : roots) {
            for (Element link : root.select("a[href]")) {
                String href = link.attr("href");
                Optional<String> clean = LinkAddresses.clean(href, base);
                if (clean.isPresent()) {
                    link.attr("href", clean.get());
                    untracked += LinkAddresses.hasTracking(href) ? 1 : 0;
                } else {
                    link.removeAttr("href");
                    refused += LinkAddresses.isInPage(href) ? 0 : 1;
                }
            }
        }
        if (refused > 0) {
            log.add("Removed the address of " + links(refused) + " that did not lead to a complete web or e-mail "
                    + "address; the linked words are kept as text.");
        }
        if (untracked > 0) {
            log.add("Removed tracking parameters (such as utm_source, fbclid, gclid) from " + links(untracked) + ".");
        }
    }

    private static String links(int count) {
        return count == 1 ? "1 link" : count + " links";
    }
}
