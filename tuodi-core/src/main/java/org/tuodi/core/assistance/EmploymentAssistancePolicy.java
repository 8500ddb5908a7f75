package org.tuodi.core.assistance;

import java.util.List;

/**
 * 就业救助: a member of working age (16 to 59) who is unemployed and not severely disabled is referred
 * to human resources and social security for job placement, training and subsidies (社会救助暂行办法
 * 第四十二至四十四条; 国办发〔2023〕39号 extends it to the low-income population).
 */
public final class EmploymentAssistancePolicy implements AssistancePolicy {

    static final int WORKING_AGE_FROM = 16;
    static final int WORKING_AGE_UNTIL = 60;

    @Override
    public String name() {
        return "EmploymentAssistance";
    }

    @Override
    public String source() {
        return "社会救助暂行办法 第四十二条至第四十四条；国办发〔2023〕39号（就业救助）";
    }

    @Override
    public List<Recommendation> recommend(AssistanceContext context) {
        List<String> jobSeekers =
                context.findings().members().stream()
                        .filter(m -> m.unemployed() && !m.severelyDisabled())
                        .filter(m -> m.age() >= WORKING_AGE_FROM && m.age() < WORKING_AGE_UNTIL)
                        .map(MemberCondition::member)
                        .toList();
        if (jobSeekers.isEmpty()) {
            return List.of();
        }
        String reason = "有劳动年龄内失业成员：转介人力资源社会保障部门，提供岗位信息、职业培训、公益性岗位等就业救助。";
        return List.of(
                Recommendation.recommended(this, Measure.EMPLOYMENT_ASSISTANCE, reason)
                        .forMembers(jobSeekers));
    }
}
