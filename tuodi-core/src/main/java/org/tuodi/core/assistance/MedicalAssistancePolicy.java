package org.tuodi.core.assistance;

import java.util.List;

/**
 * 医疗救助: a household with medical costs left to pay after insurance, or with a seriously ill member,
 * is referred to the medical-security bureau (医保) for medical assistance on inpatient, chronic and
 * major-illness costs (社会救助暂行办法 第二十八至三十条; 国办发〔2023〕39号 extends it to 低保边缘 and 刚性支出困难 households).
 */
public final class MedicalAssistancePolicy implements AssistancePolicy {

    @Override
    public String name() {
        return "MedicalAssistance";
    }

    @Override
    public String source() {
        return "社会救助暂行办法 第二十八条至第三十条；国办发〔2023〕39号（医疗救助）";
    }

    @Override
    public List<Recommendation> recommend(AssistanceContext context) {
        VisitFindings findings = context.findings();
        boolean outOfPocket = findings.rigidSpending().medicalOutOfPocket().fen() > 0;
        boolean ill = findings.members().stream().anyMatch(MemberCondition::seriouslyIll);
        if (!outOfPocket && !ill) {
            return List.of();
        }
        String reason =
                (outOfPocket
                                ? "近12个月医疗费用经基本医保、大病保险报销后个人自付"
                                        + findings.rigidSpending().medicalOutOfPocket()
                                        + "元"
                                : "家庭成员患重病")
                        + "：转介医疗保障部门，按规定给予住院、门诊慢特病等医疗救助。";
        return List.of(Recommendation.recommended(this, Measure.MEDICAL_ASSISTANCE, reason));
    }
}
