package org.tuodi.server.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.tuodi.server.platform.CaseFixtures.as;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.tuodi.core.fixtures.Households;
import org.tuodi.core.fixtures.Members;
import org.tuodi.core.household.DisabilityType;
import org.tuodi.core.household.Member;
import org.tuodi.core.household.Relation;
import org.tuodi.server.platform.AuditEntry;
import org.tuodi.server.platform.CaseFixtures;
import org.tuodi.server.platform.CurrentUser;
import org.tuodi.server.platform.Role;
import org.tuodi.server.platform.ServerIntegrationTest;

/**
 * 查看完整号码须有授权书: numbers are masked everywhere; an officer of the household's region sees a member's
 * whole numbers only for a stated purpose and under the household's valid 授权书, and every view (and
 * refusal) is in the audit trail; the same 授权书 guards an economic-status check (核对). Health details
 * are for the roles that decide on them. Each test uses a household of its own, so authorisations
 * recorded by one do not help another.
 */
@ServerIntegrationTest
@DisplayName("授权书: whole numbers and economic-status checks only under a valid authorisation")
class PersonalDataDisclosureIT {

    static final LocalDate BORN = LocalDate.of(1962, 5, 9);
    static final String PHONE = "13698765432";

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired HouseholdRegistry registry;
    @Autowired CaseFixtures fixtures;
    CurrentUser town;
    CurrentUser otherTown;
    CurrentUser county;
    CurrentUser auditor;
    CurrentUser assistant;
    Member head;

    @BeforeEach
    void officersAndAnAuditorOfTheCounty() {
        CaseFixtures.People people = fixtures.people("disclosure");
        town = people.town();
        otherTown = people.otherTown();
        county = people.county();
        assistant = people.assistant();
        auditor = fixtures.user("disclosure-auditor", Role.AUDITOR, CaseFixtures.COUNTY);
    }

    /** Registers a household of its own for a test: a head with a phone and a disabled spouse. */
    private String household(String id, int sequence) {
        head =
                Members.aMember()
                        .named("韩立新")
                        .bornOn(BORN)
                        .male()
                        .withSequence(sequence)
                        .withPhone(PHONE)
                        .build();
        registry.register(
                Households.aHousehold()
                        .withId(id)
                        .in(CaseFixtures.VILLAGE.value())
                        .dibao()
                        .withMember(head)
                        .withMember(
                                Members.aMember()
                                        .named("吴桂芝")
                                        .as(Relation.SPOUSE)
                                        .bornOn(BORN)
                                        .female()
                                        .withSequence(sequence + 1)
                                        .withDisability(2, DisabilityType.PHYSICAL)
                                        .withSeriousIllness())
                        .build());
        return id;
    }

    private ResultActions postJson(CurrentUser user, String url, String body) throws Exception {
        return mvc.perform(
                post(url).with(as(user)).contentType(MediaType.APPLICATION_JSON).content(body));
    }

    private ResultActions unmask(CurrentUser user, String household, String body) throws Exception {
        return postJson(user, "/api/v1/households/" + household + "/members/0/unmask", body);
    }

    private ResultActions authorise(CurrentUser user, String household, String scopes, String until)
            throws Exception {
        return postJson(
                user,
                "/api/v1/households/" + household + "/authorisations",
                """
                {"signedBy": "韩立新", "signedOn": "2024-08-20", "scopes": [%s],
                 "validFrom": "2024-08-20", "validUntil": "%s", "documentRef": "FC-SQ-2024-0088"}
                """
                        .formatted(scopes, until));
    }

    @Test
    void numbersAreMaskedInTheHouseholdResponse() throws Exception {
        String id = household("DISC-FC-1", 81);

        mvc.perform(get("/api/v1/households/" + id).with(as(town)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.members[0].position").value(0))
                .andExpect(jsonPath("$.members[0].idNumberMasked").value(head.id().masked()))
                .andExpect(jsonPath("$.members[0].phoneMasked").value("136****5432"))
                .andExpect(content().string(not(containsString(head.id().value()))))
                .andExpect(content().string(not(containsString(PHONE))));
    }

    @Test
    void aWholeNumberIsRefusedWithoutAValidAuthorisationAndTheRefusalIsAudited() throws Exception {
        String id = household("DISC-FC-2", 83);
        long mark = fixtures.auditMark();

        unmask(town, id, "{\"purpose\": \"核实低保申请人身份\"}")
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("urn:tuodi:problem:authorisation-required"))
                .andExpect(jsonPath("$.scope").value("PERSONAL_DATA"))
                .andExpect(jsonPath("$.household").value(id))
                .andExpect(jsonPath("$.detail", containsString("授权书")))
                .andExpect(jsonPath("$.detail", containsString("/authorisations")))
                .andExpect(content().string(not(containsString(head.id().value()))));

        assertThat(fixtures.auditedSince(mark, "household_member"))
                .extracting(AuditEntry::action, AuditEntry::subjectId)
                .containsExactly(tuple("PERSONAL_DATA_UNMASK_REFUSED", id + "/0"));
    }

    @Test
    void underARecordedAuthorisationAnOfficerSeesTheWholeNumbersAndTheViewIsAudited()
            throws Exception {
        String id = household("DISC-FC-3", 85);
        long mark = fixtures.auditMark();

        authorise(town, id, "\"PERSONAL_DATA\", \"ECONOMIC_STATUS\"", "2025-08-19")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.scopes.length()").value(2))
                .andExpect(jsonPath("$.documentRef").value("FC-SQ-2024-0088"))
                .andExpect(jsonPath("$.recordedBy").value(town.username()));
        unmask(town, id, "{\"purpose\": \"核实低保申请人身份\"}")
                .andExpect(status().isOk())
                .andExpect(header().string("Cache-Control", containsString("no-store")))
                .andExpect(jsonPath("$.idNumber").value(head.id().value()))
                .andExpect(jsonPath("$.phone").value(PHONE));
        unmask(county, id, "{\"purpose\": \"县级复核\"}").andExpect(status().isOk());

        assertThat(fixtures.auditedSince(mark, "household"))
                .extracting(AuditEntry::action, AuditEntry::subjectId)
                .containsExactly(tuple("AUTHORISATION_RECORDED", id));
        List<AuditEntry> views = fixtures.auditedSince(mark, "household_member");
        assertThat(views)
                .extracting(AuditEntry::action, AuditEntry::actor, AuditEntry::subjectId)
                .containsExactly(
                        tuple("PERSONAL_DATA_UNMASKED", town.username(), id + "/0"),
                        tuple("PERSONAL_DATA_UNMASKED", county.username(), id + "/0"));
        assertThat(views.get(0).detail())
                .contains("purpose=\"核实低保申请人身份\"", "fields=id_number,phone")
                .doesNotContain(head.id().value(), PHONE);
        mvc.perform(get("/api/v1/households/" + id + "/authorisations").with(as(auditor)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].signedBy").value("韩立新"));
    }

    @Test
    void aPurposeMustBeStatedToSeeAWholeNumber() throws Exception {
        String id = household("DISC-FC-4", 87);
        authorise(town, id, "\"PERSONAL_DATA\"", "2025-08-19").andExpect(status().isCreated());
        long mark = fixtures.auditMark();

        unmask(town, id, "{\"purpose\": \"   \"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("purpose"));
        unmask(town, id, "{}").andExpect(status().isBadRequest());
        mvc.perform(post("/api/v1/households/" + id + "/members/0/unmask").with(as(town)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("purpose"));

        assertThat(fixtures.auditedSince(mark, "household_member")).isEmpty();
    }

    @Test
    void anExpiredOrOtherScopeAuthorisationDoesNotCount() throws Exception {
        String id = household("DISC-FC-5", 89);

        authorise(town, id, "\"PERSONAL_DATA\"", "2024-08-31").andExpect(status().isCreated());
        authorise(town, id, "\"ECONOMIC_STATUS\"", "2025-08-19").andExpect(status().isCreated());

        unmask(town, id, "{\"purpose\": \"核实\"}")
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.scope").value("PERSONAL_DATA"));
    }

    @Test
    void onlyOfficersOfTheHouseholdsRegionMayAskForWholeNumbers() throws Exception {
        String id = household("DISC-FC-6", 91);
        authorise(town, id, "\"PERSONAL_DATA\"", "2025-08-19").andExpect(status().isCreated());
        String body = "{\"purpose\": \"核实\"}";

        unmask(auditor, id, body).andExpect(status().isForbidden());
        unmask(assistant, id, body).andExpect(status().isForbidden());
        unmask(otherTown, id, body).andExpect(status().isNotFound());
        authorise(auditor, id, "\"PERSONAL_DATA\"", "2025-08-19").andExpect(status().isForbidden());
        postJson(town, "/api/v1/households/" + id + "/members/5/unmask", body)
                .andExpect(status().isNotFound());
    }

    @Test
    void anAuthorisationNeedsItsScopesDatesAndDocumentReference() throws Exception {
        String id = household("DISC-FC-7", 93);
        String url = "/api/v1/households/" + id + "/authorisations";

        postJson(
                        town,
                        url,
                        """
                        {"signedBy": "韩立新", "signedOn": "2024-08-20", "scopes": ["EVERYTHING"],
                         "validFrom": "2024-08-20", "validUntil": "2025-08-19", "documentRef": "X"}
                        """)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("scopes"));
        postJson(
                        town,
                        url,
                        """
                        {"signedBy": "韩立新", "signedOn": "2024-08-20", "scopes": ["PERSONAL_DATA"],
                         "validFrom": "2024-08-20", "validUntil": "2024-08-01", "documentRef": "X"}
                        """)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("validUntil"));
        postJson(
                        town,
                        url,
                        """
                        {"signedBy": "韩立新", "signedOn": "2024-09-02", "scopes": ["PERSONAL_DATA"],
                         "validFrom": "2024-08-20", "validUntil": "2025-08-19", "documentRef": "X"}
                        """)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("signedOn"));
        postJson(
                        town,
                        url,
                        """
                        {"signedBy": "韩立新", "signedOn": "2024-08-20", "scopes": ["PERSONAL_DATA"],
                         "validFrom": "2024-08-20", "validUntil": "2025-08-19"}
                        """)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("documentRef"));

        assertThat(
                        jdbc.sql(
                                        "SELECT count(*) FROM registry_query_authorisation"
                                                + " WHERE household_id = :id")
                                .param("id", id)
                                .query(Long.class)
                                .single())
                .isZero();
    }

    @Test
    void anEconomicStatusCheckNeedsAnAuthorisationAndIsRecordedAsPendingAndAudited()
            throws Exception {
        String id = household("DISC-FC-8", 95);
        String url = "/api/v1/households/" + id + "/economic-checks";

        postJson(town, url, "{\"purpose\": \"低保年度复核\"}")
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.scope").value("ECONOMIC_STATUS"));
        authorise(town, id, "\"ECONOMIC_STATUS\"", "2025-08-19").andExpect(status().isCreated());
        long mark = fixtures.auditMark();
        postJson(town, url, "{\"purpose\": \"\"}").andExpect(status().isBadRequest());
        postJson(town, url, "{\"purpose\": \"低保年度复核\"}")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("PENDING"))
                .andExpect(jsonPath("$.purpose").value("低保年度复核"))
                .andExpect(jsonPath("$.requestedBy").value(town.username()));

        mvc.perform(get(url).with(as(auditor)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].status").value("PENDING"));
        assertThat(fixtures.auditedSince(mark, "household"))
                .extracting(AuditEntry::action)
                .containsExactly("ECONOMIC_CHECK_REQUESTED");
    }

    @Test
    void healthDetailsAreShownToOfficersAndLeftOutForAuditors() throws Exception {
        String id = household("DISC-FC-9", 97);

        mvc.perform(get("/api/v1/households/" + id).with(as(town)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.members[1].disabilityGrade").value(2))
                .andExpect(jsonPath("$.members[1].disabilityType").value("PHYSICAL"))
                .andExpect(jsonPath("$.members[1].seriousIllness").value(true));
        mvc.perform(get("/api/v1/households/" + id).with(as(auditor)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.members[1].name").value("吴桂芝"))
                .andExpect(jsonPath("$.members[1].disabilityGrade").doesNotExist())
                .andExpect(jsonPath("$.members[1].disabilityType").doesNotExist())
                .andExpect(jsonPath("$.members[1].seriousIllness").doesNotExist())
                .andExpect(jsonPath("$.members[0].seriousIllness").doesNotExist());
    }
}
