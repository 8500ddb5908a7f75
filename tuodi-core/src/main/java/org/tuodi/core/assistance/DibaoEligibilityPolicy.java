package org.tuodi.core.assistance;

import java.math.BigDecimal;
import java.util.List;
import org.tuodi.core.household.LowIncomeCategory;
import org.tuodi.core.shared.Yuan;

/**
 * 低保认定: a household whose verified per-capita income is below the local 低保 standard and whose
 * assets meet the local rules is recommended for 低保 (社会救助暂行办法 第九条). For a 低保边缘 household this is
 * the move up a layer, 由低保边缘家庭转为低保家庭 (国办发〔2023〕39号 分层分类; the Henan practice in the seed report).
 * Never for a household already 低保 or 特困: a 低保 household hit by a new hardship gets 临时救助 instead,
 * never a second 低保 ({@link TemporaryAssistancePolicy}).
 *
 * <p>The reason quotes the monthly gap (标准 − 收入) × 人数 as an estimate only: the county may use the
 * gap or a tiered amount (最低生活保障审核确认办法 第二十三条), and no one is enrolled without application,
 * investigation and confirmation (第二十八条).
 */
public final class DibaoEligibilityPolicy implements AssistancePolicy {

    @Override
    public String name() {
        return "DibaoEligibility";
    }

    @Override
    public String source() {
        return "社会救助暂行办法 第九条；最低生活保障审核确认办法 第二十三条、第二十八条；国办发〔2023〕39号（分层分类）";
    }

    @Override
    public List<Recommendation> recommend(AssistanceContext context) {
        if (context.hasBasicLivingCover() || !context.meetsDibaoConditions()) {
            return List.of();
        }
        return List.of(Recommendation.recommended(this, Measure.ENROL_DIBAO, reason(context)));
    }

    private static String reason(AssistanceContext context) {
        Yuan income = context.findings().perCapitaMonthlyIncome();
        Yuan standard = context.dibaoStandard();
        Yuan gap =
                standard.minus(income)
                        .times(BigDecimal.valueOf(context.findings().householdSize()));
        String facts = "经入户核实，家庭人均月收入" + income + "元，低于当地低保标准" + standard + "元，且家庭财产状况符合规定";
        String measure =
                context.has(LowIncomeCategory.DIBAO_EDGE)
                        ? "：建议升级保障层级，由低保边缘家庭转为低保家庭"
                        : "：建议按程序申请纳入最低生活保障";
        return facts + measure + "（按差额法估算每月约" + gap + "元，以县级审核确认为准）。";
    }
}
