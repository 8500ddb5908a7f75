package org.tuodi.core.rules;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * 预警指标: one indicator of a rule set: a stable code, a Chinese name, the dimension it watches, the
 * score it adds when it hits and, optionally, a hard trigger: the level of alert it raises on its
 * own whatever the other scores (Henan: medical out-of-pocket ≥ ¥5,000).
 *
 * @param note free text for operators: where the value comes from, what it means
 */
public record Indicator(
        String code,
        String name,
        Dimension dimension,
        int score,
        Optional<AlertLevel> hardTrigger,
        IndicatorKind kind,
        Provenance provenance,
        String note) {

    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{1,47}");

    public Indicator {
        Objects.requireNonNull(code, "code");
        if (!CODE.matcher(code).matches()) {
            throw new IllegalArgumentException(
                    "indicator code must be upper-case letters, digits and _ (2-48): '"
                            + code
                            + "'");
        }
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("indicator " + code + " has no name");
        }
        Objects.requireNonNull(dimension, "dimension");
        if (score < 0 || score > 1000) {
            throw new IllegalArgumentException("indicator " + code + " score is 0 to 1000");
        }
        Objects.requireNonNull(hardTrigger, "hardTrigger");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(provenance, "provenance");
        note = note == null ? "" : note;
        try {
            compileFilter(kind);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("indicator " + code + ": " + e.getMessage(), e);
        }
    }

    /** Compiles the kind's conditions, so that a condition that cannot work fails here. */
    private static void compileFilter(IndicatorKind kind) {
        if (kind instanceof IndicatorKind.WindowSum s) {
            EventFilter.compile(s.eventType(), s.where());
        } else if (kind instanceof IndicatorKind.WindowCount c) {
            EventFilter.compile(c.eventType(), c.where());
        } else if (kind instanceof IndicatorKind.EventMatch m) {
            EventFilter.compile(m.eventType(), m.where());
        } else if (kind instanceof IndicatorKind.HouseholdCondition h) {
            HouseholdFilter.compile(h);
        }
    }

    /** Whether the indicator is about records (and so has evidence), not a household condition. */
    public boolean isRecordBased() {
        return !(kind instanceof IndicatorKind.HouseholdCondition);
    }
}
