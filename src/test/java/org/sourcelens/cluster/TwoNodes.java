package org.sourcelens.cluster;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Two SourceLens nodes on one PostgreSQL behind nginx with sticky sessions, all on loopback: an
 * embedded PostgreSQL server, two app processes (the postgres and demo profiles, the first one
 * seeds the demo content) and Debian's nginx in front. nginx sends a browser's first request to
 * either node and sets a {@value #NODE_COOKIE} cookie naming the node that answered; later requests
 * with that cookie go to the same node (to the other one only if it is down). Used by
 * {@link TwoNodesBT} and by {@code scripts/two-nodes}.
 */
final class TwoNodes implements AutoCloseable {

    static final String NODE_COOKIE = "SOURCELENS_NODE";
    private static final Duration START_TIMEOUT = Duration.ofMinutes(4);

    private final Path directory;
    private final List<Process> processes = new ArrayList<>();
    private final EmbeddedPostgres postgres;
    private final int[] nodePorts;
    private final int proxyPort;

    private TwoNodes(Path directory, EmbeddedPostgres postgres, int[] nodePorts, int proxyPort) {
        this.directory = directory;
        this.postgres = postgres;
        this.nodePorts = nodePorts;
        this.proxyPort = proxyPort;
    }

    /** Starts everything; logs go to {@code directory}. Returns when both nodes and the proxy answer. */
    static TwoNodes start(Path where) throws IOException, InterruptedException {
        Path directory = Files.createDirectories(where).toAbsolutePath();
        String nginx = nginx();
        EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
        TwoNodes cluster = new TwoNodes(directory, postgres, new int[] {freePort(), freePort()}, freePort());
        try {
            // One after the other: the first node creates the schema and the demo content.
            for (int node = 1; node <= 2; node++) {
                cluster.startNode(node);
                cluster.awaitLogin(cluster.nodeUrl(node), "node " + node);
            }
            cluster.startProxy(nginx);
            cluster.awaitLogin(cluster.proxyUrl(), "nginx");
            return cluster;
        } catch (IOException | InterruptedException | RuntimeException e) {
            cluster.close();
            throw e;
        }
    }

    String proxyUrl() {
        return "http://localhost:" + proxyPort + "/";
    }

    String nodeUrl(int node) {
        return "http://localhost:" + nodePorts[node - 1] + "/";
    }

    private void startNode(int node) throws IOException {
        List<String> command = List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-XX:TieredStopAtLevel=1",
                "-cp", applicationClassPath(),
                "org.sourcelens.Application",
                "--server.port=" + nodePorts[node - 1],
                "--server.address=127.0.0.1",
                "--spring.profiles.active=postgres,demo",
                "--vaadin.launch-browser=false");
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(directory.resolve("node" + node + ".log").toFile());
        Map<String, String> environment = builder.environment();
        environment.put("SOURCELENS_DB_URL", postgres.getJdbcUrl("postgres", "postgres"));
        environment.put("SOURCELENS_DB_USER", "postgres");
        environment.put("SOURCELENS_DB_PASSWORD", "");
        environment.put("SOURCELENS_DATA_DIR", directory.resolve("node" + node + "-data").toString());
        environment.put("VAADIN_USAGE_STATS_ENABLED", "false");
        processes.add(builder.start());
    }

    private void startProxy(String nginx) throws IOException {
        Path prefix = Files.createDirectories(directory.resolve("nginx"));
        // nginx's workers may run as another user than the master: let them write their temp files.
        Files.setPosixFilePermissions(prefix, PosixFilePermissions.fromString("rwxrwxrwx"));
        Path config = prefix.resolve("nginx.conf");
        Files.writeString(config, nginxConfig(prefix));
        processes.add(new ProcessBuilder(nginx, "-p", prefix.toString(), "-c", config.toString(), "-g", "daemon off;")
                .redirectErrorStream(true)
                .redirectOutput(prefix.resolve("nginx.out").toFile())
                .start());
    }

    /**
     * Sticky sessions with open-source nginx: a browser without the node cookie goes to either node
     * (round robin); the response sets the cookie to the node that answered ({@code $upstream_addr});
     * with the cookie it goes to that node, or to the other one if that node is down.
     */
    private String nginxConfig(Path prefix) {
        String one = "127.0.0.1:" + nodePorts[0];
        String two = "127.0.0.1:" + nodePorts[1];
        return """
                worker_processes 1;
                pid %1$s/nginx.pid;
                error_log %1$s/error.log warn;
                events { worker_connections 512; }
                http {
                    access_log %1$s/access.log;
                    client_body_temp_path %1$s/client_body;
                    proxy_temp_path %1$s/proxy;
                    fastcgi_temp_path %1$s/fastcgi;
                    uwsgi_temp_path %1$s/uwsgi;
                    scgi_temp_path %1$s/scgi;

                    upstream node1 { server %2$s; server %3$s backup; }
                    upstream node2 { server %3$s; server %2$s backup; }
                    upstream any_node { server %2$s; server %3$s; }

                    map $cookie_%4$s $sticky_node { node1 node1; node2 node2; default any_node; }
                    map $upstream_addr $answering_node { "%2$s" node1; "%3$s" node2; default ""; }
                    map $http_upgrade $connection_upgrade { default upgrade; "" ""; }

                    server {
                        listen 127.0.0.1:%5$d;
                        location / {
                            proxy_pass http://$sticky_node;
                            proxy_http_version 1.1;
                            proxy_set_header Host $http_host;
                            proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
                            proxy_set_header X-Forwarded-Proto $scheme;
                            proxy_set_header X-Forwarded-Port $server_port;
                            proxy_set_header Upgrade $http_upgrade;
                            proxy_set_header Connection $connection_upgrade;
                            proxy_read_timeout 1h;
                            proxy_buffering off;
                            add_header Set-Cookie "%4$s=$answering_node; Path=/; HttpOnly; SameSite=Lax" always;
                        }
                    }
                }
                """.formatted(prefix, one, two, NODE_COOKIE, proxyPort);
    }

    private void awaitLogin(String baseUrl, String what) throws IOException, InterruptedException {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            for (Process process : processes) {
                if (!process.isAlive()) {
                    throw new IllegalStateException(what + " did not start: a process ended with exit code "
                            + process.exitValue() + "; see the logs in " + directory);
                }
            }
            try {
                HttpResponse<Void> response = client.send(HttpRequest.newBuilder(URI.create(baseUrl + "login"))
                        .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException(what + " did not serve the login page within " + START_TIMEOUT
                + "; see the logs in " + directory);
    }

    /** The classpath the test runs with, without the test classes: the application as a node runs it. */
    private static String applicationClassPath() {
        String classPath = System.getProperty("sourcelens.node.classpath", System.getProperty("java.class.path"));
        return Arrays.stream(classPath.split(File.pathSeparator))
                .filter(entry -> !entry.endsWith("test-classes") && !entry.endsWith("test-classes/"))
                .collect(Collectors.joining(File.pathSeparator));
    }

    private static String nginx() {
        for (String candidate : List.of(System.getProperty("sourcelens.nginx", "/usr/sbin/nginx"), "/usr/bin/nginx")) {
            if (Files.isExecutable(Path.of(candidate))) {
                return candidate;
            }
        }
        throw new IllegalStateException("nginx is not installed: apt-get install nginx (.ci/run does it)");
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @Override
    public void close() {
        for (Process process : processes.reversed()) {
            process.destroy();
        }
        for (Process process : processes) {
            try {
                if (!process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                process.destroyForcibly();
                Thread.currentThread().interrupt();
            }
        }
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
