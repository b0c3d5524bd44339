package org.sourcelens.durability;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

/**
 * The child process of {@link H2WriteDelayTest}: on the H2 URL it is given, creates a table and
 * leaves it time to reach the file, then commits one row, says "committed" and waits to be killed.
 */
public final class CommitThenWait {

    private CommitThenWait() {
    }

    public static void main(String[] arguments) throws Exception {
        try (Connection connection = DriverManager.getConnection(arguments[0], "sa", "")) {
            try (Statement statement = connection.createStatement()) {
                statement.execute("CREATE TABLE saved (id INT PRIMARY KEY)");
            }
            Thread.sleep(3_000); // well past H2's default 500 ms write delay: the table is on disk
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                statement.executeUpdate("INSERT INTO saved VALUES (1)");
            }
            connection.commit();
            System.out.println("committed");
            System.out.flush();
            Thread.sleep(60_000);
        }
    }
}
