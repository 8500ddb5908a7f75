package org.tuodi.core.golden;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * All golden cases, in the order of {@code golden/cases.txt} (one file name a line). Loaded from
 * the classpath, so other modules read them from the tuodi-core test-jar.
 */
public final class GoldenCases {

    private GoldenCases() {}

    public static List<GoldenCase> all() {
        return names().stream().map(GoldenCases::load).toList();
    }

    public static List<String> names() {
        return read("golden/cases.txt")
                .lines()
                .map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                .toList();
    }

    public static GoldenCase load(String file) {
        return GoldenCaseReader.read(file, read("golden/" + file));
    }

    private static String read(String resource) {
        try (InputStream in = GoldenCases.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("no resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
