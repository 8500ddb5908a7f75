package org.tuodi.server.rules;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tuodi.core.region.RegionCode;
import org.tuodi.core.rules.AlertLevel;

/**
 * 模拟运行: the what-if of a rule set version (usually a draft) over the stored department records of a
 * period, next to the rules in force today. Both run the core engine from an empty state per
 * household (records before the period do not count), accept the household's records of the period
 * in the order they were received and assess through the period's last day.
 *
 * @param region the region of the user who started it: only its households are replayed
 * @param householdsDone households replayed so far (progress), of {@code householdsTotal} with
 *     records in the period in every region
 */
public record WhatIfRun(
        long id,
        String startedBy,
        RegionCode region,
        Rules candidate,
        Rules current,
        LocalDate from,
        LocalDate to,
        Status status,
        int householdsDone,
        int householdsTotal,
        Optional<Result> result,
        String error,
        OffsetDateTime createdAt,
        OffsetDateTime finishedAt) {

    /** QUEUED 排队中, RUNNING 运行中, SUCCEEDED 已完成, FAILED 失败. */
    public enum Status {
        QUEUED,
        RUNNING,
        SUCCEEDED,
        FAILED
    }

    /** The rule set version run. */
    public record Rules(long versionId, String ruleSetId, String version, String contentHash) {}

    /**
     * What both rule sets decided.
     *
     * @param byRegion per region one level below the run's region (a county's towns, a town's
     *     villages), only regions where either rule set raised an alert
     * @param towns the visit workload per town: each alert raised is one home visit
     */
    public record Result(
            Outcome candidate, Outcome current, List<RegionRow> byRegion, List<TownRow> towns) {}

    /**
     * @param raised alerts raised (推送预警) per level, the level at which each was raised
     * @param escalated alerts escalated to a higher level afterwards
     * @param households households with records in the period in the run's region
     * @param householdsAlerted households with at least one alert
     */
    public record Outcome(
            Map<AlertLevel, Integer> raised, int escalated, int households, int householdsAlerted) {
        public int raisedTotal() {
            return raised.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    /** Alerts raised per level in a region, under both rule sets. */
    public record RegionRow(
            RegionCode region,
            String name,
            Map<AlertLevel, Integer> candidate,
            Map<AlertLevel, Integer> current) {}

    /**
     * 入户核实工作量: home visits a town would owe, and of those urgent ones (the shorter visit deadline),
     * under both rule sets.
     */
    public record TownRow(
            RegionCode town,
            String name,
            int candidateVisits,
            int candidateUrgent,
            int currentVisits,
            int currentUrgent) {
        public int change() {
            return candidateVisits - currentVisits;
        }
    }
}
