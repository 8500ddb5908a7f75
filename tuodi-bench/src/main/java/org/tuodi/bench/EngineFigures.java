package org.tuodi.bench;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.openjdk.jmh.results.BenchmarkResult;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.tuodi.core.engine.HouseholdState;
import org.tuodi.core.engine.RiskEngine;
import org.tuodi.core.rules.RuleSetFormat;

/**
 * The one command's engine figures: {@link EngineBenchmark} through JMH's runner (one fork, the
 * settings of the command line), the median of its measurement iterations; and the state sizes
 * after a year of the same mix.
 */
final class EngineFigures {

    static final double EVENTS_PER_SECOND_GOAL = 3_000_000;
    static final double STATE_BYTES_GOAL = 200;

    private final int households;
    private final int warmup;
    private final int iterations;
    private final int seconds;

    EngineFigures(Arguments a) {
        this.households = a.integer("jmh-households", 5000);
        this.warmup = a.integer("jmh-warmup", 3);
        this.iterations = a.integer("jmh-iterations", 5);
        this.seconds = a.integer("jmh-time", 5);
    }

    void measure(Summary summary, PrintStream out) {
        Options options =
                new OptionsBuilder()
                        .include(EngineBenchmark.class.getName() + ".accept")
                        .param("households", Integer.toString(households))
                        .warmupIterations(warmup)
                        .warmupTime(TimeValue.seconds(seconds))
                        .measurementIterations(iterations)
                        .measurementTime(TimeValue.seconds(seconds))
                        .forks(1)
                        .build();
        double median;
        try {
            Collection<RunResult> results = new Runner(options).run();
            List<Double> scores = new ArrayList<>();
            for (RunResult result : results) {
                for (BenchmarkResult b : result.getBenchmarkResults()) {
                    for (IterationResult i : b.getIterationResults()) {
                        scores.add(i.getPrimaryResult().getScore());
                    }
                }
            }
            median = Summary.median(scores.stream().mapToDouble(Double::doubleValue).toArray());
        } catch (RunnerException e) {
            throw new IllegalStateException("JMH failed: " + e.getMessage(), e);
        }
        summary.goal(
                "engine, JMH, 1 thread, "
                        + households
                        + " households (median of "
                        + iterations
                        + " iterations)",
                Summary.number(median) + " events/s",
                "≥ 3,000,000 events/s",
                Summary.atLeast(median, EVENTS_PER_SECOND_GOAL));
        out.println("measuring state sizes after a year of the JMH mix");
        StateSizes sizes = StateSizes.of(yearOfMix());
        summary.goal(
                "state per household after a year, JMH mix: encoded mean / median / p99 / max",
                Summary.number(sizes.mean())
                        + " / "
                        + sizes.median()
                        + " / "
                        + sizes.p99()
                        + " / "
                        + sizes.max()
                        + " bytes",
                "mean < 200 bytes",
                Summary.atMost(sizes.mean(), STATE_BYTES_GOAL));
        summary.add(
                "state per household, JMH mix: in heap (JOL, mean of "
                        + sizes.heapSampled()
                        + "); contributions held",
                Summary.number(sizes.heapMean())
                        + " bytes; "
                        + Summary.ratio(sizes.meanContributions()));
    }

    /** The states of the households with at least one record, after a year and advanceTo. */
    private List<HouseholdState> yearOfMix() {
        EventMix mix = EventMix.of(households, 1);
        HouseholdState[] states = mix.replay(RiskEngine.of(RuleSetFormat.loadReference()));
        boolean[] seen = new boolean[states.length];
        for (int h : mix.householdOf) {
            seen[h] = true;
        }
        List<HouseholdState> withRecords = new ArrayList<>();
        for (int h = 0; h < states.length; h++) {
            if (seen[h]) {
                withRecords.add(states[h]);
            }
        }
        return withRecords;
    }
}
