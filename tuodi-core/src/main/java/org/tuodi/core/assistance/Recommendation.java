package org.tuodi.core.assistance;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.tuodi.core.shared.Yuan;

/**
 * 救助建议: one measure recommended for a household, with the reason an officer reads, the policy that
 * produced it and that policy's source. It is advice for the town office: every measure still goes
 * through its own application and confirmation procedure (最低生活保障审核确认办法 第二十八条).
 *
 * @param amount a one-off amount, for 临时救助 from the local tiers; empty when the measure has none or
 *     the approving office sets it
 * @param members masked references of the members concerned (e.g. 单人户施保); empty for the household
 * @param reason in Chinese, for the officer; may mention incomes and illness, so {@link
 *     #toString()} leaves it out
 */
public record Recommendation(
        Measure measure,
        RecommendationStatus status,
        Optional<Yuan> amount,
        List<String> members,
        String reason,
        String policyName,
        String policySource) {

    public Recommendation {
        Objects.requireNonNull(measure, "measure");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(amount, "amount");
        members = List.copyOf(members);
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(policyName, "policyName");
        Objects.requireNonNull(policySource, "policySource");
    }

    /** A measure the policy recommends now, citing the policy's name and source. */
    public static Recommendation recommended(AssistancePolicy by, Measure measure, String reason) {
        return new Recommendation(
                measure,
                RecommendationStatus.RECOMMENDED,
                Optional.empty(),
                List.of(),
                reason,
                by.name(),
                by.source());
    }

    /** A measure the policy names as an option if the condition in the reason comes true. */
    public static Recommendation optionIf(AssistancePolicy by, Measure measure, String reason) {
        return recommended(by, measure, reason).withStatus(RecommendationStatus.OPTION_IF);
    }

    public Recommendation withAmount(Yuan newAmount) {
        return new Recommendation(
                measure, status, Optional.of(newAmount), members, reason, policyName, policySource);
    }

    public Recommendation forMembers(List<String> newMembers) {
        return new Recommendation(
                measure, status, amount, newMembers, reason, policyName, policySource);
    }

    private Recommendation withStatus(RecommendationStatus newStatus) {
        return new Recommendation(
                measure, newStatus, amount, members, reason, policyName, policySource);
    }

    public boolean isRecommended() {
        return status == RecommendationStatus.RECOMMENDED;
    }

    @Override
    public String toString() {
        return "Recommendation["
                + measure
                + " "
                + status
                + amount.map(a -> " " + a).orElse("")
                + ", members="
                + members.size()
                + ", policy="
                + policyName
                + "]";
    }
}
