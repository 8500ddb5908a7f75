package org.tuodi.core.golden;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.tuodi.core.assistance.AssistanceContext;
import org.tuodi.core.assistance.AssistancePolicies;
import org.tuodi.core.engine.AlertDecision;
import org.tuodi.core.engine.Assessment;
import org.tuodi.core.engine.HouseholdState;
import org.tuodi.core.engine.RiskEngine;
import org.tuodi.core.rules.RuleSetFormat;

/** Runs every golden case through the engine with the reference rule set and the policies. */
class GoldenCasesTests {

    private static final RiskEngine ENGINE = RiskEngine.of(RuleSetFormat.loadReference());

    static Stream<GoldenCase> cases() {
        return GoldenCases.all().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void givesTheExpectedDecisions(GoldenCase golden) {
        assertThat(decide(golden)).containsExactlyElementsOf(golden.decisions());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void givesTheExpectedRecommendations(GoldenCase golden) {
        golden.visit()
                .ifPresent(
                        visit -> {
                            var context =
                                    new AssistanceContext(
                                            golden.household(),
                                            visit.findings(),
                                            visit.standard(),
                                            visit.on());
                            assertThat(AssistancePolicies.recommend(context))
                                    .map(
                                            r ->
                                                    new GoldenCase.ExpectedRecommendation(
                                                            r.measure().name(),
                                                            r.status().name(),
                                                            r.amount().map(Object::toString)))
                                    .containsExactlyElementsOf(visit.recommendations());
                        });
    }

    @Test
    void listsEveryGoldenFileInTheIndex() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("src/test/resources/golden"))) {
            List<String> json =
                    files.map(p -> p.getFileName().toString())
                            .filter(n -> n.endsWith(".json"))
                            .sorted()
                            .toList();
            assertThat(GoldenCases.names()).containsExactlyInAnyOrderElementsOf(json);
        }
    }

    /** Feeds the records in the file's order, then ends the screening on the case's date. */
    static List<GoldenCase.ExpectedDecision> decide(GoldenCase golden) {
        HouseholdState state = HouseholdState.empty();
        List<AlertDecision> decisions = new ArrayList<>();
        for (var event : golden.events()) {
            Assessment a = ENGINE.accept(state, golden.household(), event);
            state = a.state();
            decisions.addAll(a.decisions());
        }
        decisions.addAll(ENGINE.advanceTo(state, golden.household(), golden.asOf()).decisions());
        return decisions.stream()
                .map(
                        d ->
                                new GoldenCase.ExpectedDecision(
                                        d.code(),
                                        d.level().name(),
                                        d.receipt().score(),
                                        d.receipt().asOf(),
                                        d.receipt().indicatorCodes(),
                                        d.receipt().evidence().stream()
                                                .map(Object::toString)
                                                .toList()))
                .toList();
    }
}
