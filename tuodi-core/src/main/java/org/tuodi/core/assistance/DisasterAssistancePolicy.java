package org.tuodi.core.assistance;

import java.util.List;

/**
 * 受灾人员救助: a household whose basic living a natural disaster hit is referred to emergency management
 * for disaster relief and, where the house was damaged, rebuilding aid (社会救助暂行办法 第二十条至第二十六条).
 * Hardship left after that relief is for 临时救助 (2022 兜底工作通知).
 */
public final class DisasterAssistancePolicy implements AssistancePolicy {

    @Override
    public String name() {
        return "DisasterAssistance";
    }

    @Override
    public String source() {
        return "社会救助暂行办法 第二十条至第二十六条；国办发〔2023〕39号（受灾人员救助）";
    }

    @Override
    public List<Recommendation> recommend(AssistanceContext context) {
        if (!context.findings().disasterLoss()) {
            return List.of();
        }
        String reason = "家庭遭受自然灾害损失：转介应急管理部门，按规定给予受灾人员生活救助和住房恢复重建补助。";
        return List.of(Recommendation.recommended(this, Measure.DISASTER_ASSISTANCE, reason));
    }
}
