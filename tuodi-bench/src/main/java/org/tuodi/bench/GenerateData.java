package org.tuodi.bench;

import java.nio.file.Path;
import java.time.LocalDate;

/**
 * Writes a synthetic data directory ({@link SyntheticData}): {@code GenerateData --out DIR
 * --households N [--months 12] [--seed 1] [--start 2024-01-01]}.
 */
public final class GenerateData {

    private GenerateData() {}

    public static void main(String[] args) {
        Arguments a = Arguments.parse(args);
        long started = System.nanoTime();
        long events =
                new SyntheticData(
                                a.integer("households", 10_000),
                                a.integer("months", 12),
                                a.integer("seed", 1),
                                LocalDate.parse(a.text("start", "2024-01-01")))
                        .write(Path.of(a.required("out")));
        System.out.println("events.written=" + events);
        System.out.println("time.ms=" + (System.nanoTime() - started) / 1_000_000);
    }
}
