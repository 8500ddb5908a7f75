package org.tuodi.server.proofs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.tuodi.server.alerting.AlertWorkflow;
import org.tuodi.server.platform.CaseFixtures;
import org.tuodi.server.platform.CurrentUser;
import org.tuodi.server.platform.ServerIntegrationTest;
import org.tuodi.server.registry.HouseholdRegistry;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * 越权访问 (IDOR): ids in URLs are sequential, so a user can try its neighbours'. Walking every id
 * there is (and a few beyond), a user gets the things of its own region and a 404 for every other,
 * the same 404 as for an id that does not exist, so nothing tells another region's thing from
 * nothing at all.
 */
@ServerIntegrationTest
class IdorIT {

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired JsonMapper json;
    @Autowired CaseFixtures fixtures;
    @Autowired HouseholdRegistry registry;
    @Autowired AlertWorkflow workflow;
    ProofWorld world;

    @BeforeEach
    void casesPhotosAndImportsInBothProvinces() throws Exception {
        world = new ProofWorld(fixtures, mvc, jdbc, registry, workflow).build();
    }

    @Test
    void aTownOfficerWalkingEveryCaseIdSeesOnlyTheCasesOfItsTown() throws Exception {
        List<Long> seen = walk(world.town, "/api/v1/cases/{id}", max("alerting_case"));

        assertThat(seen).contains(world.insideCase).doesNotContain(world.outsideCase);
        for (long id : seen) {
            assertThat(regionOf("alerting_case", id)).startsWith("411122101");
        }
    }

    @Test
    void anOfficerOfAnotherProvinceWalkingEveryCaseIdSeesOnlyItsOwn() throws Exception {
        List<Long> seen = walk(world.ningbo, "/api/v1/cases/{id}", max("alerting_case"));

        assertThat(seen).containsExactly(world.outsideCase);
    }

    @Test
    void anAssistantWalkingEveryCaseIdSeesOnlyTheCasesAssignedToIt() throws Exception {
        List<Long> seen = walk(world.assistant, "/api/v1/cases/{id}", max("alerting_case"));

        assertThat(seen).containsExactly(world.insideCase);
    }

    @Test
    void aTownOfficerWalkingEveryImportIdSeesOnlyTheImportsOfItsTown() throws Exception {
        long last = max("registry_import_job");
        List<Long> seen = walk(world.town, "/api/v1/imports/{id}", last);

        assertThat(seen).contains(world.insideImport).doesNotContain(world.outsideImport);
        for (long id : seen) {
            assertThat(regionOf("registry_import_job", id)).startsWith("411122101");
        }
        assertThat(walk(world.town, "/api/v1/imports/{id}/rejects", last))
                .containsExactlyElementsOf(seen);
        List<Long> ningbo = walk(world.ningbo, "/api/v1/imports/{id}", last);
        assertThat(ningbo).contains(world.outsideImport).doesNotContain(world.insideImport);
        for (long id : ningbo) {
            assertThat(regionOf("registry_import_job", id)).startsWith("33");
        }
    }

    @Test
    void aPhotoIsReachedOnlyThroughItsOwnCase() throws Exception {
        long lastPhoto = max("alerting_visit_photo");
        List<Long> seen = new ArrayList<>();
        for (long photo = 1; photo <= lastPhoto + 2; photo++) {
            MvcResult result =
                    fetch(world.town, "/api/v1/cases/" + world.insideCase + "/photos/" + photo);
            if (result.getResponse().getStatus() == 200) {
                seen.add(photo);
            } else {
                assertNotFound(result);
            }
        }

        assertThat(seen).containsExactly(world.insidePhoto);
        assertNotFound(
                fetch(
                        world.ningbo,
                        "/api/v1/cases/" + world.outsideCase + "/photos/" + world.insidePhoto));
        assertNotFound(
                fetch(
                        world.town,
                        "/api/v1/cases/" + world.outsideCase + "/photos/" + world.outsidePhoto));
    }

    @Test
    void anotherRegionsHouseholdIsAnsweredExactlyAsAHouseholdThatDoesNotExist() throws Exception {
        String other = world.outsideHousehold.id().value();

        JsonNode outside = body(fetch(world.town, "/api/v1/households/" + other));
        JsonNode missing = body(fetch(world.town, "/api/v1/households/PROOF-NO-SUCH"));

        assertThat(outside.get("status").asInt()).isEqualTo(404);
        assertThat(outside.get("title")).isEqualTo(missing.get("title"));
        assertThat(outside.get("type")).isEqualTo(missing.get("type"));
        assertThat(outside.get("detail").stringValue())
                .isEqualTo(missing.get("detail").stringValue().replace("PROOF-NO-SUCH", other));
        assertThat(fetch(world.town, "/api/v1/households/" + other + "/categories").getResponse())
                .extracting(r -> r.getStatus())
                .isEqualTo(404);
    }

    /** The ids from 1 to {@code last + 2} the user is answered 200 for; every other is a 404. */
    private List<Long> walk(CurrentUser user, String template, long last) throws Exception {
        List<Long> seen = new ArrayList<>();
        for (long id = 1; id <= last + 2; id++) {
            MvcResult result = fetch(user, template.replace("{id}", Long.toString(id)));
            if (result.getResponse().getStatus() == 200) {
                seen.add(id);
            } else {
                assertNotFound(result);
            }
        }
        return seen;
    }

    private void assertNotFound(MvcResult result) throws Exception {
        assertThat(result.getResponse().getStatus())
                .as(result.getRequest().getRequestURI())
                .isEqualTo(404);
        assertThat(body(result).get("type").stringValue()).isEqualTo("urn:tuodi:problem:not-found");
    }

    private MvcResult fetch(CurrentUser user, String url) throws Exception {
        return mvc.perform(get(url).with(CaseFixtures.as(user))).andReturn();
    }

    private JsonNode body(MvcResult result) throws Exception {
        return json.readTree(result.getResponse().getContentAsString());
    }

    private long max(String table) {
        return jdbc.sql("SELECT coalesce(max(id), 0) FROM " + table).query(Long.class).single();
    }

    private String regionOf(String table, long id) {
        return jdbc.sql("SELECT region_code FROM " + table + " WHERE id = :id")
                .param("id", id)
                .query(String.class)
                .single()
                .strip();
    }
}
