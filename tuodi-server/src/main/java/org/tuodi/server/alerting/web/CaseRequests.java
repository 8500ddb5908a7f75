package org.tuodi.server.alerting.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.tuodi.core.assistance.MemberCondition;
import org.tuodi.core.assistance.RigidSpending;
import org.tuodi.core.assistance.VisitFindings;
import org.tuodi.core.casework.VisitRecord;
import org.tuodi.core.shared.Yuan;
import org.tuodi.server.alerting.AlertWorkflow.MeasureDecision;
import org.tuodi.server.platform.InvalidInputProblem;

/**
 * The bodies of the case API and their checks. Every step carries the {@code version} of the case
 * the user last saw. Amounts are yuan with at most two decimals (JSON numbers or strings). Over 150
 * lines because the visit findings have eleven fields, each checked here.
 */
final class CaseRequests {

    private CaseRequests() {}

    record VersionRequest(Integer version) {}

    record AssignRequest(Long assigneeId, Integer version) {}

    record RigidSpendingRequest(
            BigDecimal medicalOutOfPocket,
            BigDecimal education,
            BigDecimal rehabilitation,
            BigDecimal other) {}

    record MemberRequest(
            String member,
            Integer age,
            Boolean seriouslyIll,
            Boolean majorIllnessRecognised,
            Boolean severelyDisabled,
            Boolean unemployed,
            Boolean nonCompulsoryStudent) {}

    record FindingsRequest(
            BigDecimal perCapitaMonthlyIncome,
            Integer householdSize,
            Boolean assetsWithinLocalRules,
            RigidSpendingRequest rigidSpending,
            BigDecimal hardship,
            Boolean hasMemberAbleToWork,
            Boolean hasAbleSupporter,
            List<MemberRequest> members,
            Boolean dangerousHouse,
            Boolean disasterLoss,
            Boolean suddenEmergency) {}

    record VisitRequest(
            LocalDate visitedOn,
            List<String> investigators,
            FindingsRequest findings,
            String remarks,
            Boolean familySigned,
            Integer version) {}

    record MeasureRequest(String measure, String status, BigDecimal amount, String reason) {}

    record DisposeRequest(
            String outcome, List<MeasureRequest> measures, String editReason, Integer version) {}

    record CountyDecisionRequest(String decision, Integer version) {}

    record NoAssistanceNeededRequest(String reason, Integer version) {}

    record ReferralFeedbackRequest(String measure, String result, Integer version) {}

    static int version(Integer version) {
        return required(version, "version");
    }

    static <T> T required(T value, String field) {
        if (value == null) {
            throw new InvalidInputProblem(field, "required value is missing");
        }
        return value;
    }

    static <E extends Enum<E>> E code(String value, String field, Class<E> type) {
        required(value, field);
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(value)) {
                return constant;
            }
        }
        throw new InvalidInputProblem(field, "unknown code '" + value + "'");
    }

    static VisitRecord visit(VisitRequest r) {
        LocalDate on = required(r.visitedOn(), "visitedOn");
        List<String> investigators = required(r.investigators(), "investigators");
        VisitFindings findings = findings(required(r.findings(), "findings"));
        try {
            return new VisitRecord(
                    on,
                    investigators.stream().map(i -> i == null ? "" : i.strip()).toList(),
                    findings,
                    r.remarks() == null ? "" : r.remarks(),
                    Boolean.TRUE.equals(r.familySigned()));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputProblem("investigators", e.getMessage());
        }
    }

    private static VisitFindings findings(FindingsRequest f) {
        RigidSpendingRequest rigid = f.rigidSpending();
        try {
            return new VisitFindings(
                    yuan(
                            required(f.perCapitaMonthlyIncome(), "findings.perCapitaMonthlyIncome"),
                            "findings.perCapitaMonthlyIncome"),
                    required(f.householdSize(), "findings.householdSize"),
                    !Boolean.FALSE.equals(f.assetsWithinLocalRules()),
                    rigid == null
                            ? RigidSpending.NONE
                            : new RigidSpending(
                                    optionalYuan(rigid.medicalOutOfPocket(), "rigidSpending"),
                                    optionalYuan(rigid.education(), "rigidSpending"),
                                    optionalYuan(rigid.rehabilitation(), "rigidSpending"),
                                    optionalYuan(rigid.other(), "rigidSpending")),
                    optionalYuan(f.hardship(), "findings.hardship"),
                    Boolean.TRUE.equals(f.hasMemberAbleToWork()),
                    Boolean.TRUE.equals(f.hasAbleSupporter()),
                    f.members() == null
                            ? List.of()
                            : f.members().stream().map(CaseRequests::member).toList(),
                    Boolean.TRUE.equals(f.dangerousHouse()),
                    Boolean.TRUE.equals(f.disasterLoss()),
                    Boolean.TRUE.equals(f.suddenEmergency()));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputProblem("findings", e.getMessage());
        }
    }

    private static MemberCondition member(MemberRequest m) {
        return new MemberCondition(
                required(m.member(), "findings.members.member"),
                required(m.age(), "findings.members.age"),
                Boolean.TRUE.equals(m.seriouslyIll()),
                Boolean.TRUE.equals(m.majorIllnessRecognised()),
                Boolean.TRUE.equals(m.severelyDisabled()),
                Boolean.TRUE.equals(m.unemployed()),
                Boolean.TRUE.equals(m.nonCompulsoryStudent()));
    }

    static MeasureDecision measure(MeasureRequest m) {
        return new MeasureDecision(
                code(m.measure(), "measures.measure", org.tuodi.core.assistance.Measure.class),
                code(
                        m.status(),
                        "measures.status",
                        org.tuodi.core.assistance.RecommendationStatus.class),
                m.amount() == null
                        ? Optional.empty()
                        : Optional.of(yuan(m.amount(), "measures.amount")),
                m.reason());
    }

    private static Yuan optionalYuan(BigDecimal amount, String field) {
        return amount == null ? Yuan.ZERO : yuan(amount, field);
    }

    private static Yuan yuan(BigDecimal amount, String field) {
        if (amount.signum() < 0) {
            throw new InvalidInputProblem(field, "negative amount");
        }
        try {
            return Yuan.of(amount);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputProblem(field, e.getMessage());
        }
    }
}
