package org.tuodi.server.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tuodi.core.golden.GoldenCase;
import org.tuodi.core.golden.GoldenCase.ExpectedDecision;
import org.tuodi.core.golden.GoldenCases;
import org.tuodi.server.platform.CaseFixtures;
import org.tuodi.server.platform.ServerIntegrationTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The golden cases of the core, sent through the feed API department by department and assessed up
 * to each case's as-of date by the sweep's advance step, give exactly the decisions the core gives:
 * same decision, level, score, as-of date, indicators and evidence.
 */
@ServerIntegrationTest
class GoldenCasesThroughTheApiIT {

    @Autowired JdbcClient jdbc;
    @Autowired JsonMapper json;
    @Autowired CaseFixtures fixtures;

    @BeforeEach
    void startFromNoRecordsOrCases() {
        fixtures.clearFeedsAndCases();
        fixtures.people("golden");
    }

    static Stream<GoldenCase> cases() {
        return GoldenCases.all().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void givesTheDecisionsTheCoreGives(GoldenCase golden) throws Exception {
        fixtures.register(golden);

        fixtures.sendInOrder(golden.events());
        fixtures.advance(golden.asOf());

        assertThat(storedDecisions()).containsExactlyElementsOf(golden.decisions());
        assertThat(openCases()).isEqualTo(golden.decisions().isEmpty() ? 0 : 1);
    }

    private List<ExpectedDecision> storedDecisions() {
        return jdbc.sql(
                        """
                        SELECT id, decision, level, score, as_of, receipt::text AS receipt
                        FROM alerting_decision ORDER BY id
                        """)
                .query(
                        (rs, n) ->
                                new ExpectedDecision(
                                        rs.getString("decision"),
                                        rs.getString("level"),
                                        rs.getInt("score"),
                                        rs.getObject("as_of", java.time.LocalDate.class),
                                        indicators(rs.getLong("id")),
                                        evidence(rs.getString("receipt"))))
                .list();
    }

    private List<String> indicators(long decisionId) {
        return jdbc.sql(
                        """
                        SELECT indicator_code FROM alerting_decision_indicator
                        WHERE decision_id = :id ORDER BY position
                        """)
                .param("id", decisionId)
                .query(String.class)
                .list();
    }

    private List<String> evidence(String receipt) {
        List<String> keys = new ArrayList<>();
        for (JsonNode key : json.readTree(receipt).get("evidence")) {
            keys.add(key.stringValue());
        }
        return keys;
    }

    private long openCases() {
        return jdbc.sql("SELECT count(*) FROM alerting_case WHERE status <> 'CLOSED'")
                .query(Long.class)
                .single();
    }
}
