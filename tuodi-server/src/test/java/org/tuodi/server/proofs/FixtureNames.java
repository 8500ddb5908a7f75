package org.tuodi.server.proofs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.tuodi.core.fixtures.LiXinFamily;
import org.tuodi.core.golden.GoldenCase;
import org.tuodi.core.golden.GoldenCases;
import org.tuodi.core.household.Member;

/**
 * The names of the people in the tests' fixtures: the golden cases, the sample county's
 * members.csv, the Li Xin family of the core fixtures and the proofs' own. None may appear in a
 * log.
 */
final class FixtureNames {

    static final Path SAMPLE_MEMBERS = Path.of("..", "samples", "linying", "members.csv");

    private FixtureNames() {}

    static Set<String> all() {
        Set<String> names = new TreeSet<>(ProofWorld.NAMES);
        for (GoldenCase golden : GoldenCases.all()) {
            golden.household().members().forEach(m -> names.add(m.name()));
        }
        LiXinFamily.household().members().stream().map(Member::name).forEach(names::add);
        names.addAll(sampleNames());
        return names;
    }

    /** The {@code name} column of samples/linying/members.csv (simple CSV: no quoted commas). */
    static List<String> sampleNames() {
        try {
            List<String> lines = Files.readAllLines(SAMPLE_MEMBERS, StandardCharsets.UTF_8);
            int column = List.of(lines.get(0).split(",")).indexOf("name");
            return lines.subList(1, lines.size()).stream()
                    .map(line -> line.split(",", -1))
                    .filter(cells -> cells.length > column)
                    .map(cells -> cells[column].strip())
                    .filter(name -> !name.isEmpty())
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
