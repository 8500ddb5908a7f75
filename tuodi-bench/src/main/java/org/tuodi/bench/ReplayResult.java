package org.tuodi.bench;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.tuodi.core.engine.EventOutcome;
import org.tuodi.core.engine.HouseholdState;
import org.tuodi.data.csv.FileCounts;

/**
 * What a replay did and how long it took. {@code events.per_second} is end to end: the records read
 * from events.csv over the whole wall time (roster, events, the final assessment).
 *
 * @param rejected rows rejected in all three files
 * @param loadNanos reading households.csv and members.csv
 * @param streamNanos reading events.csv through the engine and the final assessment
 * @param cpuNanos CPU time of the process during the replay (all threads)
 */
record ReplayResult(
        int threads,
        int partitions,
        int households,
        int members,
        FileCounts events,
        long rejected,
        long unmatched,
        long[] outcomes,
        long addedEvidence,
        List<AlertRow> alerts,
        List<HouseholdState> states,
        long loadNanos,
        long streamNanos,
        long residentPeakBytes,
        long heapPeakBytes,
        long cpuNanos) {

    long wallNanos() {
        return loadNanos + streamNanos;
    }

    double eventsPerSecond() {
        return events.read() / (wallNanos() / 1e9);
    }

    long decisions(String code) {
        return alerts.stream().filter(a -> a.decision().equals(code)).count();
    }

    /** Alerted households by the highest level they reached. */
    Map<String, Long> householdsByLevel() {
        Map<String, String> highest = new TreeMap<>();
        for (AlertRow a : alerts) {
            highest.merge(a.householdId(), a.level(), (x, y) -> x.equals("URGENT") ? x : y);
        }
        Map<String, Long> byLevel = new TreeMap<>();
        highest.values().forEach(level -> byLevel.merge(level, 1L, Long::sum));
        return byLevel;
    }

    StateSizes stateSizes() {
        return StateSizes.of(states);
    }

    String report() {
        StringBuilder s = new StringBuilder();
        line(s, "replay.threads", threads);
        line(s, "replay.partitions", partitions);
        line(s, "households", households);
        line(s, "members", members);
        line(s, "events.read", events.read());
        line(s, "rows.rejected", rejected);
        line(s, "events.unmatched", unmatched);
        for (EventOutcome o : EventOutcome.values()) {
            line(s, "events." + o.name().toLowerCase(Locale.ROOT), outcomes[o.ordinal()]);
        }
        line(s, "decisions.raise", decisions("RAISE"));
        line(s, "decisions.escalate", decisions("ESCALATE"));
        line(s, "decisions.add_evidence", addedEvidence);
        householdsByLevel().forEach((level, n) -> line(s, "households.alerted." + level, n));
        line(s, "time.load_ms", loadNanos / 1_000_000);
        line(s, "time.stream_ms", streamNanos / 1_000_000);
        line(s, "time.wall_ms", wallNanos() / 1_000_000);
        line(s, "time.cpu_ms", cpuNanos / 1_000_000);
        line(s, "events.per_second", Math.round(eventsPerSecond()));
        line(s, "memory.resident_peak_mb", residentPeakBytes >> 20);
        line(s, "memory.heap_peak_mb", heapPeakBytes >> 20);
        return s.toString();
    }

    private static void line(StringBuilder s, String key, Object value) {
        s.append(key).append('=').append(value).append('\n');
    }
}
