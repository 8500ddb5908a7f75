package org.tuodi.core.assistance;

import java.util.List;
import java.util.stream.Collectors;

/**
 * 单人户施保: in a 低保边缘 household that is not eligible for 低保 as a whole, a member with a severe
 * disability (grade 1–2, or grade 3 intellectual or mental) or a locally recognised 重特大疾病 may apply
 * for 低保 alone (最低生活保障审核确认办法 第八条; 国办发〔2023〕39号: 低保边缘家庭中的重病重残人员单独纳入). So may an adult, unemployed,
 * severely disabled member of any household not covered as a whole (参照单人户, 民政部等《关于进一步做好
 * 最低生活保障等社会救助兜底工作的通知》2022).
 *
 * <p>When such a condition is established (the certificate or the recognition exists), the measure
 * is {@link RecommendationStatus#RECOMMENDED}. When the current shock is an illness that is not
 * (yet) a recognised 重特大疾病 — a member hospitalised, say for heart failure — 第八条 does not apply yet,
 * but the officer is told that 单人户施保 is the option if the illness goes on or worsens and is
 * recognised: {@link RecommendationStatus#OPTION_IF}. That is the seed's 李新 family: 临时救助 now, the
 * mother-in-law as a 单人户 if her illness does not improve. Only one recommendation is made:
 * established members take precedence over the option.
 */
public final class SinglePersonCoveragePolicy implements AssistancePolicy {

    @Override
    public String name() {
        return "SinglePersonCoverage";
    }

    @Override
    public String source() {
        return "最低生活保障审核确认办法 第八条；国办发〔2023〕39号；民政部等《关于进一步做好最低生活保障等社会救助兜底工作的通知》（2022）";
    }

    @Override
    public List<Recommendation> recommend(AssistanceContext context) {
        if (context.hasBasicLivingCover() || context.meetsDibaoConditions()) {
            return List.of();
        }
        boolean edge = context.isDibaoEdge();
        List<MemberCondition> established =
                context.findings().members().stream().filter(m -> isEstablished(m, edge)).toList();
        if (!established.isEmpty()) {
            return List.of(
                    Recommendation.recommended(this, Measure.SINGLE_PERSON_DIBAO, reasonFor(edge))
                            .forMembers(refs(established)));
        }
        List<MemberCondition> ill =
                context.findings().members().stream()
                        .filter(MemberCondition::isIllButNotRecognised)
                        .toList();
        if (edge && !ill.isEmpty()) {
            return List.of(
                    Recommendation.optionIf(this, Measure.SINGLE_PERSON_DIBAO, OPTION_REASON)
                            .forMembers(refs(ill)));
        }
        return List.of();
    }

    private static boolean isEstablished(MemberCondition member, boolean edge) {
        boolean edgeCase = edge && (member.severelyDisabled() || member.majorIllnessRecognised());
        boolean adultUnemployedDisabled =
                member.isAdult() && member.unemployed() && member.severelyDisabled();
        return edgeCase || adultUnemployedDisabled;
    }

    private static String reasonFor(boolean edge) {
        return edge
                ? "该户为低保边缘家庭，整体不符合低保条件，但成员为重度残疾人或患经认定的重特大疾病：" + "建议该成员按“单人户”单独申请纳入低保（第八条）。"
                : "该成员为成年无业重度残疾人：可参照“单人户”单独申请纳入低保（2022年兜底工作通知）。";
    }

    private static final String OPTION_REASON =
            "该成员因病治疗，病情尚未认定为重特大疾病，当前不符合单人户条件：若病情持续或加重并经有关部门认定为重特大疾病，"
                    + "可按“单人户”单独申请纳入低保（第八条第二项）；期间继续享受低保边缘家庭政策。";

    private static List<String> refs(List<MemberCondition> members) {
        return members.stream().map(MemberCondition::member).collect(Collectors.toList());
    }
}
