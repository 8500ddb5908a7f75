package org.tuodi.core.engine;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.tuodi.core.event.EventKey;
import org.tuodi.core.rules.AlertLevel;
import org.tuodi.core.rules.Dimension;

/**
 * 指标命中: one indicator that hit, as a decision receipt explains it: what was measured against which
 * threshold, the score it added, the level it forces on its own (if it is a hard trigger) and the
 * department records that are its evidence (none for a household condition).
 *
 * @param value the measured value: an amount in yuan ({@code 5200.00}) or a count ({@code 2})
 * @param threshold the threshold in the same unit
 */
public record IndicatorHit(
        String code,
        String name,
        Dimension dimension,
        String value,
        String threshold,
        int score,
        Optional<AlertLevel> hardTrigger,
        List<EventKey> evidence) {

    public IndicatorHit {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(dimension, "dimension");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(threshold, "threshold");
        Objects.requireNonNull(hardTrigger, "hardTrigger");
        evidence = List.copyOf(evidence);
    }
}
