package org.tuodi.bench;

import java.util.List;
import java.util.Map;

/** The summary rows of the replays and the DuckDB baseline: medians over the runs. */
final class ReplayFigures {

    private final List<Map<String, String>> single;
    private final List<Map<String, String>> parallel;
    private final List<Map<String, String>> duck;
    private final int threads;

    ReplayFigures(
            List<Map<String, String>> single,
            List<Map<String, String>> parallel,
            List<Map<String, String>> duck,
            int threads) {
        this.single = single;
        this.parallel = parallel;
        this.duck = duck;
        this.threads = threads;
    }

    void add(Summary s) {
        Map<String, String> first = single.get(0);
        int runs = single.size();
        s.add(
                "records in events.csv; households; members",
                first.get("events.read")
                        + "; "
                        + first.get("households")
                        + "; "
                        + first.get("members"));
        s.add(
                "engine outcomes: placed / duplicate / not relevant / late; unmatched; rejected rows",
                first.get("events.placed")
                        + " / "
                        + first.get("events.duplicate")
                        + " / "
                        + first.get("events.no_indicator")
                        + " / "
                        + first.get("events.late")
                        + "; "
                        + first.get("events.unmatched")
                        + "; "
                        + first.get("rows.rejected"));
        s.add(
                "alerts: RAISE / ESCALATE (ADD_EVIDENCE); households alerted GENERAL / URGENT",
                first.get("decisions.raise")
                        + " / "
                        + first.get("decisions.escalate")
                        + " ("
                        + first.get("decisions.add_evidence")
                        + "); "
                        + first.getOrDefault("households.alerted.GENERAL", "0")
                        + " / "
                        + first.getOrDefault("households.alerted.URGENT", "0"));
        s.add(
                "alerts identical household by household: engine 1 thread, engine "
                        + threads
                        + " threads, DuckDB",
                "yes, in all " + runs + " runs");
        replay(s, "replay, 1 thread", single, runs);
        replay(s, "replay, " + threads + " threads (partitioned by household)", parallel, runs);
        double duckWall = Summary.median(duck, "time.wall_ms");
        s.add(
                "DuckDB, "
                        + threads
                        + " threads: wall (median of "
                        + runs
                        + "); load / validate / screen; CPU, all threads",
                Summary.seconds(duckWall)
                        + "; "
                        + Summary.seconds(Summary.median(duck, "time.load_ms"))
                        + " / "
                        + Summary.seconds(Summary.median(duck, "time.validate_ms"))
                        + " / "
                        + Summary.seconds(Summary.median(duck, "time.screen_ms"))
                        + "; "
                        + Summary.seconds(Summary.median(duck, "time.cpu_ms")));
        s.add(
                "DuckDB: events/s end to end; peak resident memory",
                Summary.number(Double.parseDouble(first.get("events.read")) / (duckWall / 1000))
                        + "; "
                        + Summary.number(Summary.median(duck, "memory.resident_peak_mb"))
                        + " MB");
        double ratio = Summary.median(parallel, "time.wall_ms") / duckWall;
        s.goal(
                "time ratio engine (" + threads + " threads) / DuckDB (" + threads + " threads)",
                Summary.ratio(ratio),
                "< 1 (faster than DuckDB)",
                Summary.atMost(ratio, 1));
        s.add(
                "time ratio engine (1 thread) / DuckDB (" + threads + " threads)",
                Summary.ratio(Summary.median(single, "time.wall_ms") / duckWall));
        s.goal(
                "state per household after the replay: encoded mean / median / p99 / max",
                first.get("state.encoded.mean")
                        + " / "
                        + first.get("state.encoded.median")
                        + " / "
                        + first.get("state.encoded.p99")
                        + " / "
                        + first.get("state.encoded.max")
                        + " bytes",
                "mean < 200 bytes",
                Summary.atMost(
                        Double.parseDouble(first.get("state.encoded.mean")),
                        EngineFigures.STATE_BYTES_GOAL));
        s.add(
                "state per household after the replay: in heap (JOL, mean of "
                        + first.get("state.heap.sampled")
                        + "); contributions held",
                first.get("state.heap.mean") + " bytes; " + first.get("state.contributions.mean"));
    }

    private static void replay(Summary s, String name, List<Map<String, String>> runs, int n) {
        s.add(
                name + ": wall (median of " + n + "); roster / events; CPU, all threads",
                Summary.seconds(Summary.median(runs, "time.wall_ms"))
                        + "; "
                        + Summary.seconds(Summary.median(runs, "time.load_ms"))
                        + " / "
                        + Summary.seconds(Summary.median(runs, "time.stream_ms"))
                        + "; "
                        + Summary.seconds(Summary.median(runs, "time.cpu_ms")));
        s.add(
                name + ": events/s end to end; peak resident / heap",
                Summary.number(Summary.median(runs, "events.per_second"))
                        + "; "
                        + Summary.number(Summary.median(runs, "memory.resident_peak_mb"))
                        + " MB / "
                        + Summary.number(Summary.median(runs, "memory.heap_peak_mb"))
                        + " MB");
    }
}
