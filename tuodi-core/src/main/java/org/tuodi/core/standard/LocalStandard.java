package org.tuodi.core.standard;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.tuodi.core.household.Residence;
import org.tuodi.core.region.RegionCode;
import org.tuodi.core.shared.Yuan;

/**
 * 地方救助标准: the standards a region applies from a date: the monthly 低保 standard per person (urban and
 * rural), the 低保边缘 multiplier (1.5 nationally, 国办发〔2023〕39号; Hangzhou uses 2), last year's
 * per-capita disposable income (the line for 刚性支出 and 支出型临时救助) and the temporary-assistance tiers.
 * Standards are set locally and revised often, so they are data.
 */
public record LocalStandard(
        RegionCode region,
        LocalDate effectiveFrom,
        Yuan urbanDibaoMonthly,
        Yuan ruralDibaoMonthly,
        BigDecimal edgeMultiplier,
        Yuan lastYearDisposableIncomePerCapita,
        List<TemporaryAssistanceTier> temporaryAssistanceTiers) {

    public static final BigDecimal NATIONAL_EDGE_MULTIPLIER = new BigDecimal("1.5");

    public LocalStandard {
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(effectiveFrom, "effectiveFrom");
        Objects.requireNonNull(urbanDibaoMonthly, "urbanDibaoMonthly");
        Objects.requireNonNull(ruralDibaoMonthly, "ruralDibaoMonthly");
        Objects.requireNonNull(edgeMultiplier, "edgeMultiplier");
        if (edgeMultiplier.compareTo(BigDecimal.ONE) < 0) {
            throw new IllegalArgumentException("the 低保边缘 multiplier is at least 1");
        }
        Objects.requireNonNull(lastYearDisposableIncomePerCapita, "lastYearDisposableIncome");
        temporaryAssistanceTiers =
                temporaryAssistanceTiers.stream()
                        .sorted(Comparator.comparing(TemporaryAssistanceTier::fromHardship))
                        .toList();
    }

    /** 低保标准: the monthly standard per person for the household's residence. */
    public Yuan dibaoMonthly(Residence residence) {
        return residence == Residence.URBAN ? urbanDibaoMonthly : ruralDibaoMonthly;
    }

    /** 低保边缘线: the edge multiplier times the 低保 standard. */
    public Yuan edgeLineMonthly(Residence residence) {
        return dibaoMonthly(residence).times(edgeMultiplier);
    }

    /** Last year's per-capita disposable income as a monthly figure (a twelfth, rounded). */
    public Yuan disposableIncomeMonthly() {
        return Yuan.ofFen(Math.round(lastYearDisposableIncomePerCapita.fen() / 12.0));
    }

    /** The highest tier whose threshold the hardship reaches, if any. */
    public Optional<TemporaryAssistanceTier> tierFor(Yuan hardship) {
        TemporaryAssistanceTier found = null;
        for (TemporaryAssistanceTier tier : temporaryAssistanceTiers) {
            if (hardship.isAtLeast(tier.fromHardship())) {
                found = tier;
            }
        }
        return Optional.ofNullable(found);
    }
}
