package org.sourcelens.article;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The raw seed articles shipped in {@code seeds/}: each {@code NAME.txt} exactly as it was scraped,
 * with a sidecar {@code NAME.properties} giving the metadata the text itself does not state cleanly.
 */
final class SeedArticles {

    record Seed(String sourceKey, String rawText, ArticleMetadata metadata) {
    }

    private SeedArticles() {
    }

    static List<Seed> load(String locationPattern) {
        try {
            Resource[] texts = new PathMatchingResourcePatternResolver().getResources(locationPattern);
            return Arrays.stream(texts)
                    .sorted(Comparator.comparing(Resource::getFilename))
                    .map(SeedArticles::seed)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list the seed articles at " + locationPattern, e);
        }
    }

    private static Seed seed(Resource text) {
        String name = text.getFilename().replaceFirst("\\.txt$", "");
        try (InputStream in = text.getInputStream()) {
            String raw = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return new Seed("seed:" + name, raw, sidecar(text.createRelative(name + ".properties")));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the seed article " + name, e);
        }
    }

    private static ArticleMetadata sidecar(Resource resource) throws IOException {
        if (!resource.exists()) {
            return ArticleMetadata.empty();
        }
        Properties properties = new Properties();
        try (InputStreamReader reader = new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return new ArticleMetadata(properties.getProperty("title"), properties.getProperty("outlet"),
                properties.getProperty("outlet.kind"), properties.getProperty("author"),
                properties.getProperty("published"), properties.getProperty("published.note"),
                properties.getProperty("original.url"));
    }
}
