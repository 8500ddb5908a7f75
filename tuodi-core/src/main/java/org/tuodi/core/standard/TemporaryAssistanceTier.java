package org.tuodi.core.standard;

import java.math.BigDecimal;
import java.util.Objects;
import org.tuodi.core.shared.Yuan;

/**
 * 临时救助分档: one tier of the local temporary-assistance standard. A household whose hardship (the
 * spending or loss not covered by other assistance) reaches {@code fromHardship} gets {@code
 * monthsOfDibaoStandard} times the monthly 低保 standard per member, capped at {@code maximum}. Tiers
 * linked to the 低保 standard follow 民发〔2018〕23号; the figures are local configuration.
 */
public record TemporaryAssistanceTier(
        Yuan fromHardship, BigDecimal monthsOfDibaoStandard, Yuan maximum) {

    public TemporaryAssistanceTier {
        Objects.requireNonNull(fromHardship, "fromHardship");
        Objects.requireNonNull(monthsOfDibaoStandard, "monthsOfDibaoStandard");
        Objects.requireNonNull(maximum, "maximum");
        if (monthsOfDibaoStandard.signum() <= 0) {
            throw new IllegalArgumentException("a tier pays a positive number of months");
        }
    }
}
