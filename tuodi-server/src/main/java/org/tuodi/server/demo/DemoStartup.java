package org.tuodi.server.demo;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;

/**
 * 演示启动: once the server is up, loads the demo county if the database is empty, starts the feed
 * simulator if the demo county is there (loaded now or before) and prints the banner in any case.
 * It runs before the other start-up runners, so the platform's bootstrap finds the demo users and
 * stays quiet.
 */
class DemoStartup implements ApplicationRunner, Ordered {

    private static final Logger log = LoggerFactory.getLogger(DemoStartup.class);

    private final DemoLoader loader;
    private final DemoUsers users;
    private final DemoCounty county;
    private final FeedSimulator simulator;
    private final DemoSettings settings;
    private final Environment environment;
    private final PrintStream console;

    DemoStartup(
            DemoLoader loader,
            DemoUsers users,
            DemoCounty county,
            FeedSimulator simulator,
            DemoSettings settings,
            Environment environment,
            PrintStream console) {
        this.loader = loader;
        this.users = users;
        this.county = county;
        this.simulator = simulator;
        this.settings = settings;
        this.environment = environment;
        this.console = console;
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 100;
    }

    @Override
    public void run(ApplicationArguments args) {
        long start = System.nanoTime();
        DemoLoader.Outcome outcome = loader.loadIfEmpty(settings.password());
        if (outcome.hasDemo()) {
            simulator.start();
        } else if (simulator.isRunning()) {
            log.warn("simulator=off reason=no_demo_county");
        }
        double uptime = ManagementFactory.getRuntimeMXBean().getUptime() / 1000.0;
        console.print(
                DemoBanner.text(
                        new DemoBanner.Facts(
                                baseUrl(),
                                settings.password(),
                                users.plan(),
                                outcome,
                                outcome.hasDemo() ? county.households().size() : 0,
                                settings.simulator(),
                                database(),
                                uptime),
                        county.regions()));
        log.info(
                "demo=ready url={} uptime_seconds={} demo_seconds={}",
                baseUrl(),
                String.format("%.1f", uptime),
                String.format("%.1f", (System.nanoTime() - start) / 1e9));
    }

    /** The URL the server answers on: the port it got (0 asks for a free one) on localhost. */
    String baseUrl() {
        String port =
                environment.getProperty(
                        "local.server.port", environment.getProperty("server.port", "8080"));
        return "http://localhost:" + port;
    }

    private String database() {
        if (!environment.getProperty("tuodi.db.embedded", Boolean.class, true)) {
            return "external PostgreSQL " + environment.getProperty("spring.datasource.url", "");
        }
        String dir = environment.getProperty("tuodi.db.data-dir", "");
        if (dir.isBlank()) {
            return "embedded PostgreSQL in a temporary folder (deleted on stop)";
        }
        return "embedded PostgreSQL, data in "
                + java.nio.file.Path.of(dir).toAbsolutePath().normalize()
                + " (kept across restarts; delete the folder to start afresh)";
    }
}
