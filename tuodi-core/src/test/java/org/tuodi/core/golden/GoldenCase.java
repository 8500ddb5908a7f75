package org.tuodi.core.golden;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.tuodi.core.assistance.VisitFindings;
import org.tuodi.core.event.DepartmentEvent;
import org.tuodi.core.household.Household;
import org.tuodi.core.standard.LocalStandard;

/**
 * 标准案例: one golden case, read from {@code golden/*.json}: a household, the department records in
 * the order they are delivered, the date the screening ends, the decisions the reference rule set
 * must give and, optionally, a home visit with the recommendations the assistance policies must
 * give. The core, the server and the stream job all run these files, so they cannot drift apart.
 */
public record GoldenCase(
        String file,
        String name,
        String description,
        Household household,
        List<DepartmentEvent> events,
        LocalDate asOf,
        List<ExpectedDecision> decisions,
        Optional<Visit> visit) {

    /** A decision the engine must make, in order. */
    public record ExpectedDecision(
            String decision,
            String level,
            int score,
            LocalDate asOf,
            List<String> indicators,
            List<String> evidence) {}

    /** A home visit and the recommendations it must give, in order. */
    public record Visit(
            LocalDate on,
            VisitFindings findings,
            LocalStandard standard,
            List<ExpectedRecommendation> recommendations) {}

    /** A recommendation: the measure, RECOMMENDED or OPTION_IF, and its amount if it has one. */
    public record ExpectedRecommendation(String measure, String status, Optional<String> amount) {}

    @Override
    public String toString() {
        return file;
    }
}
