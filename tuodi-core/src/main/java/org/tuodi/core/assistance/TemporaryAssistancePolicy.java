package org.tuodi.core.assistance;

import java.util.List;
import java.util.Optional;
import org.tuodi.core.shared.Yuan;
import org.tuodi.core.standard.TemporaryAssistanceTier;

/**
 * 临时救助: two kinds (民发〔2018〕23号 二(一); 社会救助暂行办法 第四十七条).
 *
 * <ul>
 *   <li>急难型 when the visit finds a sudden emergency: help now (先行救助, paperwork afterwards), no
 *       income test, no hukou restriction. It takes the place of 支出型 for the same hardship.
 *   <li>支出型 when necessary spending left a hardship, the verified per-capita income is below last
 *       year's local per-capita disposable income and assets meet the local rules.
 * </ul>
 *
 * <p>The amount follows the local tiers linked to the 低保 standard (二(三)): the tier reached by the
 * hardship pays {@code monthsOfDibaoStandard} × the monthly standard × the household size, capped
 * at the tier's maximum and at the hardship itself. A hardship below the lowest tier gets no 支出型
 * assistance; with no tiers configured the approving office sets the amount. 低保 and 特困 households
 * qualify too: for them 临时救助 is the answer to a new hardship, never a second 低保.
 */
public final class TemporaryAssistancePolicy implements AssistancePolicy {

    @Override
    public String name() {
        return "TemporaryAssistance";
    }

    @Override
    public String source() {
        return "社会救助暂行办法 第四十七条；民政部 财政部《关于进一步加强和改进临时救助工作的意见》（民发〔2018〕23号）二(一)至(三)";
    }

    @Override
    public List<Recommendation> recommend(AssistanceContext context) {
        VisitFindings findings = context.findings();
        if (findings.suddenEmergency()) {
            return List.of(withAmount(context, Measure.TEMPORARY_ASSISTANCE_EMERGENCY, EMERGENCY));
        }
        boolean expenditure =
                findings.hasHardship()
                        && findings.assetsWithinLocalRules()
                        && context.isIncomeBelowDisposableIncome();
        boolean tierReached =
                context.standard().temporaryAssistanceTiers().isEmpty()
                        || amountFor(context).isPresent();
        if (!expenditure || !tierReached) {
            return List.of();
        }
        String reason = EXPENDITURE + (context.hasBasicLivingCover() ? ALREADY_COVERED : "");
        return List.of(withAmount(context, Measure.TEMPORARY_ASSISTANCE_EXPENDITURE, reason));
    }

    /**
     * 临时救助金额: from the tier the hardship reaches, months × monthly 低保 standard × household size,
     * capped at the tier's maximum and at the hardship; empty when no tier is reached.
     */
    public static Optional<Yuan> amountFor(AssistanceContext context) {
        Yuan hardship = context.findings().hardship();
        if (!context.findings().hasHardship()) {
            return Optional.empty();
        }
        return context.standard().tierFor(hardship).map(tier -> capped(context, tier, hardship));
    }

    private static Yuan capped(
            AssistanceContext context, TemporaryAssistanceTier tier, Yuan hardship) {
        Yuan byStandard = context.dibaoStandardFor(tier.monthsOfDibaoStandard());
        Yuan lower = byStandard.isBelow(tier.maximum()) ? byStandard : tier.maximum();
        return lower.isBelow(hardship) ? lower : hardship;
    }

    private Recommendation withAmount(AssistanceContext context, Measure measure, String reason) {
        Optional<Yuan> amount = amountFor(context);
        String note = amount.isPresent() ? capNote(context, amount.get()) : NO_TIER;
        Recommendation recommendation = Recommendation.recommended(this, measure, reason + note);
        return amount.map(recommendation::withAmount).orElse(recommendation);
    }

    private static String capNote(AssistanceContext context, Yuan amount) {
        TemporaryAssistanceTier tier =
                context.standard().tierFor(context.findings().hardship()).orElseThrow();
        return amount.equals(tier.maximum()) ? AT_MAXIMUM : "按本地临时救助分档标准计算。";
    }

    private static final String EMERGENCY =
            "遭遇突发急难情形，基本生活暂时出现严重困难：可先行救助（小金额先行救助），急难情况缓解后补齐手续，不受户籍限制。";
    private static final String EXPENDITURE =
            "因医疗、教育等生活必需支出突然增加，超出家庭承受能力，且家庭人均收入低于当地上年度人均可支配收入、财产符合规定：建议给予支出型临时救助。";
    private static final String ALREADY_COVERED = "该户已享受基本生活救助，不重复纳入低保，以临时救助解决新增困难。";
    private static final String NO_TIER = "困难金额未达分档起点或本地未设分档标准，救助金额由审批机关确定。";
    private static final String AT_MAXIMUM = "已达本档救助上限；困难仍较大的，可按一事一议适当提高救助额度（二(三)）。";
}
