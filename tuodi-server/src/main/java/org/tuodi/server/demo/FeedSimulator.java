package org.tuodi.server.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tuodi.core.event.DepartmentEvent;
import org.tuodi.core.event.Source;
import org.tuodi.server.ingest.EventIntake;
import org.tuodi.server.platform.DepartmentTokens;

/**
 * 部门数据模拟器: sends the demo county's department records through the intake while one watches, as the
 * departments would: each department's records in its own batch, sent as the department its token
 * authenticates (tokens issued at the first tick, kept in memory, never printed). Each tick sends
 * the next records of the {@link FeedCursor} and, every few ticks, a {@link HospitalShocks shock}.
 * A restarted simulator starts from the beginning of the stream and goes through what was sent
 * before at once (the intake answers duplicates), so it goes on where it stopped.
 */
class FeedSimulator implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(FeedSimulator.class);

    private final DemoCounty county;
    private final EventIntake intake;
    private final DepartmentTokens tokens;
    private final Clock clock;
    private final DemoSettings.Simulator settings;
    private final long seed;
    private final Map<Source, String> issued = new EnumMap<>(Source.class);
    private ScheduledExecutorService executor;
    private FeedCursor cursor;
    private HospitalShocks shocks;
    private long ticks;
    private boolean caughtUp;

    FeedSimulator(
            DemoCounty county,
            EventIntake intake,
            DepartmentTokens tokens,
            Clock clock,
            DemoSettings settings) {
        this.county = county;
        this.intake = intake;
        this.tokens = tokens;
        this.clock = clock;
        this.settings = settings.simulator();
        this.seed = settings.seed();
    }

    /** Whether it runs on its own: enabled, with a speed above 0. */
    boolean isRunning() {
        return settings.enabled() && settings.speed() > 0;
    }

    /** Starts sending at the configured pace, if it is to run on its own. */
    synchronized void start() {
        if (!isRunning() || executor != null) {
            return;
        }
        executor =
                Executors.newSingleThreadScheduledExecutor(
                        r -> {
                            Thread thread = new Thread(r, "demo-feed");
                            thread.setDaemon(true);
                            return thread;
                        });
        long period = settings.tick().toMillis();
        executor.scheduleAtFixedRate(this::tickLogged, period, period, TimeUnit.MILLISECONDS);
        log.info(
                "simulator=started records_per_tick={} tick_ms={} ticks_per_shock={}",
                settings.recordsPerTick(),
                period,
                settings.ticksPerShock());
    }

    private void tickLogged() {
        try {
            FeedTick sent = tick();
            if (sent.shock() || sent.alertsRaised() > 0) {
                log.info(
                        "simulator=tick month={} records={} accepted={} unmatched={} shock={}"
                                + " alerts_raised={}",
                        cursor.month(),
                        sent.records(),
                        sent.accepted(),
                        sent.unmatched(),
                        sent.shock(),
                        sent.alertsRaised());
            }
        } catch (RuntimeException e) {
            // A failed tick must not end the schedule: the next one tries again.
            log.warn("simulator=tick_failed error={}", e.toString());
        }
    }

    /**
     * Sends one tick's records; the first tick of a simulator first goes through what an earlier
     * run sent.
     */
    synchronized FeedTick tick() {
        if (cursor == null) {
            cursor = new FeedCursor(county.synthetic());
            shocks = new HospitalShocks(county.households(), seed);
        }
        FeedTick sent = step();
        if (!caughtUp) {
            long skipped = 0;
            while (sent.isAllDuplicates()) {
                skipped++;
                sent = step();
            }
            caughtUp = true;
            if (skipped > 0) {
                log.info("simulator=caught_up ticks_sent_before={}", skipped);
            }
        }
        return sent;
    }

    private FeedTick step() {
        LocalDate today = LocalDate.now(clock);
        List<DepartmentEvent> events =
                new ArrayList<>(cursor.next(settings.recordsPerTick(), today));
        long tick = ticks++;
        boolean shock = (tick + 1) % settings.ticksPerShock() == 0;
        if (shock) {
            shocks.shock(tick / settings.ticksPerShock(), today).ifPresent(events::add);
        }
        Map<Source, List<DepartmentEvent>> bySource = new EnumMap<>(Source.class);
        for (DepartmentEvent event : events) {
            bySource.computeIfAbsent(event.key().source(), s -> new ArrayList<>()).add(event);
        }
        FeedTick sent = new FeedTick(0, 0, 0, 0, 0, shock);
        for (Map.Entry<Source, List<DepartmentEvent>> batch : bySource.entrySet()) {
            Source sender = authenticated(batch.getKey());
            sent = sent.plus(batch.getValue().size(), intake.accept(sender, batch.getValue()));
        }
        return sent;
    }

    /**
     * The department its token says the sender is, as the feed endpoint checks it; every department
     * gets a token at the first tick.
     */
    private Source authenticated(Source department) {
        if (issued.isEmpty()) {
            for (Source source : Source.values()) {
                issued.put(source, tokens.issue(source, "demo feed simulator"));
            }
        }
        return tokens.authenticate(issued.get(department))
                .orElseThrow(() -> new IllegalStateException(department + " token refused"));
    }

    @Override
    public synchronized void close() {
        if (executor != null) {
            executor.shutdownNow();
            executor = null;
        }
    }
}
