package org.tuodi.data.generate;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Objects;

/**
 * What to generate: the province (2-digit code), the scale (1.0 = Henan's published population,
 * more than 0 and at most 2), the number of months of department records (1–36) from {@code start}
 * (the first day of a month; Henan's platform went live in September 2023), the seed, and the
 * directory that receives households.csv, members.csv and events.csv.
 */
public record GenerateRequest(
        String province, double scale, int months, long seed, LocalDate start, Path out) {

    /** The start of the default period: the month Henan's platform went live. */
    public static final LocalDate PLATFORM_LAUNCH = LocalDate.of(2023, 9, 1);

    public static final double MAX_SCALE = 2.0;

    public static final int MAX_MONTHS = 36;

    public GenerateRequest {
        Objects.requireNonNull(province, "province");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(out, "out");
        if (!province.matches("[0-9]{2}")) {
            throw new IllegalArgumentException("a province has a 2-digit code: '" + province + "'");
        }
        if (!(scale > 0 && scale <= MAX_SCALE)) {
            throw new IllegalArgumentException("scale must be more than 0 and at most 2: " + scale);
        }
        if (months < 1 || months > MAX_MONTHS) {
            throw new IllegalArgumentException("months must be from 1 to 36: " + months);
        }
        if (start.getDayOfMonth() != 1) {
            throw new IllegalArgumentException("start must be the first day of a month: " + start);
        }
    }

    public Path householdsFile() {
        return out.resolve("households.csv");
    }

    public Path membersFile() {
        return out.resolve("members.csv");
    }

    public Path eventsFile() {
        return out.resolve("events.csv");
    }
}
