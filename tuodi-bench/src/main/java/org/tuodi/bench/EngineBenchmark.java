package org.tuodi.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.tuodi.core.engine.Assessment;
import org.tuodi.core.engine.HouseholdState;
import org.tuodi.core.engine.RiskEngine;
import org.tuodi.core.rules.RuleSetFormat;

/**
 * Engine throughput on one thread: {@link RiskEngine#accept} with the reference rule set over a
 * year of pre-parsed records of {@code households} synthetic households ({@link EventMix}: mostly
 * medical settlements, a few of each other type, about 3% of households alerting), in file order,
 * the states kept per household in an array. One operation is one record. When the year is through,
 * the states start again from empty, so the measurement averages over whole years of state growth
 * (make the measurement time cover a few years: at 200,000 records a second, a year of 5,000
 * households, 50,000 records, takes a quarter of a second). With {@code -p data=DIR} the records
 * are those of a data directory instead (all of it, e.g. a year of {@code tuodi generate} at 0.01).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(1)
public class EngineBenchmark {

    /** Records per benchmark call. */
    static final int BATCH = 1024;

    @Param({"5000"})
    public int households;

    @Param({"1"})
    public long seed;

    /** A data directory to take the records from instead (e.g. tuodi generate's); "" for none. */
    @Param({""})
    public String data = "";

    private RiskEngine engine;
    private EventMix mix;
    private HouseholdState[] states;
    private int cursor;

    @Setup
    public void setUp() {
        engine = RiskEngine.of(RuleSetFormat.loadReference());
        try {
            mix = data.isEmpty() ? EventMix.of(households, seed) : EventMix.read(Path.of(data));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        states = new HouseholdState[mix.households.length];
        Arrays.fill(states, HouseholdState.empty());
    }

    @Benchmark
    @OperationsPerInvocation(BATCH)
    public void accept(Blackhole decisions) {
        for (int i = 0; i < BATCH; i++) {
            if (cursor == mix.events.length) {
                Arrays.fill(states, HouseholdState.empty());
                cursor = 0;
            }
            int h = mix.householdOf[cursor];
            Assessment a = engine.accept(states[h], mix.households[h], mix.events[cursor++]);
            states[h] = a.state();
            decisions.consume(a.decisions());
        }
    }
}
