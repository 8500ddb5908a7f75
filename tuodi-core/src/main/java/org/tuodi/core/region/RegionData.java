package org.tuodi.core.region;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * 区划数据: reads the bundled division files (gzip-compressed CSV next to this class, see
 * PROVENANCE.md) into regions, province file first, so that a code listed at two levels is met
 * first at the higher one.
 */
final class RegionData {

    /** Highest level first; the village files cover only Henan (41) and Ningbo (3302). */
    static final List<String> RESOURCES =
            List.of(
                    "provinces.csv.gz",
                    "cities.csv.gz",
                    "counties.csv.gz",
                    "towns.csv.gz",
                    "villages-41-henan.csv.gz",
                    "villages-3302-ningbo.csv.gz");

    private RegionData() {}

    /** All rows of all files, in file order; duplicates across levels are left to the directory. */
    static List<Region> read() {
        List<Region> regions = new ArrayList<>(110_000);
        for (String resource : RESOURCES) {
            read(resource, regions);
        }
        return regions;
    }

    private static void read(String resource, List<Region> into) {
        InputStream raw = RegionData.class.getResourceAsStream(resource);
        if (raw == null) {
            throw new IllegalStateException(
                    "division data missing from the classpath: " + resource);
        }
        try (BufferedReader lines =
                new BufferedReader(
                        new InputStreamReader(
                                new GZIPInputStream(raw, 1 << 16), StandardCharsets.UTF_8),
                        1 << 16)) {
            lines.readLine(); // the header: code,name,<parent code>,...
            int lineNumber = 1;
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                lineNumber++;
                if (!line.isEmpty()) {
                    into.add(region(fields(line), resource + ":" + lineNumber));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read division data " + resource, e);
        }
    }

    /** A row is code, name and (except for provinces) the code of the region one level up. */
    private static Region region(List<String> fields, String where) {
        try {
            String code = fields.get(0);
            if (fields.size() > 2 && !code.startsWith(fields.get(2))) {
                throw new IllegalArgumentException(
                        "code " + code + " does not lie within its parent " + fields.get(2));
            }
            return Region.of(RegionCode.of(code), fields.get(1));
        } catch (RuntimeException e) {
            throw new IllegalStateException(
                    "bad division row at " + where + ": " + e.getMessage(), e);
        }
    }

    /**
     * The fields of one CSV line (RFC 4180): comma-separated, a field may be quoted, and a quote
     * inside a quoted field is doubled. Division names never span lines, so a line is a record.
     * Fields are cut out with {@code substring} rather than copied char by char, which keeps a warm
     * load at about a tenth of a second.
     */
    static List<String> fields(String line) {
        List<String> fields = new ArrayList<>(6);
        int at = 0;
        while (true) {
            if (at < line.length() && line.charAt(at) == '"') {
                at = quoted(line, at, fields);
            } else {
                int comma = line.indexOf(',', at);
                int end = comma < 0 ? line.length() : comma;
                fields.add(line.substring(at, end));
                at = end;
            }
            if (at == line.length()) {
                return fields;
            }
            if (line.charAt(at) != ',') {
                throw new IllegalArgumentException("text after a closing quote in: " + line);
            }
            at++;
        }
    }

    /** Adds the quoted field opening at {@code open}; returns the index after its closing quote. */
    private static int quoted(String line, int open, List<String> into) {
        StringBuilder doubled = null;
        int from = open + 1;
        while (true) {
            int quote = line.indexOf('"', from);
            if (quote < 0) {
                throw new IllegalArgumentException("unterminated quoted field in: " + line);
            }
            boolean escaped = quote + 1 < line.length() && line.charAt(quote + 1) == '"';
            if (!escaped && doubled == null) {
                into.add(line.substring(open + 1, quote));
                return quote + 1;
            }
            doubled = doubled == null ? new StringBuilder() : doubled;
            doubled.append(line, from, quote);
            if (!escaped) {
                into.add(doubled.toString());
                return quote + 1;
            }
            doubled.append('"');
            from = quote + 2;
        }
    }
}
