package org.tuodi.server.ingest.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tuodi.core.event.MedicalSettlement;
import org.tuodi.core.shared.Yuan;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class EventJsonReaderTests {

    static final JsonMapper JSON = JsonMapper.builder().build();

    static final String COMMON =
            """
            "eventId": "YB-1", "source": "MEDICAL_INSURANCE", "type": "MEDICAL_SETTLEMENT",
            "idNumber": "411122195303080444", "occurredOn": "2024-08-15"
            """;

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "\"outOfPocket\": \"5000\"        | 5000.00",
                "\"outOfPocket\": 4999.99          | 4999.99",
                "\"outOfPocket\": \"0.1\"         | 0.10"
            })
    void readsAmountsWrittenAsStringsOrNumbers(String field, String expected) {
        JsonNode record = JSON.readTree("{" + COMMON + ", " + field + "}");

        MedicalSettlement bill = (MedicalSettlement) EventJsonReader.event(record);

        assertThat(bill.outOfPocket()).isEqualTo(Yuan.parse(expected));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "\"outOfPocket\": \"12.345\"                        | outOfPocket | more than 2 decimals: '12.345'",
                "\"outOfPocket\": \"-5\"                            | outOfPocket | negative amount: '-5'",
                "\"outOfPocket\": \"1e3\"                           | outOfPocket | not an amount in yuan: '1e3'",
                "\"inpatient\": \"yes\", \"outOfPocket\": 1        | inpatient   | not true or false: 'yes'",
                "\"stage\": \"PRIMARY\", \"outOfPocket\": 1        | stage       | belongs to STUDENT_ENROLLED records, not to MEDICAL_SETTLEMENT; leave it empty",
                "\"diagnosis\": \"心力衰竭\"                          | outOfPocket | required for MEDICAL_SETTLEMENT records"
            })
    void namesTheFieldAtFaultWithTheReasonOfTheFileReader(
            String fields, String field, String reason) {
        JsonNode batch = JSON.readTree("[{" + COMMON + ", " + fields + "}]");

        EventJsonReader.Result result = EventJsonReader.read(batch);

        assertThat(result.problems())
                .containsExactly(new EventJsonReader.Problem(0, field, reason));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "\"source\": \"HEALTH\", \"type\": \"MEDICAL_SETTLEMENT\" | source | MEDICAL_SETTLEMENT records come from MEDICAL_INSURANCE, not HEALTH",
                "\"source\": \"HEALTH\", \"type\": \"ILLNESS\"            | type   | unknown code 'ILLNESS' (known: MEDICAL_SETTLEMENT, SERIOUS_ILLNESS_DIAGNOSED, STUDENT_ENROLLED, UNEMPLOYMENT_REGISTERED, DISABILITY_CERTIFIED, DISASTER_LOSS, HOUSING_ASSESSED, DEATH_REGISTERED)"
            })
    void checksTheTypeAndItsDepartment(String fields, String field, String reason) {
        JsonNode batch =
                JSON.readTree(
                        "[{\"eventId\": \"X\", \"idNumber\": \"411122195303080444\","
                                + " \"occurredOn\": \"2024-08-15\", "
                                + fields
                                + "}]");

        assertThat(EventJsonReader.read(batch).problems())
                .containsExactly(new EventJsonReader.Problem(0, field, reason));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "\"occurredOn\": \"2024/08/15\" | occurredOn | not an ISO date (yyyy-mm-dd): '2024/08/15'",
                "\"occurredOn\": \"2024-02-30\" | occurredOn | no such date: '2024-02-30'",
                "\"occurredOn\": null          | occurredOn | required value is missing"
            })
    void checksTheDate(String date, String field, String reason) {
        JsonNode batch =
                JSON.readTree(
                        "[{\"eventId\": \"X\", \"source\": \"HUMAN_RESOURCES\","
                                + " \"type\": \"UNEMPLOYMENT_REGISTERED\","
                                + " \"idNumber\": \"411122195303080444\", "
                                + date
                                + "}]");

        assertThat(EventJsonReader.read(batch).problems())
                .containsExactly(new EventJsonReader.Problem(0, field, reason));
    }

    @org.junit.jupiter.api.Test
    void masksAnIdentityNumberItRejects() {
        JsonNode batch =
                JSON.readTree(
                        "[{\"eventId\": \"X\", \"source\": \"HUMAN_RESOURCES\","
                                + " \"type\": \"UNEMPLOYMENT_REGISTERED\","
                                + " \"idNumber\": \"411122195303080445\","
                                + " \"occurredOn\": \"2024-08-15\"}]");

        EventJsonReader.Problem problem = EventJsonReader.read(batch).problems().get(0);

        assertThat(problem.field()).isEqualTo("idNumber");
        assertThat(problem.reason()).contains("411122********0445").doesNotContain("195303080445");
    }
}
