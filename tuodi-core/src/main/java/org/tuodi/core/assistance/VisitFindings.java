package org.tuodi.core.assistance;

import java.util.List;
import java.util.Objects;
import org.tuodi.core.shared.Yuan;

/**
 * 入户核实结果: the household's situation as a home visit verified it (家庭经济状况调查, 最低生活保障审核确认办法 第十三至十六条).
 * The assistance policies decide on these findings, not on the registry's last values.
 *
 * @param perCapitaMonthlyIncome verified per-capita monthly income, after the deductions the rules
 *     allow (第十三条)
 * @param householdSize co-resident members (共同生活家庭成员, 第七条)
 * @param assetsWithinLocalRules assets meet the local rules (第十四条)
 * @param rigidSpending necessary spending in the last 12 months, by kind
 * @param hardship the amount still to be relieved, e.g. the out-of-pocket cost not covered by other
 *     assistance; the basis of 临时救助 tiers
 * @param hasMemberAbleToWork at least one member able to work (有劳动能力)
 * @param hasAbleSupporter a legally obliged supporter outside the household able to support
 *     (法定赡养、抚养、扶养义务人有履行能力, 特困人员认定办法 第八条)
 * @param members conditions of the members the visit noted (all or some of them)
 * @param dangerousHouse the dwelling is unsafe (危房, C or D grade)
 * @param disasterLoss the household suffered a natural-disaster loss
 * @param suddenEmergency a sudden emergency (急难): fire, accident, acute illness needing help now
 */
public record VisitFindings(
        Yuan perCapitaMonthlyIncome,
        int householdSize,
        boolean assetsWithinLocalRules,
        RigidSpending rigidSpending,
        Yuan hardship,
        boolean hasMemberAbleToWork,
        boolean hasAbleSupporter,
        List<MemberCondition> members,
        boolean dangerousHouse,
        boolean disasterLoss,
        boolean suddenEmergency) {

    public VisitFindings {
        Objects.requireNonNull(perCapitaMonthlyIncome, "perCapitaMonthlyIncome");
        if (perCapitaMonthlyIncome.isNegative()) {
            throw new IllegalArgumentException("verified income is negative");
        }
        if (householdSize < 1) {
            throw new IllegalArgumentException("a household has at least one member");
        }
        Objects.requireNonNull(rigidSpending, "rigidSpending");
        Objects.requireNonNull(hardship, "hardship");
        if (hardship.isNegative()) {
            throw new IllegalArgumentException("hardship is negative");
        }
        members = List.copyOf(members);
        if (members.size() > householdSize) {
            throw new IllegalArgumentException("more member conditions than members");
        }
    }

    public boolean hasHardship() {
        return hardship.fen() > 0;
    }

    /** Sizes only: incomes and health never reach a log. */
    @Override
    public String toString() {
        return "VisitFindings[householdSize=" + householdSize + ", members=" + members.size() + "]";
    }
}
