package org.tuodi.data.scan;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tuodi.core.rules.AlertLevel;
import org.tuodi.data.csv.FileCounts;

/**
 * 筛查报告: what a screening read, took, rejected and decided, so that every row is accounted for: per
 * file {@code read = accepted + rejected}; for events.csv {@code accepted = unmatched + after_as_of
 * + assessed}, and {@code assessed = placed + late + duplicate + not_relevant}. Printed as English
 * {@code key=value} lines.
 */
public record ScanReport(
        String ruleSetId,
        String ruleSetVersion,
        String ruleSetHash,
        Optional<LocalDate> asOf,
        boolean asOfGiven,
        FileCounts households,
        long householdsWithoutMembers,
        FileCounts members,
        FileCounts events,
        Events routed,
        Decisions decisions,
        StateSize stateSize,
        Outputs outputs) {

    /**
     * The engine's state at the end, encoded with {@code HouseholdStateCodec}: bytes per household
     * over every accepted household (those without records hold the empty state).
     */
    public record StateSize(long households, long totalBytes, int maxBytes) {
        public double meanBytes() {
            return households == 0 ? 0 : (double) totalBytes / households;
        }
    }

    /** What became of the records taken from events.csv. */
    public record Events(
            long unmatched,
            long afterAsOf,
            long placed,
            long late,
            long duplicate,
            long notRelevant) {

        /** The records fed to the engine. */
        public long assessed() {
            return placed + late + duplicate + notRelevant;
        }

        public long total() {
            return unmatched + afterAsOf + assessed();
        }
    }

    /** The engine's decisions, and the households alerted by their highest level. */
    public record Decisions(
            long raised, long escalated, long evidenceAdded, Map<AlertLevel, Long> byLevel) {
        public Decisions {
            Map<AlertLevel, Long> all = new EnumMap<>(AlertLevel.class);
            for (AlertLevel level : AlertLevel.values()) {
                all.put(level, byLevel.getOrDefault(level, 0L));
            }
            byLevel = Map.copyOf(all);
        }
    }

    /** The files written. */
    public record Outputs(Path alerts, Path rejects, Path unmatched) {}

    public ScanReport {
        if (events.accepted() != routed.total()) {
            throw new IllegalStateException(
                    "events taken " + events.accepted() + " != routed " + routed.total());
        }
    }

    /** The report as {@code key=value} lines. */
    public List<String> lines() {
        List<String> lines = new ArrayList<>();
        lines.add("rule_set.id=" + ruleSetId);
        lines.add("rule_set.version=" + ruleSetVersion);
        lines.add("rule_set.hash=" + ruleSetHash);
        lines.add("as_of=" + asOf.map(LocalDate::toString).orElse("none"));
        lines.add("as_of.from=" + (asOfGiven ? "option" : "newest_accepted_event"));
        add(lines, "households", households);
        lines.add("households.without_members=" + householdsWithoutMembers);
        add(lines, "members", members);
        add(lines, "events", events);
        lines.add("events.unmatched=" + routed.unmatched());
        lines.add("events.after_as_of=" + routed.afterAsOf());
        lines.add("events.assessed=" + routed.assessed());
        lines.add("events.placed=" + routed.placed());
        lines.add("events.late=" + routed.late());
        lines.add("events.duplicate=" + routed.duplicate());
        lines.add("events.not_relevant=" + routed.notRelevant());
        lines.add("decisions.raise=" + decisions.raised());
        lines.add("decisions.escalate=" + decisions.escalated());
        lines.add("decisions.add_evidence=" + decisions.evidenceAdded());
        lines.add("alerts.written=" + (decisions.raised() + decisions.escalated()));
        for (AlertLevel level : AlertLevel.values()) {
            lines.add("households.alerted." + level + "=" + decisions.byLevel().get(level));
        }
        lines.add("state.households=" + stateSize.households());
        lines.add(
                String.format(
                        java.util.Locale.ROOT, "state.bytes.mean=%.1f", stateSize.meanBytes()));
        lines.add("state.bytes.max=" + stateSize.maxBytes());
        lines.add("output.alerts=" + outputs.alerts());
        lines.add("output.rejects=" + outputs.rejects());
        lines.add("output.unmatched=" + outputs.unmatched());
        return lines;
    }

    private static void add(List<String> lines, String prefix, FileCounts counts) {
        lines.add(prefix + ".read=" + counts.read());
        lines.add(prefix + ".accepted=" + counts.accepted());
        lines.add(prefix + ".rejected=" + counts.rejected());
    }
}
