package org.tuodi.server.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.time.Duration;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.tuodi.core.fixtures.Households;
import org.tuodi.core.fixtures.Members;
import org.tuodi.core.household.Household;
import org.tuodi.core.household.Relation;
import org.tuodi.server.platform.CaseFixtures;
import org.tuodi.server.platform.CurrentUser;
import org.tuodi.server.platform.Role;
import org.tuodi.server.platform.ServerIntegrationTest;
import org.tuodi.server.platform.TestUsers;
import org.tuodi.server.registry.internal.ImportJob;
import org.tuodi.server.registry.internal.JdbcImportJobs;

/** The registry pages: household search and page, an import followed to its reject report. */
@ServerIntegrationTest
class RegistryPagesIT {

    @Autowired MockMvc mvc;
    @Autowired CaseFixtures fixtures;
    @Autowired JdbcImportJobs jobs;
    CurrentUser town;
    CurrentUser otherTown;
    Household household;

    @BeforeEach
    void setUp() {
        town = fixtures.user("registry-pages-town", Role.TOWN_OFFICER, CaseFixtures.TOWN);
        otherTown =
                fixtures.user("registry-pages-duqu", Role.TOWN_OFFICER, CaseFixtures.OTHER_TOWN);
        household =
                Households.aHousehold()
                        .withId("RP-0001")
                        .in("411122101203")
                        .dibao()
                        .withMember(
                                Members.aMember()
                                        .named("页面测试户主")
                                        .as(Relation.HEAD)
                                        .bornOn(java.time.LocalDate.of(1960, 1, 2))
                                        .withSequence(811))
                        .build();
        fixtures.register(household);
    }

    @Test
    void aHouseholdIsFoundByTheMaskedIdentityNumberThePagesShow() throws Exception {
        String masked = household.members().get(0).id().masked();

        mvc.perform(get("/households").param("q", masked).session(session(town)))
                .andExpect(status().isOk())
                .andExpect(
                        content()
                                .string(
                                        allOf(
                                                containsString("RP-0001"),
                                                containsString("页面测试户主"))));
        mvc.perform(
                        get("/households")
                                .param("q", "页面测试")
                                .param("region", "411122101203")
                                .session(session(town)))
                .andExpect(content().string(containsString("RP-0001")));
        mvc.perform(
                        get("/households")
                                .param("q", "页面测试")
                                .param("region", "411122101204")
                                .session(session(town)))
                .andExpect(content().string(not(containsString("RP-0001"))));
    }

    @Test
    void theHouseholdPageShowsIdentityNumbersMaskedAndIsNotFoundOutsideTheRegion()
            throws Exception {
        String whole = household.members().get(0).id().value();

        mvc.perform(get("/households/RP-0001").session(session(town)))
                .andExpect(status().isOk())
                .andExpect(
                        content()
                                .string(
                                        allOf(
                                                containsString(
                                                        household.members().get(0).id().masked()),
                                                not(containsString(whole)),
                                                containsString("低保"))));
        mvc.perform(get("/households/RP-0001").session(session(otherTown)))
                .andExpect(status().isNotFound());
    }

    @Test
    void anImportIsFollowedToItsRejectReportInExcel() throws Exception {
        MockHttpSession session = session(town);
        MockMultipartFile households =
                new MockMultipartFile(
                        "households",
                        "households.csv",
                        "text/csv",
                        Files.readAllBytes(ImportIT.SAMPLE.resolve("households.csv")));
        MockMultipartFile members =
                new MockMultipartFile(
                        "members",
                        "members.csv",
                        "text/csv",
                        Files.readAllBytes(ImportIT.SAMPLE.resolve("members.csv")));

        String location =
                mvc.perform(
                                multipart("/imports")
                                        .file(households)
                                        .file(members)
                                        .session(session)
                                        .with(csrf()))
                        .andExpect(redirectedUrlPattern("/imports/*"))
                        .andReturn()
                        .getResponse()
                        .getRedirectedUrl();
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        ImportJob job = finished(id);

        mvc.perform(get(location).session(session))
                .andExpect(status().isOk())
                .andExpect(
                        content()
                                .string(
                                        allOf(
                                                containsString("拒收明细"),
                                                not(containsString("hx-trigger")))));
        byte[] report =
                mvc.perform(get(location + "/rejects.xlsx").session(session))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(report))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("文件");
            assertThat(sheet.getRow(0).getCell(3).getStringCellValue()).isEqualTo("原因");
            assertThat(sheet.getLastRowNum())
                    .isEqualTo(job.counts().householdsRejected() + job.counts().membersRejected());
        }
        mvc.perform(get(location).session(session(otherTown))).andExpect(status().isNotFound());
        byte[] api =
                mvc.perform(
                                get("/api/v1/imports/{id}/rejects", id)
                                        .param("format", "xlsx")
                                        .with(TestUsers.as(town)))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(api))) {
            assertThat(workbook.getSheetAt(0).getLastRowNum())
                    .isEqualTo(job.counts().householdsRejected() + job.counts().membersRejected());
        }
    }

    private ImportJob finished(long id) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            ImportJob job = jobs.find(id).orElseThrow();
            if (job.status() == ImportJob.Status.SUCCEEDED
                    || job.status() == ImportJob.Status.FAILED) {
                return job;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("import " + id + " did not finish");
    }

    private MockHttpSession session(CurrentUser user) throws Exception {
        return (MockHttpSession)
                mvc.perform(
                                post("/login")
                                        .with(csrf())
                                        .param("username", user.username())
                                        .param("password", TestUsers.PASSWORD))
                        .andReturn()
                        .getRequest()
                        .getSession();
    }
}
