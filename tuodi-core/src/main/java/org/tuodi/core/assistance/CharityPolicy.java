package org.tuodi.core.assistance;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.tuodi.core.shared.Yuan;

/**
 * 慈善帮扶: when the hardship left after 临时救助 is large — the need goes beyond what policy pays (需求超出政策)
 * — the household is linked to charity funds (民发〔2018〕23号 二(五) 加强与慈善救助的衔接; 社会救助暂行办法 第五十六条; the seed
 * report: a 低保 household hit by serious illness gets 临时救助, "严重的还可以帮助其申请慈善帮扶资金").
 *
 * <p>No national figure says what "large" is, so it is a parameter: the hardship left is at least
 * {@code monthsOfDibaoStandard} months of the household's 低保 standard (standard × size × months;
 * {@value #DEFAULT_MONTHS} by default, i.e. three years of the household's basic-living line). This
 * is an inference [INFER] for local configuration to replace.
 */
public final class CharityPolicy implements AssistancePolicy {

    public static final int DEFAULT_MONTHS = 36;

    private final int monthsOfDibaoStandard;
    private final TemporaryAssistancePolicy temporaryAssistance = new TemporaryAssistancePolicy();

    public CharityPolicy() {
        this(DEFAULT_MONTHS);
    }

    public CharityPolicy(int monthsOfDibaoStandard) {
        if (monthsOfDibaoStandard < 1) {
            throw new IllegalArgumentException("at least one month of the 低保 standard");
        }
        this.monthsOfDibaoStandard = monthsOfDibaoStandard;
    }

    @Override
    public String name() {
        return "Charity";
    }

    @Override
    public String source() {
        return "民发〔2018〕23号 二(五)；社会救助暂行办法 第五十六条；国办发〔2023〕39号（慈善帮扶）";
    }

    @Override
    public List<Recommendation> recommend(AssistanceContext context) {
        Yuan left = context.findings().hardship().minus(temporaryAssistancePaid(context));
        Yuan large = context.dibaoStandardFor(BigDecimal.valueOf(monthsOfDibaoStandard));
        if (left.fen() <= 0 || left.isBelow(large)) {
            return List.of();
        }
        String reason = "临时救助后仍有约" + left + "元困难超出政策保障范围：建议链接慈善组织，帮助申请慈善帮扶资金。";
        return List.of(Recommendation.recommended(this, Measure.CHARITY_SUPPORT, reason));
    }

    private Yuan temporaryAssistancePaid(AssistanceContext context) {
        return temporaryAssistance.recommend(context).stream()
                .map(Recommendation::amount)
                .flatMap(Optional::stream)
                .reduce(Yuan.ZERO, Yuan::plus);
    }
}
