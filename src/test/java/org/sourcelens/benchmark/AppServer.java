package org.sourcelens.benchmark;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The packaged jar run as a child process on its own data directory and port, for the benchmarks
 * that need the real server: start-up time, heap per workspace, students over HTTP.
 */
final class AppServer implements AutoCloseable {

    private static final Pattern USED_HEAP = Pattern.compile("used (\\d+)K");

    private final Process process;
    private final URI base;
    private final long startupNanos;
    private final Path log;

    private AppServer(Process process, URI base, long startupNanos, Path log) {
        this.process = process;
        this.base = base;
        this.startupNanos = startupNanos;
        this.log = log;
    }

    /**
     * Starts the jar and waits until {@code /login} answers 200; the time from starting the
     * process to that answer is {@link #startupMillis()}.
     */
    static AppServer start(Path jar, Path dataDir, int port, String profiles, List<String> jvmOptions)
            throws IOException, InterruptedException {
        Files.createDirectories(dataDir);
        Path log = dataDir.resolveSibling(dataDir.getFileName() + "-" + System.currentTimeMillis() + ".log");
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add("-jar");
        command.add(jar.toString());
        // Spring logs the readiness change (after the application runners: demo content, the administrator)
        command.add("--logging.level.org.springframework.boot.availability=debug");
        if (!profiles.isBlank()) {
            command.add("--spring.profiles.active=" + profiles);
        }
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.to(log.toFile()));
        builder.environment().put("SOURCELENS_DATA_DIR", dataDir.toString());
        builder.environment().put("PORT", Integer.toString(port));
        builder.environment().put("VAADIN_USAGE_STATS_ENABLED", "false");
        URI base = URI.create("http://localhost:" + port);
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        long started = System.nanoTime();
        Process process = builder.start();
        long deadline = started + TimeUnit.MINUTES.toNanos(5);
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The server stopped while starting; see " + log);
            }
            try {
                HttpResponse<Void> response = client.send(HttpRequest.newBuilder(base.resolve("/login"))
                        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    AppServer server = new AppServer(process, base, System.nanoTime() - started, log);
                    server.awaitStarted(deadline);
                    return server;
                }
            } catch (ConnectException e) {
                // not listening yet
            } catch (IOException e) {
                // listening but not answering yet
            }
            Thread.sleep(20);
        }
        process.destroyForcibly();
        throw new IllegalStateException("The server did not serve /login within 5 minutes; see " + log);
    }

    /**
     * Waits until Spring says the application accepts traffic: the login page is served before the
     * application runners (demo content, the administrator) have finished.
     */
    private void awaitStarted(long deadline) throws IOException, InterruptedException {
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The server stopped while starting; see " + log);
            }
            if (Files.readString(log).contains("ACCEPTING_TRAFFIC")) {
                return;
            }
            Thread.sleep(50);
        }
        throw new IllegalStateException("The server did not finish starting within 5 minutes; see " + log);
    }

    URI base() {
        return base;
    }

    long pid() {
        return process.pid();
    }

    double startupMillis() {
        return startupNanos / 1e6;
    }

    Path log() {
        return log;
    }

    /** Runs two full collections and returns the heap in use afterwards, in KB. */
    long liveHeapKb() throws IOException, InterruptedException {
        jcmd("GC.run");
        jcmd("GC.run");
        String info = jcmd("GC.heap_info");
        Matcher used = USED_HEAP.matcher(info);
        if (!used.find()) {
            throw new IllegalStateException("No heap use in: " + info);
        }
        return Long.parseLong(used.group(1));
    }

    private String jcmd(String command) throws IOException, InterruptedException {
        Process jcmd = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                Long.toString(process.pid()), command).redirectErrorStream(true).start();
        String output = new String(jcmd.getInputStream().readAllBytes());
        if (jcmd.waitFor() != 0) {
            throw new IllegalStateException("jcmd " + command + " failed: " + output);
        }
        return output;
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            process.waitFor();
        }
    }
}
