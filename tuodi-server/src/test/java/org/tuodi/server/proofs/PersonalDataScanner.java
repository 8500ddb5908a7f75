package org.tuodi.server.proofs;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.tuodi.core.household.NationalId;

/**
 * Finds personal data in log files: resident identity numbers (18 characters, a plausible birth
 * date and a valid check digit, ISO 7064 MOD 11-2), mobile phone numbers ({@code 1[3-9]} and nine
 * digits, not part of a longer number) and the given names. A finding shows what was found masked,
 * so that the report of the scan does not leak it again.
 */
final class PersonalDataScanner {

    /** 18 characters not part of a longer run of letters and digits. */
    private static final Pattern IDENTITY_NUMBER =
            Pattern.compile("(?<![0-9A-Za-z])[1-9][0-9]{16}[0-9Xx](?![0-9A-Za-z])");

    private static final Pattern PHONE = Pattern.compile("(?<![0-9])1[3-9][0-9]{9}(?![0-9])");

    record Finding(Path file, long line, String kind, String masked) {
        @Override
        public String toString() {
            return file.getFileName() + ":" + line + " " + kind + " " + masked;
        }
    }

    private final List<String> names;

    PersonalDataScanner(Collection<String> names) {
        this.names = names.stream().filter(n -> !n.isBlank()).distinct().toList();
    }

    /** The findings in every {@code .log} file under the directory. */
    List<Finding> scanDirectory(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(dir)) {
            List<Finding> findings = new ArrayList<>();
            for (Path file : files.filter(f -> f.toString().endsWith(".log")).sorted().toList()) {
                findings.addAll(scanFile(file));
            }
            return findings;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The findings of one file, read as UTF-8 (bytes that are not UTF-8 are replaced). */
    List<Finding> scanFile(Path file) {
        List<Finding> findings = new ArrayList<>();
        try (BufferedReader reader =
                new BufferedReader(
                        new InputStreamReader(
                                Files.newInputStream(file),
                                StandardCharsets.UTF_8
                                        .newDecoder()
                                        .onMalformedInput(CodingErrorAction.REPLACE)
                                        .onUnmappableCharacter(CodingErrorAction.REPLACE)))) {
            String line;
            long number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                findings.addAll(scanLine(file, number, line));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return findings;
    }

    List<Finding> scanLine(Path file, long number, String line) {
        List<Finding> findings = new ArrayList<>();
        Matcher id = IDENTITY_NUMBER.matcher(line);
        while (id.find()) {
            if (isIdentityNumber(id.group())) {
                findings.add(
                        new Finding(
                                file,
                                number,
                                "identity-number",
                                id.group().substring(0, 6)
                                        + "********"
                                        + id.group().substring(14)));
            }
        }
        Matcher phone = PHONE.matcher(line);
        while (phone.find()) {
            findings.add(
                    new Finding(
                            file,
                            number,
                            "phone",
                            phone.group().substring(0, 3) + "****" + phone.group().substring(7)));
        }
        for (String name : names) {
            if (line.contains(name)) {
                findings.add(new Finding(file, number, "name", name.charAt(0) + "**"));
            }
        }
        return findings;
    }

    /** A plausible birth date (1900 to 2099) and the right check character. */
    static boolean isIdentityNumber(String text) {
        try {
            int year = Integer.parseInt(text.substring(6, 10));
            if (year < 1900 || year > 2099) {
                return false;
            }
            LocalDate.of(
                    year,
                    Integer.parseInt(text.substring(10, 12)),
                    Integer.parseInt(text.substring(12, 14)));
        } catch (DateTimeException | NumberFormatException e) {
            return false;
        }
        return Character.toUpperCase(text.charAt(17))
                == NationalId.checkCharacter(text.substring(0, 17));
    }
}
