package org.tuodi.core.assistance;

import java.util.List;

/**
 * 教育救助: a household with a member in school beyond the compulsory stage (高中、中职、高校) or with
 * education spending is referred to the education department and the school (社会救助暂行办法 第三十三条, 第三十六条:
 * applied for at the school).
 */
public final class EducationAssistancePolicy implements AssistancePolicy {

    @Override
    public String name() {
        return "EducationAssistance";
    }

    @Override
    public String source() {
        return "社会救助暂行办法 第三十三条、第三十六条；国办发〔2023〕39号（教育救助）";
    }

    @Override
    public List<Recommendation> recommend(AssistanceContext context) {
        VisitFindings findings = context.findings();
        boolean student =
                findings.members().stream().anyMatch(MemberCondition::nonCompulsoryStudent);
        boolean spending = findings.rigidSpending().education().fen() > 0;
        if (!student && !spending) {
            return List.of();
        }
        String reason = "家庭有在读学生或教育支出：转介教育部门（就读学校），按规定减免费用、发放助学金或生活补助。";
        return List.of(Recommendation.recommended(this, Measure.EDUCATION_ASSISTANCE, reason));
    }
}
