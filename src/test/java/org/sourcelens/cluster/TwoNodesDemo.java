package org.sourcelens.cluster;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.openqa.selenium.WebDriver;
import org.sourcelens.BrowserTest;

/**
 * {@code scripts/two-nodes}: starts an embedded PostgreSQL, two app nodes and nginx in front
 * ({@link TwoNodes}), shows a highlight made on one node arriving on the other in two headless
 * browsers, then keeps everything running for trying it by hand until Enter (or, with
 * {@code --exit}, stops at once). Exit code 1 when the highlight does not arrive.
 */
public final class TwoNodesDemo {

    private TwoNodesDemo() {
    }

    public static void main(String[] arguments) throws Exception {
        boolean exit = java.util.List.of(arguments).contains("--exit");
        Path directory = Path.of("target", "two-nodes");
        System.out.println("Starting PostgreSQL, two nodes and nginx (logs in " + directory + ") ...");
        int status = 0;
        try (TwoNodes cluster = TwoNodes.start(directory)) {
            System.out.println("node1: " + cluster.nodeUrl(1) + "  node2: " + cluster.nodeUrl(2)
                    + "  proxy (sticky sessions): " + cluster.proxyUrl());
            try {
                HighlightAcrossNodes.walk(cluster, TwoNodesDemo::browser, step -> System.out.println("  " + step));
                System.out.println("The highlight made on one node arrived on the other.");
            } catch (AssertionError | RuntimeException e) {
                System.out.println("FAILED: " + e.getMessage());
                status = 1;
            }
            if (!exit) {
                System.out.println("Open " + cluster.proxyUrl() + " in two browsers (demo accounts in README.md). "
                        + "Press Enter to stop.");
                System.in.read();
            }
        }
        System.exit(status);
    }

    private static WebDriver browser() {
        try {
            return BrowserTest.launchBrowser();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
