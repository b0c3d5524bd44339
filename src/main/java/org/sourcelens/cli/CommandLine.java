package org.sourcelens.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.sourcelens.Application;
import org.sourcelens.article.ArticleService;
import org.sourcelens.article.ImportOutcome;
import org.sourcelens.article.SourceMaps;
import org.sourcelens.base.ValidationException;
import org.sourcelens.security.SystemTask;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Administrators' commands on the packaged jar, run without the web server:
 * {@code import FILE...} loads articles into the configured database with the same cleaning and
 * validation as the import screen; {@code source-map FILE} prints a file's source map as JSON.
 */
public final class CommandLine {

    static final int OK = 0;
    static final int REFUSED = 1;
    static final int USAGE = 2;

    /** Vaadin's auto-configuration needs a web application context, which a command-line run does not have. */
    private static final List<String> VAADIN_WEB_CONFIGURATION = List.of(
            "com.vaadin.flow.spring.SpringBootAutoConfiguration",
            "com.vaadin.flow.spring.SpringSecurityAutoConfiguration",
            "com.vaadin.flow.spring.VaadinScopesConfig");

    private CommandLine() {
    }

    public static boolean isCommand(String[] args) {
        return args.length > 0 && (args[0].equals("import") || args[0].equals("source-map"));
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        List<String> files = Arrays.stream(args).skip(1).filter(arg -> !arg.startsWith("--")).toList();
        String[] springArgs = Arrays.stream(args).skip(1).filter(arg -> arg.startsWith("--")).toArray(String[]::new);
        if (files.isEmpty()) {
            err.println("Usage: java -jar sourcelens.jar import FILE... [--spring.profiles.active=...]");
            err.println("       java -jar sourcelens.jar source-map FILE");
            return USAGE;
        }
        return args[0].equals("import") ? importFiles(files, springArgs, out, err) : sourceMap(files, out, err);
    }

    private static int sourceMap(List<String> files, PrintStream out, PrintStream err) {
        if (files.size() != 1) {
            err.println("source-map takes exactly one file.");
            return USAGE;
        }
        Path file = Path.of(files.getFirst());
        try {
            byte[] bytes = Files.readAllBytes(file);
            JsonMapper json = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
            out.println(json.writeValueAsString(SourceMaps.ofFile(file.getFileName().toString(), bytes)));
            return OK;
        } catch (IOException e) {
            err.println("Cannot read " + file + ": " + e.getMessage());
            return REFUSED;
        } catch (ValidationException e) {
            err.println("Refused " + file + ": " + e.getMessage());
            return REFUSED;
        }
    }

    private static int importFiles(List<String> files, String[] springArgs, PrintStream out, PrintStream err) {
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(Application.class)
                .web(WebApplicationType.NONE)
                .properties("spring.autoconfigure.exclude=" + String.join(",", VAADIN_WEB_CONFIGURATION))
                .logStartupInfo(false)
                .run(springArgs)) {
            ArticleService articles = app.getBean(ArticleService.class);
            int refused = 0;
            for (String name : files) {
                Path file = Path.of(name);
                try {
                    byte[] bytes = Files.readAllBytes(file);
                    ImportOutcome outcome = SystemTask.asAdministrator(
                            () -> articles.importFile(file.getFileName().toString(), bytes));
                    out.println((outcome.created() ? "imported  " : "unchanged ") + file + " -> article "
                            + outcome.articleId() + " \"" + outcome.title() + "\" (" + outcome.paragraphs()
                            + " paragraphs, " + outcome.notes() + " notes"
                            + (outcome.created() ? "" : "; this file is already in the library") + ")");
                } catch (IOException e) {
                    refused++;
                    out.println("refused   " + file + ": cannot read it (" + e.getMessage() + ")");
                } catch (ValidationException e) {
                    refused++;
                    out.println("refused   " + file + ": " + e.getMessage());
                }
            }
            out.println(files.size() - refused + " of " + files.size() + " files imported or already present.");
            return refused == 0 ? OK : REFUSED;
        }
    }
}
