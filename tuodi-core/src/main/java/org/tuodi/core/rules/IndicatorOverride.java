package org.tuodi.core.rules;

import java.util.Optional;

/**
 * 指标地区调整: a region's change to one indicator: another score, another threshold (written as in the
 * rule set: {@code 3000.00} or {@code 2}), or switched off.
 */
public record IndicatorOverride(
        Optional<Integer> score, Optional<String> threshold, boolean disabled) {

    public IndicatorOverride {
        java.util.Objects.requireNonNull(score, "score");
        java.util.Objects.requireNonNull(threshold, "threshold");
    }
}
