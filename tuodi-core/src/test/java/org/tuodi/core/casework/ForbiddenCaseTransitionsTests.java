package org.tuodi.core.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.tuodi.core.fixtures.Cases;
import org.tuodi.core.fixtures.Deadlines;
import org.tuodi.core.fixtures.Visits;
import org.tuodi.core.rules.AlertLevel;

@DisplayName("一户一案: actions a case's status does not allow are refused, naming status and action")
class ForbiddenCaseTransitionsTests {

    private static final LocalDate LATER = Cases.RAISED_ON.plusDays(20);

    private static final Map<CaseStatus, Supplier<AssistanceCase>> CASE_IN =
            Map.of(
                    CaseStatus.PENDING_ASSIGNMENT, () -> Cases.aCase().pendingAssignment(),
                    CaseStatus.ASSIGNED, () -> Cases.aCase().assigned(),
                    CaseStatus.VISITED, () -> Cases.aCase().visited(),
                    CaseStatus.DISPOSED, () -> Cases.aCase().disposed(),
                    CaseStatus.CLOSED, () -> Cases.aCase().closed(),
                    CaseStatus.NO_ASSISTANCE_NEEDED, () -> Cases.aCase().noAssistanceNeeded(),
                    CaseStatus.ESCALATED_TO_COUNTY, () -> Cases.aCase().escalatedToCounty());

    private static final Map<CaseAction, Function<AssistanceCase, AssistanceCase>> ACTION =
            Map.of(
                    CaseAction.ASSIGN, c -> c.assign("assistant-09", LATER),
                    CaseAction.RECORD_VISIT, c -> c.recordVisit(Visits.aVisit().on(LATER).build()),
                    CaseAction.CONCLUDE_NO_ASSISTANCE_NEEDED,
                            c -> c.concludeNoAssistanceNeeded(LATER, "无新增困难"),
                    CaseAction.DISPOSE, c -> c.dispose(DisposalOutcome.REFER_TO_DEPARTMENT, LATER),
                    CaseAction.DECIDE_BY_COUNTY, c -> c.decideByCounty(LATER),
                    CaseAction.CLOSE, c -> c.close(LATER),
                    CaseAction.RAISE_LEVEL,
                            c -> c.escalateLevel(AlertLevel.URGENT, Deadlines.urgent(), LATER));

    private static final Map<CaseAction, Set<CaseStatus>> ALLOWED_FROM =
            Map.of(
                    CaseAction.ASSIGN,
                            EnumSet.of(CaseStatus.PENDING_ASSIGNMENT, CaseStatus.ASSIGNED),
                    CaseAction.RECORD_VISIT, EnumSet.of(CaseStatus.ASSIGNED),
                    CaseAction.CONCLUDE_NO_ASSISTANCE_NEEDED, EnumSet.of(CaseStatus.VISITED),
                    CaseAction.DISPOSE, EnumSet.of(CaseStatus.VISITED),
                    CaseAction.DECIDE_BY_COUNTY, EnumSet.of(CaseStatus.ESCALATED_TO_COUNTY),
                    CaseAction.CLOSE,
                            EnumSet.of(CaseStatus.DISPOSED, CaseStatus.NO_ASSISTANCE_NEEDED),
                    CaseAction.RAISE_LEVEL, EnumSet.complementOf(EnumSet.of(CaseStatus.CLOSED)));

    static Stream<Arguments> forbidden() {
        List<Arguments> rows = new ArrayList<>();
        ALLOWED_FROM.forEach(
                (action, allowed) -> {
                    for (CaseStatus status : EnumSet.complementOf(EnumSet.copyOf(allowed))) {
                        rows.add(Arguments.of(status, action));
                    }
                });
        return rows.stream();
    }

    static Stream<Arguments> allowed() {
        List<Arguments> rows = new ArrayList<>();
        ALLOWED_FROM.forEach(
                (action, statuses) -> statuses.forEach(s -> rows.add(Arguments.of(s, action))));
        return rows.stream();
    }

    @ParameterizedTest(name = "{1} is refused when the case is {0}")
    @MethodSource("forbidden")
    void refusesAnActionItsStatusDoesNotAllow(CaseStatus status, CaseAction action) {
        AssistanceCase aCase = CASE_IN.get(status).get();

        assertThatThrownBy(() -> ACTION.get(action).apply(aCase))
                .isInstanceOfSatisfying(
                        IllegalCaseTransitionException.class,
                        e -> {
                            assertThat(e.current()).isEqualTo(status);
                            assertThat(e.attempted()).isEqualTo(action);
                        })
                .hasMessageContaining(status.name())
                .hasMessageContaining(action.name());
    }

    @ParameterizedTest(name = "{1} is accepted when the case is {0}")
    @MethodSource("allowed")
    void acceptsAnActionItsStatusAllows(CaseStatus status, CaseAction action) {
        AssistanceCase aCase = CASE_IN.get(status).get();

        assertThat(ACTION.get(action).apply(aCase)).isNotNull();
    }

    @Test
    void cannotCloseACaseBeforeItIsDisposed() {
        AssistanceCase visited = Cases.aCase().visited();

        assertThatThrownBy(() -> visited.close(LATER))
                .isInstanceOf(IllegalCaseTransitionException.class)
                .hasMessage("case of household H0001: cannot CLOSE when status is VISITED");
    }

    @Test
    void cannotVisitACaseBeforeItIsAssigned() {
        AssistanceCase pending = Cases.aCase().pendingAssignment();

        assertThatThrownBy(() -> pending.recordVisit(Visits.aVisit().on(LATER).build()))
                .isInstanceOf(IllegalCaseTransitionException.class);
    }

    @Test
    void cannotDisposeACaseTwice() {
        AssistanceCase disposed = Cases.aCase().disposed();

        assertThatThrownBy(() -> disposed.dispose(DisposalOutcome.REFER_TO_DEPARTMENT, LATER))
                .isInstanceOf(IllegalCaseTransitionException.class);
    }

    @Test
    void cannotReassignACaseOnceVisited() {
        AssistanceCase visited = Cases.aCase().visited();

        assertThatThrownBy(() -> visited.assign("assistant-02", LATER))
                .isInstanceOf(IllegalCaseTransitionException.class);
    }

    @Test
    void aClosedCaseAcceptsNothingMore() {
        AssistanceCase closed = Cases.aCase().closed();

        for (Function<AssistanceCase, AssistanceCase> action : ACTION.values()) {
            assertThatThrownBy(() -> action.apply(closed))
                    .isInstanceOf(IllegalCaseTransitionException.class);
        }
    }
}
