package org.tuodi.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openjdk.jmh.infra.Blackhole;
import org.tuodi.core.engine.HouseholdState;
import org.tuodi.core.engine.RiskEngine;
import org.tuodi.core.rules.Indicator;
import org.tuodi.core.rules.RuleSet;
import org.tuodi.core.rules.RuleSetFormat;

/**
 * The benchmark commands at a tiny scale, for CI: no timing is asserted. The replay (inline and
 * partitioned) and the DuckDB SQL must give the same alerts household by household on data built to
 * sit on the rule set's edges; this is the correctness check of the SQL.
 */
class BenchSmokeTests {

    private static final RuleSet RULES = RuleSetFormat.loadReference();

    @TempDir static Path dir;

    private static List<AlertRow> engine;

    @BeforeAll
    static void replayTheSmokeData() throws Exception {
        SmokeData.write(dir);
        engine = Replay.run(dir, 1, 1, RiskEngine.of(RULES)).alerts();
    }

    @Test
    void givesTheExpectedAlertsOfEveryScenarioHousehold() {
        Map<String, List<String>> actual = new TreeMap<>();
        for (AlertRow a : engine) {
            if (SmokeScenarios.EXPECTED.containsKey(a.householdId())) {
                actual.computeIfAbsent(a.householdId(), k -> new ArrayList<>())
                        .add(
                                String.join(
                                        " ",
                                        a.asOf(),
                                        a.decision(),
                                        a.level(),
                                        a.score(),
                                        a.indicators()));
            }
        }

        SmokeScenarios.EXPECTED.forEach(
                (household, expected) ->
                        assertThat(actual.getOrDefault(household, List.of()))
                                .as(household)
                                .containsExactlyElementsOf(expected));
    }

    @Test
    void partitionedReplayGivesTheSameAlertsAsTheInlineOne() throws Exception {
        for (int[] threadsAndPartitions : new int[][] {{2, 1}, {2, 2}, {3, 3}}) {
            List<AlertRow> partitioned =
                    Replay.run(
                                    dir,
                                    threadsAndPartitions[0],
                                    threadsAndPartitions[1],
                                    RiskEngine.of(RULES))
                            .alerts();

            assertThat(AlertComparison.difference("inline", engine, "partitioned", partitioned))
                    .as(Arrays.toString(threadsAndPartitions))
                    .isEmpty();
        }
    }

    @Test
    void duckDbSqlGivesTheEnginesAlertsHouseholdByHousehold() throws Exception {
        List<AlertRow> sql =
                DuckDbBaseline.run(dir, 2, RULES, RuleSetFormat.contentHash(RULES)).alerts();

        assertThat(engine).isNotEmpty();
        assertThat(AlertComparison.difference("engine", engine, "DuckDB", sql)).isEmpty();
    }

    @Test
    void smokeDataMakesEveryIndicatorHitInSomeAlertWithBothDecisionsAndLevels() {
        Set<String> hit =
                engine.stream()
                        .flatMap(a -> Arrays.stream(a.indicators().split(";")))
                        .collect(Collectors.toCollection(TreeSet::new));

        assertThat(hit).containsAll(RULES.indicators().stream().map(Indicator::code).toList());
        assertThat(engine).extracting(AlertRow::decision).contains("RAISE", "ESCALATE");
        assertThat(engine).extracting(AlertRow::level).contains("GENERAL", "URGENT");
        assertThat(engine.size()).isBetween(50, 1000);
    }

    @Test
    void duckDbSqlGivesTheEnginesAlertsOnTheLinyingSample() throws Exception {
        Path sample = Path.of("..", "samples", "linying");

        List<AlertRow> replayed = Replay.run(sample, 1, 1, RiskEngine.of(RULES)).alerts();
        List<AlertRow> sql =
                DuckDbBaseline.run(sample, 1, RULES, RuleSetFormat.contentHash(RULES)).alerts();

        assertThat(replayed)
                .extracting(AlertRow::householdId)
                .containsExactly(
                        "FC0008", "FC0006", "FC0010", "FC0005", "FC0001", "FC0004", "FC0003",
                        "FC0008");
        assertThat(AlertComparison.difference("engine", replayed, "DuckDB", sql)).isEmpty();
    }

    @Test
    void oneCommandRunsAllOfItAndPrintsTheSummary(@TempDir Path results) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();

        int exit =
                BenchAll.run(
                        new String[] {
                            "--data",
                            dir.toString(),
                            "--runs",
                            "1",
                            "--threads",
                            "2",
                            "--no-jmh",
                            "--no-fork",
                            "--out",
                            results.toString()
                        },
                        new PrintStream(bytes, true, StandardCharsets.UTF_8));

        String out = bytes.toString(StandardCharsets.UTF_8);
        assertThat(exit).as(out).isZero();
        assertThat(out)
                .contains("| alerts identical household by household")
                .contains("| time ratio engine (2 threads) / DuckDB (2 threads) |")
                .contains("| state per household after the replay: encoded mean");
    }

    @Test
    void oneCommandFailsAndSaysWhereWhenTheAlertsDiffer() {
        String difference =
                AlertComparison.difference(
                                "engine", engine, "DuckDB", engine.subList(1, engine.size()))
                        .orElseThrow();

        assertThat(difference)
                .startsWith("1 of ")
                .contains(engine.get(0).householdId() + ":")
                .contains("DuckDB: (no row)");
    }

    @Test
    void engineBenchmarkRunsOverItsMixAndTheStatesHaveASize() {
        EngineBenchmark benchmark = new EngineBenchmark();
        benchmark.households = 30;
        benchmark.seed = 1;
        benchmark.setUp();
        Blackhole blackhole =
                new Blackhole(
                        "Today's password is swordfish. I understand instantiating Blackholes"
                                + " directly is dangerous.");

        for (int i = 0; i < 20; i++) {
            benchmark.accept(blackhole);
        }
        HouseholdState[] states = EventMix.of(30, 1).replay(RiskEngine.of(RULES));

        assertThat(StateSizes.of(List.of(states)).mean()).isGreaterThan(5);
    }
}
