package org.tuodi.core.assistance;

import java.util.List;
import org.tuodi.core.household.Residence;

/**
 * 住房救助: a household living in an unsafe house is referred to housing and urban-rural development:
 * in the countryside for 农村危房改造, in towns for public rental housing or a rent subsidy (社会救助暂行办法
 * 第三十七、三十八条).
 */
public final class HousingAssistancePolicy implements AssistancePolicy {

    @Override
    public String name() {
        return "HousingAssistance";
    }

    @Override
    public String source() {
        return "社会救助暂行办法 第三十七条、第三十八条；国办发〔2023〕39号（住房救助）";
    }

    @Override
    public List<Recommendation> recommend(AssistanceContext context) {
        if (!context.findings().dangerousHouse()) {
            return List.of();
        }
        String way =
                context.household().residence() == Residence.RURAL
                        ? "纳入农村危房改造"
                        : "配租公共租赁住房或发放住房租赁补贴";
        String reason = "经核实住房为危房：转介住房城乡建设部门，按规定" + way + "。";
        return List.of(Recommendation.recommended(this, Measure.HOUSING_ASSISTANCE, reason));
    }
}
