package org.tuodi.server.alerting.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.tuodi.core.assistance.AssistanceContext;
import org.tuodi.core.assistance.AssistancePolicies;
import org.tuodi.core.assistance.Recommendation;
import org.tuodi.core.casework.VisitRecord;
import org.tuodi.core.household.Household;
import org.tuodi.core.standard.LocalStandard;
import org.tuodi.server.alerting.AlertWorkflow.MeasureDecision;
import org.tuodi.server.alerting.internal.JdbcMeasures.MeasureLine;
import org.tuodi.server.platform.InvalidInputProblem;
import org.tuodi.server.registry.HouseholdRegistry;

/**
 * 分层分类救助措施 of a case. After the visit the core's assistance policies recommend measures from the
 * household as registered, the visit's verified findings and the local standard in force on the
 * visit day; these are stored as the prefilled measures. At disposal the town office decides the
 * measures: it may edit them (add, drop, change the status or the amount), but then it must say
 * why, and the reason is kept with every decided measure.
 */
@Component
class AssistanceMeasures {

    private static final Logger log = LoggerFactory.getLogger(AssistanceMeasures.class);

    private final HouseholdRegistry registry;

    AssistanceMeasures(HouseholdRegistry registry) {
        this.registry = registry;
    }

    /** The measures the policies recommend; none if the household or standard is unknown. */
    List<MeasureLine> prefill(CaseRow row, VisitRecord visit) {
        Optional<Household> household = registry.find(row.householdId());
        Optional<LocalStandard> standard = registry.standardFor(row.region(), visit.visitedOn());
        if (household.isEmpty() || standard.isEmpty()) {
            log.warn(
                    "case={} measures=not_prefilled household_known={} standard_known={}",
                    row.id(),
                    household.isPresent(),
                    standard.isPresent());
            return List.of();
        }
        List<Recommendation> recommendations;
        try {
            recommendations =
                    AssistancePolicies.recommend(
                            new AssistanceContext(
                                    household.get(),
                                    visit.findings(),
                                    standard.get(),
                                    visit.visitedOn()));
        } catch (IllegalArgumentException e) {
            log.warn("case={} measures=not_prefilled reason={}", row.id(), e.getMessage());
            return List.of();
        }
        return recommendations.stream()
                .map(
                        r ->
                                new MeasureLine(
                                        r.measure(),
                                        r.status(),
                                        r.amount(),
                                        r.reason(),
                                        r.policyName(),
                                        r.policySource(),
                                        null,
                                        r.measure().referredTo().orElse(null)))
                .toList();
    }

    /**
     * The decided measures: each keeps the prefilled reason and policy unless given its own; when
     * the decision differs from the prefilled measures, {@code editReason} is required.
     */
    List<MeasureLine> decide(
            List<MeasureLine> prefilled, List<MeasureDecision> decided, String editReason) {
        Set<Object> measures = new HashSet<>();
        for (MeasureDecision d : decided) {
            if (!measures.add(d.measure())) {
                throw new InvalidInputProblem("measures", "measure " + d.measure() + " twice");
            }
        }
        boolean edited = !sameMeasures(prefilled, decided);
        if (edited && editReason.isBlank()) {
            throw new InvalidInputProblem(
                    "editReason", "required when the measures differ from the prefilled ones");
        }
        List<MeasureLine> lines = new ArrayList<>();
        for (MeasureDecision d : decided) {
            Optional<MeasureLine> before =
                    prefilled.stream().filter(p -> p.measure() == d.measure()).findFirst();
            lines.add(
                    new MeasureLine(
                            d.measure(),
                            d.status(),
                            d.amount(),
                            d.reason().isEmpty()
                                    ? before.map(MeasureLine::reason).orElse("")
                                    : d.reason(),
                            before.map(MeasureLine::policyName).orElse(null),
                            before.map(MeasureLine::policySource).orElse(null),
                            edited ? editReason : null,
                            d.measure().referredTo().orElse(null)));
        }
        return lines;
    }

    /** The same measures with the same status and amount, in any order. */
    private static boolean sameMeasures(
            List<MeasureLine> prefilled, List<MeasureDecision> decided) {
        if (prefilled.size() != decided.size()) {
            return false;
        }
        for (MeasureDecision d : decided) {
            boolean found =
                    prefilled.stream()
                            .anyMatch(
                                    p ->
                                            p.measure() == d.measure()
                                                    && p.status() == d.status()
                                                    && Objects.equals(p.amount(), d.amount()));
            if (!found) {
                return false;
            }
        }
        return true;
    }
}
