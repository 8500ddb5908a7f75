package org.tuodi.server.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.tuodi.server.platform.TestUsers.as;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.tuodi.core.fixtures.Households;
import org.tuodi.core.fixtures.Members;
import org.tuodi.core.household.HouseholdId;
import org.tuodi.core.household.LowIncomeCategory;
import org.tuodi.core.household.NationalId;
import org.tuodi.server.platform.CurrentUser;
import org.tuodi.server.platform.Role;
import org.tuodi.server.platform.ServerIntegrationTest;
import org.tuodi.server.platform.TestUsers;
import org.tuodi.server.platform.Users;
import org.tuodi.server.registry.internal.ImportJob;
import org.tuodi.server.registry.internal.JdbcImportJobs;

/** Imports of households.csv and members.csv (formats.md) and of XLSX with the same columns. */
@ServerIntegrationTest
class ImportIT {

    static final Path SAMPLE = Path.of("..", "samples", "linying");
    static final LocalDate BORN = LocalDate.of(1963, 5, 1);

    @Autowired MockMvc mvc;
    @Autowired Users users;
    @Autowired JdbcClient jdbc;
    @Autowired JdbcImportJobs jobs;
    @Autowired HouseholdRegistry registry;
    CurrentUser fancheng;

    @BeforeEach
    void setUp() {
        fancheng = new TestUsers(users).user("import-fancheng", Role.TOWN_OFFICER, "411122101");
    }

    @Test
    void writesEveryGoodRowAndReportsEachRejectedRowWithItsFileRowColumnAndReason()
            throws Exception {
        ImportJob job = importSample();

        assertThat(job.status()).isEqualTo(ImportJob.Status.SUCCEEDED);
        assertThat(job.counts().householdsRead()).isEqualTo(13);
        assertThat(job.counts().householdsAccepted()).isEqualTo(12);
        assertThat(job.counts().householdsRejected()).isEqualTo(1);
        assertThat(job.counts().membersRead()).isEqualTo(33);
        assertThat(job.counts().membersAccepted()).isEqualTo(31);
        assertThat(job.counts().membersRejected()).isEqualTo(2);
        assertThat(job.rowsTotal()).isEqualTo(46);
        assertThat(job.rowsRead()).isEqualTo(46);
        assertThat(count("SELECT count(*) FROM registry_household WHERE id LIKE 'FC%'"))
                .isEqualTo(12);
        assertThat(count("SELECT count(*) FROM registry_member WHERE household_id LIKE" + " 'FC%'"))
                .isEqualTo(31);
        assertThat(registry.find(new HouseholdId("FC0010")).orElseThrow().categories())
                .containsExactlyInAnyOrder(
                        LowIncomeCategory.DIBAO_EDGE, LowIncomeCategory.RIGID_EXPENDITURE);
        assertThat(registry.householdOf(NationalId.parse("411122198205160241")))
                .contains(new HouseholdId("FC0001"));
        mvc.perform(get("/api/v1/imports/" + job.id() + "/rejects").with(as(fancheng)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(3))
                .andExpect(jsonPath("$.items[0].file").value("households.csv"))
                .andExpect(jsonPath("$.items[0].row").value(14))
                .andExpect(jsonPath("$.items[0].column").value("categories"))
                .andExpect(jsonPath("$.items[1].file").value("members.csv"))
                .andExpect(jsonPath("$.items[1].row").value(21))
                .andExpect(jsonPath("$.items[1].column").value("id_number"))
                .andExpect(
                        jsonPath("$.items[1].reason")
                                .value(
                                        "identity number check digit is wrong (ISO 7064 MOD"
                                                + " 11-2): 411122********1445"))
                .andExpect(jsonPath("$.items[2].row").value(34))
                .andExpect(jsonPath("$.items[2].column").value("household_id"));
    }

    @Test
    void importingTheSameFilesAgainReplacesTheHouseholdsWithoutDuplicates() throws Exception {
        importSample();

        ImportJob again = importSample();

        assertThat(again.status()).isEqualTo(ImportJob.Status.SUCCEEDED);
        assertThat(again.counts().householdsCreated()).isZero();
        assertThat(again.counts().householdsReplaced()).isEqualTo(12);
        assertThat(count("SELECT count(*) FROM registry_household WHERE id LIKE 'FC%'"))
                .isEqualTo(12);
        assertThat(count("SELECT count(*) FROM registry_member WHERE household_id LIKE" + " 'FC%'"))
                .isEqualTo(31);
        assertThat(
                        count(
                                """
                                SELECT count(*) FROM registry_household_category
                                WHERE household_id LIKE 'FC%' AND effective_to IS NULL
                                """))
                .isEqualTo(13);
    }

    @Test
    void theRejectsDownloadAsRejectsCsv() throws Exception {
        ImportJob job = importSample();

        String csv =
                mvc.perform(
                                get("/api/v1/imports/" + job.id() + "/rejects")
                                        .param("format", "csv")
                                        .with(as(fancheng)))
                        .andExpect(status().isOk())
                        .andExpect(header().string("Content-Type", "text/csv;charset=UTF-8"))
                        .andReturn()
                        .getResponse()
                        .getContentAsString(StandardCharsets.UTF_8);

        assertThat(csv.lines())
                .containsExactly(
                        "file,row,column,reason",
                        "households.csv,14,categories,\"unknown code 'POOR' (known: DIBAO, TEKUN,"
                                + " DIBAO_EDGE, RIGID_EXPENDITURE, RELAPSE_MONITORED,"
                                + " OTHER_LOW_INCOME)\"",
                        "members.csv,21,id_number,identity number check digit is wrong"
                                + " (ISO 7064 MOD 11-2): 411122********1445",
                        "members.csv,34,household_id,\"unmatched household: FC0013 is not in"
                                + " households.csv, or its row there was rejected\"");
    }

    @Test
    void theJobShowsItsProgressAndCountsAndIsAudited() throws Exception {
        ImportJob job = importSample();

        mvc.perform(get("/api/v1/imports/" + job.id()).with(as(fancheng)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("SUCCEEDED"))
                .andExpect(jsonPath("$.startedBy").value("import-fancheng"))
                .andExpect(jsonPath("$.progress.rowsRead").value(46))
                .andExpect(jsonPath("$.progress.rowsTotal").value(46))
                .andExpect(jsonPath("$.households.accepted").value(12))
                .andExpect(jsonPath("$.members.rejected").value(2));
        assertThat(audited("IMPORT_STARTED", job.id())).isEqualTo(1);
        assertThat(audited("IMPORT_FINISHED", job.id())).isEqualTo(1);
        assertThat(
                        jdbc.sql(
                                        """
                                        SELECT detail FROM platform_audit
                                        WHERE action = 'IMPORT_FINISHED' AND subject_id = :id
                                        """)
                                .param("id", Long.toString(job.id()))
                                .query(String.class)
                                .single())
                .contains("status=SUCCEEDED", "households_accepted=12", "members_rejected=2");
    }

    @Test
    void importsAnXlsxWorkbookWithTheSameColumnsAndReportsItsSheetRows() throws Exception {
        NationalId head = id(1);
        NationalId child = id(3);
        byte[] households =
                workbook(
                        List.of(
                                List.of(
                                        "household_id",
                                        "region_code",
                                        "categories",
                                        "residence",
                                        "per_capita_monthly_income",
                                        "address"),
                                List.of("XL-1", 411122101205d, "DIBAO", "RURAL", 390.5d, "孙朱村\n四组"),
                                List.of(),
                                List.of("XL-2", "411122101205", "DIBAO", "rural", 400d, "")));
        byte[] members =
                workbook(
                        List.of(
                                List.of(
                                        "household_id",
                                        "id_number",
                                        "name",
                                        "relation",
                                        "labor_capacity",
                                        "disability_grade",
                                        "disability_type",
                                        "serious_illness",
                                        "phone"),
                                List.of(
                                        "XL-1",
                                        head.value(),
                                        "孙建华",
                                        "HEAD",
                                        "FULL",
                                        "",
                                        "",
                                        false,
                                        ""),
                                List.of(
                                        "XL-1",
                                        411122196305010051d,
                                        "孙乐",
                                        "CHILD",
                                        "",
                                        "",
                                        "",
                                        "",
                                        ""),
                                List.of(
                                        "XL-1",
                                        child.value(),
                                        "孙小宝",
                                        "CHILD",
                                        "NONE",
                                        2d,
                                        "INTELLECTUAL",
                                        true,
                                        "")));

        ImportJob job = run(upload(households, "households.xlsx", members, "members.xlsx"));

        assertThat(job.status()).isEqualTo(ImportJob.Status.SUCCEEDED);
        assertThat(job.householdsFile()).isEqualTo("households.xlsx");
        mvc.perform(get("/api/v1/imports/" + job.id() + "/rejects").with(as(fancheng)))
                .andExpect(jsonPath("$.total").value(2))
                .andExpect(jsonPath("$.items[0].file").value("households.xlsx"))
                .andExpect(jsonPath("$.items[0].row").value(4))
                .andExpect(jsonPath("$.items[0].column").value("residence"))
                .andExpect(jsonPath("$.items[1].file").value("members.xlsx"))
                .andExpect(jsonPath("$.items[1].row").value(3))
                .andExpect(jsonPath("$.items[1].column").value("id_number"));
        var household = registry.find(new HouseholdId("XL-1")).orElseThrow();
        assertThat(household.region().value()).isEqualTo("411122101205");
        assertThat(household.perCapitaMonthlyIncome().toString()).isEqualTo("390.50");
        assertThat(household.address()).contains("孙朱村\n四组");
        assertThat(household.members()).hasSize(2);
        assertThat(household.members().get(1).disability().orElseThrow().grade()).isEqualTo(2);
        assertThat(household.members().get(1).seriousIllness()).isTrue();
    }

    @Test
    void aWriteThatFailsLeavesNothingHalfWritten() throws Exception {
        registry.register(
                Households.aHousehold()
                        .withId("FAIL-1")
                        .in("411122101206")
                        .tekun()
                        .withMember(
                                Members.aMember().named("冯老汉").bornOn(BORN).male().withSequence(21))
                        .build());
        String householdsCsv =
                """
                household_id,region_code,categories,residence,per_capita_monthly_income
                FAIL-1,411122101206,DIBAO,RURAL,300
                FAIL-2,411122101206,DIBAO,RURAL,300
                """;
        String membersCsv =
                "household_id,id_number,name,relation\n"
                        + "FAIL-1,"
                        + id(23).value()
                        + ",冯大,HEAD\n"
                        + "FAIL-2,"
                        + id(25).value()
                        + ",写入失败,HEAD\n";
        jdbc.sql(
                        """
                        CREATE FUNCTION test_fail_member() RETURNS trigger LANGUAGE plpgsql AS $$
                        BEGIN
                            IF NEW.name = '写入失败' THEN RAISE EXCEPTION 'forced failure'; END IF;
                            RETURN NEW;
                        END $$
                        """)
                .update();
        jdbc.sql(
                        """
                        CREATE TRIGGER test_fail_member BEFORE INSERT ON registry_member
                        FOR EACH ROW EXECUTE FUNCTION test_fail_member()
                        """)
                .update();
        ImportJob job;
        try {
            job =
                    run(
                            upload(
                                    householdsCsv.getBytes(StandardCharsets.UTF_8),
                                    "h.csv",
                                    membersCsv.getBytes(StandardCharsets.UTF_8),
                                    "m.csv"));
        } finally {
            jdbc.sql("DROP TRIGGER test_fail_member ON registry_member").update();
            jdbc.sql("DROP FUNCTION test_fail_member()").update();
        }

        assertThat(job.status()).isEqualTo(ImportJob.Status.FAILED);
        assertThat(job.error()).contains("nothing was written", "forced failure");
        assertThat(registry.find(new HouseholdId("FAIL-2"))).isEmpty();
        var untouched = registry.find(new HouseholdId("FAIL-1")).orElseThrow();
        assertThat(untouched.categories()).containsExactly(LowIncomeCategory.TEKUN);
        assertThat(untouched.members()).extracting(m -> m.name()).containsExactly("冯老汉");
        assertThat(audited("IMPORT_FINISHED", job.id())).isEqualTo(1);
    }

    @Test
    void aTownOfficerCannotImportIntoAnotherTown() throws Exception {
        String householdsCsv =
                """
                household_id,region_code,categories,residence,per_capita_monthly_income
                OUT-1,411122102201,DIBAO,RURAL,300
                """;
        String membersCsv =
                "household_id,id_number,name,relation\nOUT-1," + id(27).value() + ",杜三,HEAD\n";

        ImportJob job =
                run(
                        upload(
                                householdsCsv.getBytes(StandardCharsets.UTF_8),
                                "h.csv",
                                membersCsv.getBytes(StandardCharsets.UTF_8),
                                "m.csv"));

        assertThat(job.status()).isEqualTo(ImportJob.Status.SUCCEEDED);
        assertThat(job.counts().householdsRejected()).isEqualTo(1);
        assertThat(registry.find(new HouseholdId("OUT-1"))).isEmpty();
        mvc.perform(get("/api/v1/imports/" + job.id() + "/rejects").with(as(fancheng)))
                .andExpect(jsonPath("$.items[0].column").value("region_code"))
                .andExpect(
                        jsonPath("$.items[0].reason")
                                .value(
                                        "region 411122102201 is outside your region 411122101000"
                                                + " (河南省漯河市临颍县繁城回族镇)"))
                .andExpect(jsonPath("$.items[1].column").value("household_id"));
    }

    @Test
    void anImportOfAnotherTownIsNotFoundForThisTown() throws Exception {
        CurrentUser duqu = new TestUsers(users).user("import-duqu", Role.TOWN_OFFICER, "411122102");
        ImportJob job = importSample();

        mvc.perform(get("/api/v1/imports/" + job.id()).with(as(duqu)))
                .andExpect(status().isNotFound());
    }

    @Test
    void aFileWithoutARequiredColumnFailsTheJobNamingTheColumn() throws Exception {
        ImportJob job =
                run(
                        upload(
                                "household_id,region_code\nX,411122101201\n"
                                        .getBytes(StandardCharsets.UTF_8),
                                "h.csv",
                                Files.readAllBytes(SAMPLE.resolve("members.csv")),
                                "members.csv"));

        assertThat(job.status()).isEqualTo(ImportJob.Status.FAILED);
        assertThat(job.error()).isEqualTo("households.csv: missing required column categories");
    }

    @Test
    void aVillageAssistantCannotImport() throws Exception {
        CurrentUser assistant =
                new TestUsers(users)
                        .user("import-assistant", Role.VILLAGE_ASSISTANT, "411122101201");

        upload(
                        sampleFile("households.csv"),
                        "households.csv",
                        sampleFile("members.csv"),
                        "m.csv",
                        assistant)
                .andExpect(status().isForbidden());
    }

    @Test
    void anImportWithoutItsMembersFileIs400NamingThePart() throws Exception {
        mvc.perform(
                        multipart("/api/v1/imports")
                                .file(
                                        new MockMultipartFile(
                                                "households",
                                                "h.csv",
                                                "text/csv",
                                                sampleFile("households.csv")))
                                .with(as(fancheng)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("members"));
    }

    private ImportJob importSample() throws Exception {
        return run(
                upload(
                        sampleFile("households.csv"),
                        "households.csv",
                        sampleFile("members.csv"),
                        "members.csv"));
    }

    private static byte[] sampleFile(String name) throws Exception {
        return Files.readAllBytes(SAMPLE.resolve(name));
    }

    private ResultActions upload(byte[] households, String hName, byte[] members, String mName)
            throws Exception {
        return upload(households, hName, members, mName, fancheng);
    }

    private ResultActions upload(
            byte[] households, String hName, byte[] members, String mName, CurrentUser user)
            throws Exception {
        return mvc.perform(
                multipart("/api/v1/imports")
                        .file(new MockMultipartFile("households", hName, null, households))
                        .file(new MockMultipartFile("members", mName, null, members))
                        .with(as(user)));
    }

    /** Waits for the job the request started to finish. */
    private ImportJob run(ResultActions started) throws Exception {
        String location =
                started.andExpect(status().isAccepted())
                        .andExpect(jsonPath("$.id").isNumber())
                        .andReturn()
                        .getResponse()
                        .getHeader("Location");
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
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

    private static NationalId id(int sequence) {
        return Members.aMember().bornOn(BORN).withSequence(sequence).build().id();
    }

    private static byte[] workbook(List<List<Object>> rows) throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("data");
            for (int r = 0; r < rows.size(); r++) {
                if (rows.get(r).isEmpty()) {
                    continue;
                }
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    Object value = rows.get(r).get(c);
                    if (value instanceof Double d) {
                        row.createCell(c).setCellValue(d);
                    } else if (value instanceof Boolean b) {
                        row.createCell(c).setCellValue(b);
                    } else if (!value.toString().isEmpty()) {
                        row.createCell(c).setCellValue(value.toString());
                    }
                }
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    private long audited(String action, long jobId) {
        return jdbc.sql(
                        "SELECT count(*) FROM platform_audit WHERE action = :action AND subject_id = :id")
                .param("action", action)
                .param("id", Long.toString(jobId))
                .query(Long.class)
                .single();
    }
}
