package org.tuodi.core.assistance;

import java.util.List;
import org.tuodi.core.household.LowIncomeCategory;
import org.tuodi.core.household.Member;

/**
 * 特困人员认定: elderly, disabled or minor people with all three of (特困人员认定办法 第四条; 社会救助暂行办法 第十四条):
 *
 * <ol>
 *   <li>无劳动能力: every registered member has none on the date ({@link Member#hasNoLaborCapacityOn}:
 *       60 and over, under 16, the listed disability grades, or recorded as none; 第五条), and the
 *       visit found no one able to work;
 *   <li>无生活来源: verified income below the 低保 standard and assets within the rules (第六条);
 *   <li>no legally obliged supporter able to support (第八条), as the visit verified.
 * </ol>
 *
 * Not for a household already 特困. A 低保 household that qualifies is moved to 特困供养, which then
 * supersedes 低保 ({@link Measure#supersedes}).
 */
public final class TekunPolicy implements AssistancePolicy {

    @Override
    public String name() {
        return "Tekun";
    }

    @Override
    public String source() {
        return "特困人员认定办法 第四条至第六条、第八条；社会救助暂行办法 第十四条";
    }

    @Override
    public List<Recommendation> recommend(AssistanceContext context) {
        if (context.has(LowIncomeCategory.TEKUN) || !qualifies(context)) {
            return List.of();
        }
        String reason =
                "经入户核实，家庭成员均无劳动能力，收入低于当地低保标准且财产符合规定（无生活来源），"
                        + "无法定赡养、抚养、扶养义务人或其无履行义务能力：建议按程序认定为特困人员，给予救助供养"
                        + (context.has(LowIncomeCategory.DIBAO) ? "（由低保转为特困供养）。" : "。");
        return List.of(Recommendation.recommended(this, Measure.TEKUN_SUPPORT, reason));
    }

    private static boolean qualifies(AssistanceContext context) {
        List<Member> members = context.household().members();
        VisitFindings findings = context.findings();
        boolean noLaborCapacity =
                !members.isEmpty()
                        && !findings.hasMemberAbleToWork()
                        && members.stream().allMatch(m -> m.hasNoLaborCapacityOn(context.asOf()));
        return noLaborCapacity && context.meetsDibaoConditions() && !findings.hasAbleSupporter();
    }
}
