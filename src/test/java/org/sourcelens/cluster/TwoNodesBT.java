package org.sourcelens.cluster;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebDriver;
import org.sourcelens.BrowserTest;

/**
 * Two app nodes on one PostgreSQL behind nginx with sticky sessions ({@link TwoNodes}): two demo
 * students sign in through the proxy and land on different nodes, each stays on its node, and a
 * highlight one of them makes on one node appears live in the other's reader on the other node
 * (PostgreSQL LISTEN/NOTIFY between the nodes, server push to the browser). The steps are in
 * {@link HighlightAcrossNodes}, which {@code scripts/two-nodes} also shows.
 */
class TwoNodesBT extends BrowserTest {

    @Test
    void a_highlight_made_on_one_node_arrives_live_on_the_other() throws Exception {
        try (TwoNodes cluster = TwoNodes.start(Path.of("target", "two-nodes"))) {
            HighlightAcrossNodes.walk(cluster, TwoNodesBT::browser, step -> System.out.println("[two nodes] " + step));
        }
    }

    private static WebDriver browser() {
        try {
            return launchBrowser();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
