package org.tuodi.core.assistance;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * 分层分类救助政策清单: the active assistance policies in a fixed order — basic living (特困, 低保, 单人户),
 * emergency (临时救助), special assistance by referral (医疗, 教育, 住房, 就业, 受灾), then social forces (慈善) —
 * following the layers of 国办发〔2023〕39号. {@link #recommend} runs them and returns one recommendation
 * per measure, in that order, after dropping what a recommended measure supersedes (特困供养 over 低保).
 */
public final class AssistancePolicies {

    private static final List<AssistancePolicy> ALL =
            List.of(
                    new TekunPolicy(),
                    new DibaoEligibilityPolicy(),
                    new SinglePersonCoveragePolicy(),
                    new TemporaryAssistancePolicy(),
                    new MedicalAssistancePolicy(),
                    new EducationAssistancePolicy(),
                    new HousingAssistancePolicy(),
                    new EmploymentAssistancePolicy(),
                    new DisasterAssistancePolicy(),
                    new CharityPolicy());

    private AssistancePolicies() {}

    /** The active policies, in the order their recommendations are listed. */
    public static List<AssistancePolicy> all() {
        return ALL;
    }

    /** Runs {@link #all()} on the context. */
    public static List<Recommendation> recommend(AssistanceContext context) {
        return recommend(context, ALL);
    }

    /**
     * Runs the given policies in order and keeps the first recommendation of each measure, dropping
     * measures superseded by a measure recommended (not merely optional) by any policy.
     */
    public static List<Recommendation> recommend(
            AssistanceContext context, List<AssistancePolicy> policies) {
        List<Recommendation> all = new ArrayList<>();
        for (AssistancePolicy policy : policies) {
            all.addAll(policy.recommend(context));
        }
        Set<Measure> seen = EnumSet.noneOf(Measure.class);
        List<Recommendation> kept = new ArrayList<>();
        for (Recommendation candidate : all) {
            if (!isSuperseded(candidate, all) && seen.add(candidate.measure())) {
                kept.add(candidate);
            }
        }
        return List.copyOf(kept);
    }

    private static boolean isSuperseded(Recommendation candidate, List<Recommendation> all) {
        return all.stream()
                .anyMatch(r -> r.isRecommended() && r.measure().supersedes(candidate.measure()));
    }
}
