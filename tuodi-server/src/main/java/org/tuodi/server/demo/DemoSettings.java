package org.tuodi.server.demo;

import java.time.Duration;
import java.util.Objects;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * 演示设置 ({@code tuodi.demo.*}, set in application-demo.properties): the generator's seed and scale
 * for the demo county, the password of every demo user, and the feed simulator.
 *
 * @param seed the generator's seed: the same seed gives the same households
 * @param scale the synthetic Henan's scale whose 临颍县 households are loaded (0.2: about 3,500)
 * @param password the password of every demo user; demo mode only, printed at startup
 * @param simulator the feed simulator
 */
@ConfigurationProperties("tuodi.demo")
record DemoSettings(
        @DefaultValue("2023") long seed,
        @DefaultValue("0.2") double scale,
        String password,
        @DefaultValue Simulator simulator) {

    /** Fewer characters are refused by the platform's users. */
    static final int MIN_PASSWORD_LENGTH = 8;

    DemoSettings {
        if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
            throw new IllegalArgumentException(
                    "tuodi.demo.password needs at least " + MIN_PASSWORD_LENGTH + " characters");
        }
        Objects.requireNonNull(simulator, "simulator");
    }

    /**
     * 数据模拟器: sends department records through the intake while one watches.
     *
     * @param enabled whether it runs on its own (tests tick it by hand)
     * @param speed records a minute; 0 sends nothing
     * @param tick how often it sends a batch
     * @param shockEvery how often a large hospital bill strikes a household of 繁城回族镇
     */
    record Simulator(
            @DefaultValue("true") boolean enabled,
            @DefaultValue("60") int speed,
            @DefaultValue("PT5S") Duration tick,
            @DefaultValue("PT2M") Duration shockEvery) {

        Simulator {
            if (speed < 0) {
                throw new IllegalArgumentException("tuodi.demo.simulator.speed is negative");
            }
            if (tick.isNegative() || tick.isZero() || shockEvery.compareTo(tick) < 0) {
                throw new IllegalArgumentException(
                        "tuodi.demo.simulator.tick must be positive and at most shock-every");
            }
        }

        /** Records a tick: the speed spread over the ticks of a minute, at least one. */
        int recordsPerTick() {
            return (int) Math.max(1, Math.round(speed * tick.toMillis() / 60_000.0));
        }

        /** Every how many ticks a shock comes. */
        long ticksPerShock() {
            return Math.max(1, shockEvery.toMillis() / tick.toMillis());
        }
    }
}
