package org.sourcelens.durability;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** The packaged app as its own JVM (so it can be killed like a crashing server), with its log in a file. */
final class AppProcess {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final Process process;
    private final Path log;
    final int port;
    private final long startedAt;
    private final long logOffset;

    private AppProcess(Process process, Path log, int port, long startedAt, long logOffset) {
        this.process = process;
        this.log = log;
        this.port = port;
        this.startedAt = startedAt;
        this.logOffset = logOffset;
    }

    static AppProcess start(Path jar, List<String> arguments, Map<String, String> environment, Path log)
            throws IOException {
        int port = freePort();
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-jar");
        command.add(jar.toString());
        command.addAll(arguments);
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().putAll(environment);
        builder.environment().put("PORT", String.valueOf(port));
        builder.environment().put("VAADIN_USAGE_STATS_ENABLED", "false");
        long logOffset = Files.exists(log) ? Files.size(log) : 0;
        long startedAt = System.nanoTime();
        return new AppProcess(builder.start(), log, port, startedAt, logOffset);
    }

    String baseUrl() {
        return "http://localhost:" + port + "/";
    }

    /**
     * Waits until the sign-in page is served and this start has logged {@code readyLine} (the demo
     * content is created after the server is up); returns the time since the JVM was started.
     */
    Duration awaitServing(Duration timeout, String readyLine) throws InterruptedException, IOException {
        long deadline = System.nanoTime() + timeout.toNanos();
        HttpRequest login = HttpRequest.newBuilder(URI.create(baseUrl() + "login")).timeout(Duration.ofSeconds(5))
                .GET().build();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The app exited with " + process.exitValue() + " while starting; see "
                        + log);
            }
            try {
                if (HTTP.send(login, HttpResponse.BodyHandlers.discarding()).statusCode() == 200
                        && loggedSinceStart().contains(readyLine)) {
                    return Duration.ofNanos(System.nanoTime() - startedAt);
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("The app did not serve /login within " + timeout + "; see " + log);
    }

    private String loggedSinceStart() throws IOException {
        byte[] all = Files.readAllBytes(log);
        return new String(all, (int) Math.min(logOffset, all.length), (int) Math.max(0, all.length - logOffset),
                java.nio.charset.StandardCharsets.UTF_8);
    }

    /** SIGKILL on Linux: no shutdown hook, no database close, exactly like a crash of the JVM. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    /** SIGTERM: Spring shuts down and closes the database. */
    void stop() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            process.waitFor();
        }
    }

    boolean isAlive() {
        return process.isAlive();
    }

    String logTail(int lines) {
        try {
            List<String> all = Files.readAllLines(log);
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
