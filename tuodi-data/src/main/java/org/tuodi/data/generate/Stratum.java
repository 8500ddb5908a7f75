package org.tuodi.data.generate;

import java.util.EnumSet;
import java.util.Set;
import org.tuodi.core.household.LowIncomeCategory;

/**
 * 人群分组: a group of monitored households with the same categories and the same shape: how many
 * people it has at scale 1.0, how large and how rural its households are, where their income lies
 * against the local 低保 standard, how often members are disabled or seriously ill, and what share of
 * a medical bill is left to pay after the three layers of cover (basic insurance, serious-illness
 * insurance, medical assistance). The figures and their sources are in docs/synthetic-province.md.
 *
 * <p>Longer than the usual 150 lines because it is a table: six groups of nine named figures, kept
 * together so that the plan can be read (and calibrated) in one place.
 */
enum Stratum {
    /** 低保 only. */
    DIBAO(
            EnumSet.of(LowIncomeCategory.DIBAO),
            2_658_000,
            new double[] {0.55, 0.23, 0.11, 0.07, 0.03, 0.01},
            0.88,
            new double[] {0.0, 0.95},
            0.16,
            0.05,
            0.50,
            new double[] {0.10, 0.30}),
    /** 低保 and 防返贫监测对象: the 40.5万 monitored people covered by social assistance. */
    DIBAO_RELAPSE(
            EnumSet.of(LowIncomeCategory.DIBAO, LowIncomeCategory.RELAPSE_MONITORED),
            405_000,
            new double[] {0.12, 0.25, 0.30, 0.20, 0.09, 0.04},
            1.0,
            new double[] {0.0, 0.95},
            0.12,
            0.06,
            0.35,
            new double[] {0.10, 0.30}),
    /** 特困: mostly one old or severely disabled person. */
    TEKUN(
            EnumSet.of(LowIncomeCategory.TEKUN),
            483_000,
            new double[] {0.93, 0.07},
            0.95,
            new double[] {0.0, 0.60},
            0.22,
            0.06,
            0.85,
            new double[] {0.05, 0.15}),
    /** 低保边缘: income between 1 and 1.5 times the standard. */
    DIBAO_EDGE(
            EnumSet.of(LowIncomeCategory.DIBAO_EDGE),
            460_000,
            new double[] {0.14, 0.30, 0.28, 0.17, 0.08, 0.03},
            0.80,
            new double[] {1.0, 1.5},
            0.10,
            0.05,
            0.35,
            new double[] {0.20, 0.40}),
    /** 刚性支出困难: income above the edge, spending (mostly medical) beyond it. */
    RIGID_EXPENDITURE(
            EnumSet.of(LowIncomeCategory.RIGID_EXPENDITURE),
            100_000,
            new double[] {0.08, 0.25, 0.32, 0.22, 0.09, 0.04},
            0.70,
            new double[] {1.5, 2.6},
            0.10,
            0.12,
            0.30,
            new double[] {0.30, 0.50}),
    /** 防返贫监测对象 not covered by social assistance: rural, around the monitoring line. */
    RELAPSE_MONITORED(
            EnumSet.of(LowIncomeCategory.RELAPSE_MONITORED),
            422_000,
            new double[] {0.09, 0.22, 0.30, 0.23, 0.11, 0.05},
            1.0,
            new double[] {0.9, 2.5},
            0.08,
            0.05,
            0.30,
            new double[] {0.20, 0.40});

    private final Set<LowIncomeCategory> categories;
    private final long people;
    private final double[] sizeWeights;
    private final double ruralShare;
    private final double[] incomeBand;
    private final double disabilityRate;
    private final double seriousIllnessRate;
    private final double elderlyLean;
    private final double[] outOfPocketShare;

    Stratum(
            Set<LowIncomeCategory> categories,
            long people,
            double[] sizeWeights,
            double ruralShare,
            double[] incomeBand,
            double disabilityRate,
            double seriousIllnessRate,
            double elderlyLean,
            double[] outOfPocketShare) {
        this.categories = categories;
        this.people = people;
        this.sizeWeights = sizeWeights;
        this.ruralShare = ruralShare;
        this.incomeBand = incomeBand;
        this.disabilityRate = disabilityRate;
        this.seriousIllnessRate = seriousIllnessRate;
        this.elderlyLean = elderlyLean;
        this.outOfPocketShare = outOfPocketShare;
    }

    /** The categories written to households.csv, in formats.md order. */
    Set<LowIncomeCategory> categories() {
        return EnumSet.copyOf(categories);
    }

    /** People at scale 1.0. */
    long people() {
        return people;
    }

    /** The mean household size of the size weights (sizes 1, 2, …). */
    double meanSize() {
        double weighted = 0;
        double total = 0;
        for (int i = 0; i < sizeWeights.length; i++) {
            weighted += (i + 1) * sizeWeights[i];
            total += sizeWeights[i];
        }
        return weighted / total;
    }

    /** Households at scale 1.0: people over the mean size. */
    long households() {
        return Math.round(people / meanSize());
    }

    double[] sizeWeights() {
        return sizeWeights.clone();
    }

    double ruralShare() {
        return ruralShare;
    }

    /** Per-capita income as a multiple of the local 低保 standard: [low, high). */
    double incomeLow() {
        return incomeBand[0];
    }

    double incomeHigh() {
        return incomeBand[1];
    }

    /** Share of members with a certified disability (before the age factor). */
    double disabilityRate() {
        return disabilityRate;
    }

    /** Share of members with a recognised serious illness (before the age factor). */
    double seriousIllnessRate() {
        return seriousIllnessRate;
    }

    /** Probability that a household is headed by an old person (one living alone, a couple, …). */
    double elderlyLean() {
        return elderlyLean;
    }

    /** The share of a hospital bill left to pay after all cover: [low, high). */
    double outOfPocketLow() {
        return outOfPocketShare[0];
    }

    double outOfPocketHigh() {
        return outOfPocketShare[1];
    }
}
