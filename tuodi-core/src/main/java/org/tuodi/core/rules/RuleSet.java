package org.tuodi.core.rules;

import java.time.LocalDate;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.tuodi.core.region.RegionCode;

/**
 * 预警指标体系: a versioned, effective-dated set of indicators with the alert line per level (the score
 * at which an alert of that level is raised), the visit and disposal deadlines per level, optional
 * region overrides and the lateness allowed to department records. It is data: an administrator
 * edits it without a deploy, and every decision names its id, version and content hash (see {@link
 * RuleSetFormat}).
 *
 * @param latenessDays how many days older than the newest record of a household a record may be and
 *     still be placed in its window with the same result as if it had come in order
 */
public record RuleSet(
        String id,
        String version,
        String name,
        LocalDate effectiveFrom,
        int latenessDays,
        Map<AlertLevel, Integer> alertLines,
        Map<AlertLevel, Deadline> deadlines,
        List<Indicator> indicators,
        List<RegionOverride> regionOverrides) {

    /** The most indicators a rule set may have (the engine keeps one bit per indicator). */
    public static final int MAX_INDICATORS = 64;

    public RuleSet {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(effectiveFrom, "effectiveFrom");
        if (id.isBlank() || version.isBlank()) {
            throw new IllegalArgumentException("a rule set needs an id and a version");
        }
        if (latenessDays < 0 || latenessDays > 366) {
            throw new IllegalArgumentException("lateness is 0 to 366 days");
        }
        alertLines = Collections.unmodifiableMap(byLevel(alertLines));
        if (alertLines.isEmpty()) {
            throw new IllegalArgumentException("a rule set needs at least one alert line");
        }
        checkLinesRise(alertLines, "rule set");
        deadlines = Collections.unmodifiableMap(byLevel(deadlines));
        for (AlertLevel level : AlertLevel.values()) {
            if (!deadlines.containsKey(level)) {
                throw new IllegalArgumentException("no deadline for level " + level);
            }
        }
        indicators = List.copyOf(indicators);
        if (indicators.isEmpty() || indicators.size() > MAX_INDICATORS) {
            throw new IllegalArgumentException("a rule set has 1 to 64 indicators");
        }
        Set<String> codes = new HashSet<>();
        for (Indicator indicator : indicators) {
            if (!codes.add(indicator.code())) {
                throw new IllegalArgumentException("indicator code repeated: " + indicator.code());
            }
        }
        regionOverrides = List.copyOf(regionOverrides);
        Set<RegionCode> regions = new HashSet<>();
        for (RegionOverride override : regionOverrides) {
            // overrideFor picks one override per region: a second one would be silently ignored
            if (!regions.add(override.region())) {
                throw new IllegalArgumentException(
                        "region " + override.region() + " has more than one override");
            }
            Map<AlertLevel, Integer> lines = new EnumMap<>(AlertLevel.class);
            lines.putAll(alertLines);
            lines.putAll(override.alertLines());
            checkLinesRise(lines, "override for " + override.region());
            for (String code : override.indicators().keySet()) {
                if (!codes.contains(code)) {
                    throw new IllegalArgumentException(
                            "override for "
                                    + override.region()
                                    + " names unknown indicator "
                                    + code);
                }
            }
        }
    }

    private static <V> Map<AlertLevel, V> byLevel(Map<AlertLevel, V> map) {
        Map<AlertLevel, V> copy = new EnumMap<>(AlertLevel.class);
        copy.putAll(map);
        return copy;
    }

    static void checkLinesRise(Map<AlertLevel, Integer> lines, String where) {
        int previous = 0;
        for (Map.Entry<AlertLevel, Integer> line : lines.entrySet()) {
            if (line.getValue() <= previous) {
                throw new IllegalArgumentException(
                        where + ": alert lines must be positive and rise with the level");
            }
            previous = line.getValue();
        }
    }

    /** The alert lines for a region: the rule set's, changed by the region's override. */
    public Map<AlertLevel, Integer> alertLinesFor(RegionCode region) {
        Map<AlertLevel, Integer> lines = new EnumMap<>(alertLines);
        overrideFor(region).ifPresent(o -> lines.putAll(o.alertLines()));
        return Collections.unmodifiableMap(lines);
    }

    public Optional<Indicator> indicator(String code) {
        return indicators.stream().filter(i -> i.code().equals(code)).findFirst();
    }

    public Deadline deadline(AlertLevel level) {
        return deadlines.get(level);
    }

    /** The override of the most specific region containing {@code region}, if any. */
    public Optional<RegionOverride> overrideFor(RegionCode region) {
        return regionOverrides.stream()
                .filter(o -> o.region().contains(region))
                .max(Comparator.comparingInt(o -> o.region().level().ordinal()));
    }
}
