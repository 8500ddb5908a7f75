package org.tuodi.core.assistance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import org.tuodi.core.household.Household;
import org.tuodi.core.household.LowIncomeCategory;
import org.tuodi.core.shared.Yuan;
import org.tuodi.core.standard.LocalStandard;

/**
 * 救助研判依据: what a policy decides on: the household as registered (categories, residence, members),
 * the verified findings of the visit, the local standard that applies to its village, and the date.
 * The verified income is compared with the standard for the household's residence (urban or rural).
 */
public record AssistanceContext(
        Household household, VisitFindings findings, LocalStandard standard, LocalDate asOf) {

    public AssistanceContext {
        Objects.requireNonNull(household, "household");
        Objects.requireNonNull(findings, "findings");
        Objects.requireNonNull(standard, "standard");
        Objects.requireNonNull(asOf, "asOf");
        if (!standard.region().contains(household.region())) {
            throw new IllegalArgumentException(
                    "standard of " + standard.region() + " does not cover " + household.region());
        }
        if (standard.effectiveFrom().isAfter(asOf)) {
            throw new IllegalArgumentException("standard not yet in force on " + asOf);
        }
    }

    /** 低保标准: the monthly per-person 低保 standard for the household's residence. */
    public Yuan dibaoStandard() {
        return standard.dibaoMonthly(household.residence());
    }

    public boolean has(LowIncomeCategory category) {
        return household.has(category);
    }

    /** Already 低保 or 特困: basic living is covered, so no second enrolment. */
    public boolean hasBasicLivingCover() {
        return has(LowIncomeCategory.DIBAO) || has(LowIncomeCategory.TEKUN);
    }

    /** 符合低保条件: verified income below the 低保 standard and assets within the rules (暂行办法 第九条). */
    public boolean meetsDibaoConditions() {
        return findings.assetsWithinLocalRules()
                && findings.perCapitaMonthlyIncome().isBelow(dibaoStandard());
    }

    /**
     * 低保边缘家庭: registered as such, or verified as such now: not eligible for 低保, income below the
     * edge multiplier times the standard, assets within the rules (低保办法 第八条).
     */
    public boolean isDibaoEdge() {
        boolean verifiedEdge =
                findings.assetsWithinLocalRules()
                        && !meetsDibaoConditions()
                        && findings.perCapitaMonthlyIncome()
                                .isBelow(standard.edgeLineMonthly(household.residence()));
        return has(LowIncomeCategory.DIBAO_EDGE) || verifiedEdge;
    }

    /** Below last year's local per-capita disposable income (the 支出型临时救助 and 刚性支出 line). */
    public boolean isIncomeBelowDisposableIncome() {
        return findings.perCapitaMonthlyIncome().isBelow(standard.disposableIncomeMonthly());
    }

    /**
     * The monthly 低保 standard times {@code months} times the household size, rounded to the fen.
     */
    public Yuan dibaoStandardFor(BigDecimal months) {
        return dibaoStandard().times(months.multiply(BigDecimal.valueOf(findings.householdSize())));
    }
}
