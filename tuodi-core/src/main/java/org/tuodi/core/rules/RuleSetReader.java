package org.tuodi.core.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.tuodi.core.region.RegionCode;

/**
 * Reads the top level of a rule set file: the header, alert lines, deadlines, the indicators (via
 * {@link IndicatorReader}) and the region overrides. Checks that involve several values (repeated
 * codes and regions, lines that must rise) are made here, so that they name the value at fault
 * rather than the file as a whole.
 */
final class RuleSetReader {

    private static final List<String> FIELDS =
            List.of(
                    "format",
                    "id",
                    "version",
                    "name",
                    "effectiveFrom",
                    "latenessDays",
                    "notes",
                    "alertLines",
                    "deadlines",
                    "indicators",
                    "regionOverrides");

    private static final List<String> LEVELS =
            Stream.of(AlertLevel.values()).map(Enum::name).toList();

    private RuleSetReader() {}

    static RuleSet read(Node root) {
        Fields f = root.fields();
        Optional<Node> format = f.find("format");
        if (format.isPresent() && !format.get().text().equals(RuleSetFormat.FORMAT)) {
            throw format.get().mustBe("\"" + RuleSetFormat.FORMAT + "\"");
        }
        f.allowOnly(FIELDS, "the rule set");
        f.get("format");
        String id = f.get("id").nonBlankText();
        String version = f.get("version").nonBlankText();
        String name = f.get("name").text();
        LocalDate effectiveFrom = f.get("effectiveFrom").date();
        int latenessDays = f.get("latenessDays").wholeNumber();
        f.find("notes").ifPresent(notes -> notes.elements().forEach(Node::text));
        Map<AlertLevel, Integer> lines = alertLines(f.get("alertLines"), Map.of());
        Map<AlertLevel, Deadline> deadlines = deadlines(f.get("deadlines"));
        List<Indicator> indicators = indicators(f.get("indicators"));
        List<RegionOverride> overrides =
                f.find("regionOverrides")
                        .map(n -> overrides(n, lines, indicators))
                        .orElse(List.of());
        return root.build(
                () ->
                        new RuleSet(
                                id,
                                version,
                                name,
                                effectiveFrom,
                                latenessDays,
                                lines,
                                deadlines,
                                indicators,
                                overrides));
    }

    /** Alert lines by level; together with {@code base} they must be positive and rise. */
    private static Map<AlertLevel, Integer> alertLines(Node node, Map<AlertLevel, Integer> base) {
        Map<AlertLevel, Integer> lines = new EnumMap<>(AlertLevel.class);
        for (Map.Entry<String, Node> e : node.fields().allowOnly(LEVELS, "alert lines").entries()) {
            lines.put(AlertLevel.valueOf(e.getKey()), e.getValue().wholeNumber());
        }
        if (base.isEmpty() && lines.isEmpty()) {
            throw node.error("needs the line of at least one level");
        }
        Map<AlertLevel, Integer> merged = new EnumMap<>(AlertLevel.class);
        merged.putAll(base);
        merged.putAll(lines);
        try {
            RuleSet.checkLinesRise(merged, "alert lines");
        } catch (IllegalArgumentException e) {
            throw node.error(
                    "lines must be positive and rise with the level ("
                            + String.join(" < ", LEVELS)
                            + "), "
                            + (base.isEmpty() ? "" : "with the rule set's lines ")
                            + "they are "
                            + merged.entrySet().stream()
                                    .map(l -> l.getKey() + " " + l.getValue())
                                    .collect(Collectors.joining(", ")));
        }
        return lines;
    }

    private static Map<AlertLevel, Deadline> deadlines(Node node) {
        Fields f = node.fields().allowOnly(LEVELS, "deadlines");
        Map<AlertLevel, Deadline> deadlines = new EnumMap<>(AlertLevel.class);
        for (AlertLevel level : AlertLevel.values()) {
            Node d = f.get(level.name());
            Fields df = d.fields().allowOnly(List.of("visitDays", "disposalDays"), "a deadline");
            int visit = df.get("visitDays").wholeNumber();
            int disposal = df.get("disposalDays").wholeNumber();
            deadlines.put(level, d.build(() -> new Deadline(visit, disposal)));
        }
        return deadlines;
    }

    private static List<Indicator> indicators(Node node) {
        List<Node> elements = node.elements();
        if (elements.isEmpty() || elements.size() > RuleSet.MAX_INDICATORS) {
            throw node.error(
                    "a rule set has 1 to "
                            + RuleSet.MAX_INDICATORS
                            + " indicators, this one has "
                            + elements.size());
        }
        List<Indicator> indicators = new ArrayList<>();
        Map<String, Integer> firstLines = new HashMap<>();
        for (Node element : elements) {
            Indicator indicator = IndicatorReader.read(element);
            Node code = element.fields().get("code");
            Integer first = firstLines.putIfAbsent(indicator.code(), code.value().line());
            if (first != null) {
                throw code.error("indicator code repeated, first at line " + first);
            }
            indicators.add(indicator);
        }
        return indicators;
    }

    private static List<RegionOverride> overrides(
            Node node, Map<AlertLevel, Integer> lines, List<Indicator> indicators) {
        Map<String, Indicator> byCode = new LinkedHashMap<>();
        indicators.forEach(i -> byCode.put(i.code(), i));
        List<RegionOverride> overrides = new ArrayList<>();
        Map<RegionCode, Integer> firstLines = new HashMap<>();
        for (Node element : node.elements()) {
            Fields f =
                    element.fields()
                            .allowOnly(
                                    List.of("region", "indicators", "alertLines"),
                                    "a region override");
            Node regionNode = f.get("region");
            RegionCode region = regionNode.build(() -> RegionCode.of(regionNode.text()));
            Integer first = firstLines.putIfAbsent(region, regionNode.value().line());
            if (first != null) {
                throw regionNode.error(
                        "region " + region + " already has an override at line " + first);
            }
            Map<String, IndicatorOverride> changes = new LinkedHashMap<>();
            for (Map.Entry<String, Node> e :
                    f.find("indicators").map(n -> n.fields().entries()).orElse(List.of())) {
                Indicator indicator = byCode.get(e.getKey());
                if (indicator == null) {
                    String hint =
                            Fields.closest(e.getKey(), byCode.keySet())
                                    .map(k -> "; did you mean " + k + "?")
                                    .orElse("");
                    throw e.getValue().error("no indicator has this code" + hint);
                }
                changes.put(e.getKey(), override(e.getValue(), indicator));
            }
            Map<AlertLevel, Integer> regionLines =
                    f.find("alertLines").map(n -> alertLines(n, lines)).orElse(Map.of());
            overrides.add(element.build(() -> new RegionOverride(region, changes, regionLines)));
        }
        return overrides;
    }

    private static IndicatorOverride override(Node node, Indicator indicator) {
        Fields f =
                node.fields()
                        .allowOnly(
                                List.of("score", "threshold", "disabled"), "an indicator override");
        Optional<Integer> score = f.find("score").map(n -> checkedScore(n, indicator));
        Optional<String> threshold =
                f.find("threshold").map(n -> IndicatorReader.overrideThreshold(indicator, n));
        boolean disabled = f.find("disabled").map(Node::bool).orElse(false);
        return node.build(() -> new IndicatorOverride(score, threshold, disabled));
    }

    /** A region's score for the indicator, checked as the indicator's own score is. */
    private static int checkedScore(Node node, Indicator i) {
        int score = node.wholeNumber();
        node.build(
                () ->
                        new Indicator(
                                i.code(),
                                i.name(),
                                i.dimension(),
                                score,
                                i.hardTrigger(),
                                i.kind(),
                                i.provenance(),
                                i.note()));
        return score;
    }
}
