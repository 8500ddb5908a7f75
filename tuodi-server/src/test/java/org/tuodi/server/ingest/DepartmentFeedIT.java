package org.tuodi.server.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.tuodi.server.platform.CaseFixtures.as;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.tuodi.core.event.Source;
import org.tuodi.core.golden.GoldenCase;
import org.tuodi.core.golden.GoldenCases;
import org.tuodi.server.platform.CaseFixtures;
import org.tuodi.server.platform.CurrentUser;
import org.tuodi.server.platform.ServerIntegrationTest;

/**
 * 部门数据接口: a department sends its own records with its token; a JSON batch is taken whole or not at
 * all; a file is taken row by row; records about persons in no monitored household are kept. Only
 * department tokens reach the feed: a user's password is not even read there (401, as to anyone
 * without a token).
 */
@ServerIntegrationTest
class DepartmentFeedIT {

    static final String BILL =
            """
            {"eventId": "%s", "source": "MEDICAL_INSURANCE", "type": "MEDICAL_SETTLEMENT",
             "idNumber": "%s", "occurredOn": "2024-08-15", "outOfPocket": %s}
            """;

    /** 赵秀兰 of the seed household. */
    static final String MEMBER = "411122195303080444";

    /** A valid identity number of nobody monitored, registered in 临颍县. */
    static final String STRANGER = "411122198001150316";

    final GoldenCase seed = GoldenCases.load("001-seed-story-linying.json");

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired CaseFixtures fixtures;
    CurrentUser province;
    CurrentUser county;
    CurrentUser town;

    @BeforeEach
    void startFromNoRecordsOrCases() {
        fixtures.clearFeedsAndCases();
        CaseFixtures.People people = fixtures.people("feed");
        province = people.province();
        county = people.county();
        town = people.town();
    }

    @Test
    void aHealthTokenCannotSendMedicalInsuranceRecordsAndNothingIsWritten() throws Exception {
        fixtures.register(seed);

        fixtures.send(fixtures.tokenFor(Source.HEALTH), seed.events())
                .andExpect(status().isForbidden());

        assertThat(fixtures.count("ingest_event")).isZero();
        assertThat(fixtures.count("assessment_household_state")).isZero();
    }

    @Test
    void anInvalidRecordRejectsTheWholeBatchNamingItsIndexAndField() throws Exception {
        fixtures.register(seed);
        String batch =
                "{\"events\": [%s, %s, %s]}"
                        .formatted(
                                BILL.formatted("A-1", MEMBER, "\"100.00\""),
                                BILL.formatted("A-2", MEMBER, "\"12.345\""),
                                BILL.formatted("A-3", "411122195303080445", "\"1.00\""));

        mvc.perform(
                        post("/api/v1/events")
                                .header(
                                        "Authorization",
                                        "Bearer " + fixtures.tokenFor(Source.MEDICAL_INSURANCE))
                                .contentType(MediaType.APPLICATION_JSON)
                                .content(batch))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("urn:tuodi:problem:invalid-input"))
                .andExpect(jsonPath("$.status").value(400))
                .andExpect(jsonPath("$.errors.length()").value(2))
                .andExpect(jsonPath("$.errors[0].index").value(1))
                .andExpect(jsonPath("$.errors[0].field").value("outOfPocket"))
                .andExpect(jsonPath("$.errors[0].reason").value("more than 2 decimals: '12.345'"))
                .andExpect(jsonPath("$.errors[1].index").value(2))
                .andExpect(jsonPath("$.errors[1].field").value("idNumber"))
                .andExpect(
                        jsonPath("$.errors[1].reason")
                                .value(org.hamcrest.Matchers.containsString("411122********0445")));

        assertThat(fixtures.count("ingest_event")).isZero();
    }

    @Test
    void recordsAboutPersonsInNoMonitoredHouseholdAreKeptForTheCounty() throws Exception {
        String batch = "{\"events\": [%s]}".formatted(BILL.formatted("U-1", STRANGER, "9000"));

        mvc.perform(
                        post("/api/v1/events")
                                .header(
                                        "Authorization",
                                        "Bearer " + fixtures.tokenFor(Source.MEDICAL_INSURANCE))
                                .contentType(MediaType.APPLICATION_JSON)
                                .content(batch))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.accepted").value(1))
                .andExpect(jsonPath("$.unmatched").value(1))
                .andExpect(jsonPath("$.alertsRaised").value(0));

        mvc.perform(get("/api/v1/unmatched").with(as(county)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].idNumberMasked").value("411122********0316"))
                .andExpect(jsonPath("$.items[0].eventId").value("U-1"));
        mvc.perform(get("/api/v1/unmatched").param("region", "4102").with(as(province)))
                .andExpect(jsonPath("$.total").value(0));
        mvc.perform(get("/api/v1/unmatched").with(as(town))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/unmatched").param("region", "4102").with(as(county)))
                .andExpect(status().isForbidden());
        String stored =
                jdbc.sql("SELECT payload->>'outOfPocket' FROM ingest_event")
                        .query(String.class)
                        .single();
        assertThat(stored).isEqualTo("9000.00");
    }

    @Test
    void aFileIsTakenRowByRowWithItsRejectsReported() throws Exception {
        fixtures.register(seed);
        String csv =
                """
                event_id,source,type,id_number,occurred_on,out_of_pocket,inpatient
                F-1,MEDICAL_INSURANCE,MEDICAL_SETTLEMENT,%s,2023-08-15,21800.00,true
                F-2,MEDICAL_INSURANCE,MEDICAL_SETTLEMENT,%s,2023-08-16,,false
                F-3,MEDICAL_INSURANCE,MEDICAL_SETTLEMENT,%s,2023-08-17,120.00,false
                F-1,MEDICAL_INSURANCE,MEDICAL_SETTLEMENT,%s,2023-08-15,21800.00,true
                """
                        .formatted(MEMBER, MEMBER, STRANGER, MEMBER);
        MockMultipartFile file =
                new MockMultipartFile(
                        "file", "events.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8));

        mvc.perform(
                        multipart("/api/v1/events/files")
                                .file(file)
                                .header(
                                        "Authorization",
                                        "Bearer " + fixtures.tokenFor(Source.MEDICAL_INSURANCE)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.accepted").value(2))
                .andExpect(jsonPath("$.duplicates").value(1))
                .andExpect(jsonPath("$.unmatched").value(1))
                .andExpect(jsonPath("$.rejects.length()").value(1))
                .andExpect(jsonPath("$.rejects[0].row").value(3))
                .andExpect(jsonPath("$.rejects[0].column").value("out_of_pocket"));

        assertThat(fixtures.count("ingest_event")).isEqualTo(2);
    }

    @Test
    void aFileWithoutTheCommonColumnsIsRefusedWhole() throws Exception {
        MockMultipartFile file =
                new MockMultipartFile(
                        "file", "events.csv", "text/csv", "event_id,source\nX,HEALTH\n".getBytes());

        mvc.perform(
                        multipart("/api/v1/events/files")
                                .file(file)
                                .header(
                                        "Authorization",
                                        "Bearer " + fixtures.tokenFor(Source.HEALTH)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("file"));
    }

    @Test
    void onlyADepartmentTokenMaySendRecords() throws Exception {
        String batch = "{\"events\": []}";

        mvc.perform(post("/api/v1/events").contentType(MediaType.APPLICATION_JSON).content(batch))
                .andExpect(status().isUnauthorized());
        mvc.perform(
                        post("/api/v1/events")
                                .header("Authorization", "Bearer tdt_not-a-token")
                                .contentType(MediaType.APPLICATION_JSON)
                                .content(batch))
                .andExpect(status().isUnauthorized());
        mvc.perform(
                        post("/api/v1/events")
                                .with(as(province))
                                .contentType(MediaType.APPLICATION_JSON)
                                .content(batch))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("WWW-Authenticate", startsWith("Bearer")));
    }
}
