package org.sourcelens.privacy;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import javax.sql.DataSource;

/**
 * Looks for a person everywhere in the database, whatever tables a later migration adds: read from
 * the JDBC metadata, not from a list kept by hand. A column refers to a person when it is a foreign
 * key to {@code user_account} or its name says so ({@code student_id}, {@code author_id},
 * {@code user_id}, {@code actor_id}, {@code graded_by}, ...).
 */
final class SchemaScan {

    private static final Pattern PERSON_COLUMN = Pattern.compile(
            "(?i).*(student|author|user|actor|owner|instructor|account|member|person|grader|graded|created|subject)"
                    + ".*(_id|_by)");
    private static final Set<Integer> INTEGERS = Set.of(Types.BIGINT, Types.INTEGER, Types.SMALLINT);
    private static final Set<Integer> TEXTS = Set.of(Types.VARCHAR, Types.CHAR, Types.CLOB, Types.LONGVARCHAR,
            Types.NVARCHAR, Types.NCHAR, Types.NCLOB, Types.LONGNVARCHAR);

    record Column(String table, String name) implements Comparable<Column> {

        @Override
        public int compareTo(Column other) {
            return toString().compareTo(other.toString());
        }

        @Override
        public String toString() {
            return (table + "." + name).toLowerCase(Locale.ROOT);
        }
    }

    private final DataSource dataSource;

    SchemaScan(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Every column that holds a person's id, {@code user_account.id} included. */
    Set<Column> personColumns() throws SQLException {
        Set<Column> found = new TreeSet<>();
        try (Connection connection = dataSource.getConnection()) {
            DatabaseMetaData meta = connection.getMetaData();
            String schema = connection.getSchema();
            String userAccount = tableName(meta, schema, "user_account");
            found.add(new Column(userAccount, columnName(meta, schema, userAccount, "id")));
            try (ResultSet keys = meta.getExportedKeys(null, schema, tableName(meta, schema, "user_account"))) {
                while (keys.next()) {
                    found.add(new Column(keys.getString("FKTABLE_NAME"), keys.getString("FKCOLUMN_NAME")));
                }
            }
            for (ColumnInfo column : columns(meta, schema)) {
                if (INTEGERS.contains(column.type()) && PERSON_COLUMN.matcher(column.name()).matches()) {
                    found.add(new Column(column.table(), column.name()));
                }
            }
        }
        return found;
    }

    /** Every column of every table. */
    Set<Column> allColumns() throws SQLException {
        Set<Column> all = new TreeSet<>();
        try (Connection connection = dataSource.getConnection()) {
            for (ColumnInfo column : columns(connection.getMetaData(), connection.getSchema())) {
                all.add(new Column(column.table(), column.name()));
            }
        }
        return all;
    }

    /** How many rows of each person column hold this id (columns without any are left out). */
    Map<Column, Long> rowsReferencing(long id) throws SQLException {
        Map<Column, Long> counts = new LinkedHashMap<>();
        for (Column column : personColumns()) {
            long count = count("select count(*) from " + quoted(column.table()) + " where " + quoted(column.name())
                    + " = ?", id);
            if (count > 0) {
                counts.put(column, count);
            }
        }
        return counts;
    }

    /** How many rows of each text column of every table contain this text, in any case (columns without any are left out). */
    Map<Column, Long> rowsContaining(String text) throws SQLException {
        List<ColumnInfo> texts = new ArrayList<>();
        try (Connection connection = dataSource.getConnection()) {
            for (ColumnInfo column : columns(connection.getMetaData(), connection.getSchema())) {
                if (TEXTS.contains(column.type())) {
                    texts.add(column);
                }
            }
        }
        String pattern = "%" + text.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%")
                .replace("_", "\\_") + "%";
        Map<Column, Long> counts = new LinkedHashMap<>();
        for (ColumnInfo column : texts) {
            long count = count("select count(*) from " + quoted(column.table()) + " where lower("
                    + quoted(column.name()) + ") like ? escape '\\'", pattern);
            if (count > 0) {
                counts.put(new Column(column.table(), column.name()), count);
            }
        }
        return counts;
    }

    private record ColumnInfo(String table, String name, int type) {
    }

    private static List<ColumnInfo> columns(DatabaseMetaData meta, String schema) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (ResultSet rows = meta.getTables(null, schema, "%", null)) {
            while (rows.next()) {
                String type = rows.getString("TABLE_TYPE");
                if ("TABLE".equals(type) || "BASE TABLE".equals(type)) {
                    tables.add(rows.getString("TABLE_NAME"));
                }
            }
        }
        if (tables.isEmpty()) {
            throw new IllegalStateException("No tables found in schema " + schema);
        }
        List<ColumnInfo> columns = new ArrayList<>();
        for (String table : tables) {
            try (ResultSet rows = meta.getColumns(null, schema, table, "%")) {
                while (rows.next()) {
                    columns.add(new ColumnInfo(table, rows.getString("COLUMN_NAME"), rows.getInt("DATA_TYPE")));
                }
            }
        }
        return columns;
    }

    private static String tableName(DatabaseMetaData meta, String schema, String name) throws SQLException {
        for (String candidate : List.of(name.toUpperCase(Locale.ROOT), name)) {
            try (ResultSet rows = meta.getTables(null, schema, candidate, null)) {
                if (rows.next()) {
                    return rows.getString("TABLE_NAME");
                }
            }
        }
        throw new IllegalStateException("No table " + name);
    }

    /** A column's name as the database keeps it (upper case on H2, lower case on PostgreSQL). */
    private static String columnName(DatabaseMetaData meta, String schema, String table, String name)
            throws SQLException {
        try (ResultSet rows = meta.getColumns(null, schema, table, "%")) {
            while (rows.next()) {
                String column = rows.getString("COLUMN_NAME");
                if (column.equalsIgnoreCase(name)) {
                    return column;
                }
            }
        }
        throw new IllegalStateException("No column " + table + "." + name);
    }

    /** Names exactly as the metadata gives them (on H2, Flyway's own table is in lower case, ours in upper). */
    private static String quoted(String name) {
        return '"' + name.replace("\"", "\"\"") + '"';
    }

    private long count(String sql, Object parameter) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setObject(1, parameter);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }
}
