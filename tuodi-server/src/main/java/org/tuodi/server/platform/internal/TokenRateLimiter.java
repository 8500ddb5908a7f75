package org.tuodi.server.platform.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * 令牌限流: a token bucket per department token. A token with a rate of R requests a minute may send R
 * requests at once (a full bucket) and then one every 60/R seconds as the bucket refills; a request
 * finding the bucket empty is refused with the time until the next one would pass. The rate is the
 * token's own ({@code rate_per_minute}) or {@code tuodi.tokens.rate-per-minute} (default 1200).
 * Buckets are kept in memory (one server), keyed by the token's stored hash.
 */
@Component
public class TokenRateLimiter {

    private static final long NANOS_PER_MINUTE = Duration.ofMinutes(1).toNanos();

    private final Clock clock;
    private final int defaultPerMinute;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    /** Whether a request passed, and if not, how long until one would. */
    public record Outcome(boolean allowed, Duration retryAfter, boolean firstRefusal) {}

    TokenRateLimiter(
            Clock clock, @Value("${tuodi.tokens.rate-per-minute:1200}") int defaultPerMinute) {
        if (defaultPerMinute < 1) {
            throw new IllegalArgumentException("tuodi.tokens.rate-per-minute must be at least 1");
        }
        this.clock = clock;
        this.defaultPerMinute = defaultPerMinute;
    }

    /** Takes one request from the token's bucket. */
    public Outcome take(String bucketKey, Integer ratePerMinute) {
        int rate = ratePerMinute == null ? defaultPerMinute : ratePerMinute;
        Bucket bucket = buckets.computeIfAbsent(bucketKey, k -> new Bucket(rate, clock.instant()));
        return bucket.take(rate, clock.instant());
    }

    private static final class Bucket {
        private double tokens;
        private Instant last;
        private boolean refusing;

        Bucket(int rate, Instant now) {
            this.tokens = rate;
            this.last = now;
        }

        synchronized Outcome take(int rate, Instant now) {
            if (now.isAfter(last)) {
                long elapsed = Duration.between(last, now).toNanos();
                tokens = Math.min(rate, tokens + (double) elapsed * rate / NANOS_PER_MINUTE);
                last = now;
            }
            tokens = Math.min(tokens, rate); // a rate lowered since
            if (tokens >= 1) {
                tokens -= 1;
                refusing = false;
                return new Outcome(true, Duration.ZERO, false);
            }
            long wait = (long) Math.ceil((1 - tokens) * NANOS_PER_MINUTE / rate);
            boolean first = !refusing;
            refusing = true;
            return new Outcome(false, Duration.ofNanos(wait), first);
        }
    }

    /** The seconds to wait, rounded up and at least one, for a Retry-After header. */
    public static long seconds(Duration wait) {
        long seconds = wait.toSeconds();
        return wait.toNanosPart() > 0 || seconds == 0 ? seconds + 1 : seconds;
    }
}
