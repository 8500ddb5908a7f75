package org.tuodi.server.proofs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.tuodi.core.event.Source;
import org.tuodi.server.alerting.AlertWorkflow;
import org.tuodi.server.platform.CaseFixtures;
import org.tuodi.server.platform.ServerIntegrationTest;
import org.tuodi.server.platform.TestUsers;
import org.tuodi.server.registry.HouseholdRegistry;

/**
 * 上传攻击: a file name is never a path (imports, visit photos and records files keep nothing of the
 * client's name: no file appears where a {@code ../} name points); a photo must be the image it
 * claims to be and at most 5 MB (400 otherwise, nothing stored). The size limits of whole uploads
 * are enforced by the servlet container, which MockMvc does not run: {@link UploadLimitsIT} proves
 * them on a real server.
 */
@ServerIntegrationTest
class UploadAttacksIT {

    static final List<String> HOSTILE_NAMES =
            List.of(
                    "../../../../../../tmp/tuodi-proof-traversal.csv",
                    "..\\..\\..\\..\\tmp\\tuodi-proof-traversal.csv",
                    "/tmp/tuodi-proof-traversal.csv",
                    "....//....//....//tmp/tuodi-proof-traversal.csv",
                    "%2e%2e%2f%2e%2e%2ftmp%2ftuodi-proof-traversal.csv",
                    "households.csv\u0000.png");

    static final Path TARGET = Path.of("/tmp/tuodi-proof-traversal.csv");

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired CaseFixtures fixtures;
    @Autowired HouseholdRegistry registry;
    @Autowired AlertWorkflow workflow;
    ProofWorld world;

    @BeforeEach
    void theWorldOfTheProofs() throws Exception {
        Files.deleteIfExists(TARGET);
        world = new ProofWorld(fixtures, mvc, jdbc, registry, workflow).build();
    }

    @Test
    void anImportsFileNamesAreNotPaths() throws Exception {
        for (String name : HOSTILE_NAMES) {
            MvcResult started =
                    mvc.perform(
                                    multipart("/api/v1/imports")
                                            .file(
                                                    new MockMultipartFile(
                                                            "households",
                                                            name,
                                                            "text/csv",
                                                            households("PROOF-UP-1")))
                                            .file(
                                                    new MockMultipartFile(
                                                            "members",
                                                            name,
                                                            "text/csv",
                                                            members("PROOF-UP-1")))
                                            .with(CaseFixtures.as(world.town)))
                            .andReturn();
            assertThat(started.getResponse().getStatus()).isEqualTo(202);
            String location = started.getResponse().getHeader("Location");
            long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
            world.awaitImport(id);

            Map<String, Object> job =
                    jdbc.sql(
                                    "SELECT status, households_file, members_file"
                                            + " FROM registry_import_job WHERE id = :id")
                            .param("id", id)
                            .query()
                            .singleRow();
            assertThat(job)
                    .containsEntry("status", "SUCCEEDED")
                    .containsEntry("households_file", "households.csv")
                    .containsEntry("members_file", "members.csv");
            assertThat(TARGET).doesNotExist();
        }
    }

    @Test
    void aPhotosNameIsNotAPathAndIsNotKept() throws Exception {
        for (String name : HOSTILE_NAMES) {
            MvcResult added =
                    mvc.perform(
                                    multipart("/api/v1/cases/{id}/photos", world.insideCase)
                                            .file(
                                                    new MockMultipartFile(
                                                            "photo",
                                                            name.replace(".csv", ".png"),
                                                            "image/png",
                                                            ProofWorld.PNG))
                                            .with(CaseFixtures.as(world.assistant)))
                            .andReturn();
            assertThat(added.getResponse().getStatus()).isEqualTo(201);
            assertThat(Path.of("/tmp/tuodi-proof-traversal.png")).doesNotExist();
        }
        MvcResult photo =
                mvc.perform(
                                get(
                                                "/api/v1/cases/{id}/photos/{photo}",
                                                world.insideCase,
                                                world.insidePhoto)
                                        .with(CaseFixtures.as(world.town)))
                        .andReturn();
        assertThat(photo.getResponse().getContentType()).isEqualTo("image/png");
        assertThat(photo.getResponse().getHeader("Content-Disposition")).isNull();
    }

    @Test
    void aPhotoThatIsNotTheImageItClaimsOrTooLargeIsRefusedAndNothingIsStored() throws Exception {
        byte[] html =
                "<html><script>alert(document.cookie)</script></html>"
                        .getBytes(StandardCharsets.UTF_8);
        byte[] tooLarge = Arrays.copyOf(ProofWorld.PNG, 5 * 1024 * 1024 + 1);
        Map<String, Long> before = TableCounts.of(jdbc);

        for (MockMultipartFile file :
                List.of(
                        new MockMultipartFile("photo", "a.png", "image/png", html),
                        new MockMultipartFile("photo", "a.html", "text/html", html),
                        new MockMultipartFile("photo", "a.svg", "image/svg+xml", html),
                        new MockMultipartFile("photo", "a.jpg", "image/jpeg", ProofWorld.PNG),
                        new MockMultipartFile("photo", "empty.png", "image/png", new byte[0]),
                        new MockMultipartFile("photo", "big.png", "image/png", tooLarge))) {
            MvcResult refused =
                    mvc.perform(
                                    multipart("/api/v1/cases/{id}/photos", world.insideCase)
                                            .file(file)
                                            .with(CaseFixtures.as(world.assistant)))
                            .andReturn();
            assertThat(refused.getResponse().getStatus())
                    .as(file.getOriginalFilename())
                    .isEqualTo(400);
            assertThat(refused.getResponse().getContentType())
                    .startsWith("application/problem+json");
        }

        assertThat(TableCounts.of(jdbc)).isEqualTo(before);
    }

    @Test
    void aRecordsFilesNameIsNotAPath() throws Exception {
        String token = fixtures.tokenFor(Source.MEDICAL_INSURANCE);
        for (String name : HOSTILE_NAMES) {
            MvcResult sent =
                    mvc.perform(
                                    multipart("/api/v1/events/files")
                                            .file(
                                                    new MockMultipartFile(
                                                            "file",
                                                            name,
                                                            "text/csv",
                                                            ("event_id,source,type,id_number,"
                                                                            + "occurred_on\n")
                                                                    .getBytes(
                                                                            StandardCharsets
                                                                                    .UTF_8)))
                                            .with(TestUsers.bearer(token)))
                            .andReturn();
            assertThat(sent.getResponse().getStatus()).isEqualTo(200);
            assertThat(TARGET).doesNotExist();
        }
    }

    private static byte[] households(String id) {
        return ("household_id,region_code,categories,residence,per_capita_monthly_income,address\n"
                        + id
                        + ","
                        + ProofWorld.INSIDE.value()
                        + ",DIBAO,RURAL,300.00,\n")
                .getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] members(String id) {
        return ("household_id,id_number,name,relation,labor_capacity,disability_grade,"
                        + "disability_type,serious_illness,phone\n"
                        + id
                        + ","
                        + ProofWorld.idNumber(300).value()
                        + ","
                        + ProofWorld.NAMES.get(3)
                        + ",HEAD,FULL,,,false,\n")
                .getBytes(StandardCharsets.UTF_8);
    }
}
