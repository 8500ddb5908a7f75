package org.tuodi.server.alerting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.tuodi.server.platform.CaseFixtures.as;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.tuodi.core.household.Household;
import org.tuodi.server.platform.CaseFixtures;
import org.tuodi.server.platform.CurrentUser;
import org.tuodi.server.platform.Role;
import org.tuodi.server.platform.ServerIntegrationTest;
import org.tuodi.server.platform.TestUsers;
import org.tuodi.server.platform.XlsxWorkbook;
import org.tuodi.server.rules.RuleSetData;

/** Case lists and statistics exported to Excel, read back cell by cell. */
@ServerIntegrationTest
class ExportsIT {

    @Autowired MockMvc mvc;
    @Autowired CaseFixtures fixtures;
    CaseFixtures.People people;

    @BeforeEach
    void threeCasesInTwoTowns() throws Exception {
        people = fixtures.people("exports");
        fixtures.clearFeedsAndCases();
        for (Household h : RuleSetData.households()) {
            fixtures.register(h);
        }
        fixtures.sendInOrder(RuleSetData.records());
        fixtures.advance(RuleSetData.TO);
    }

    @Test
    void theCaseListIsExportedWithChineseHeadersAndMaskedIdentityNumbers() throws Exception {
        List<List<String>> rows = sheet(download(get("/api/v1/cases/export"), people.county()), 0);

        assertThat(rows.get(0))
                .startsWith(
                        "案件编号",
                        "户编号",
                        "户主姓名",
                        "户主公民身份号码（脱敏）",
                        "区划代码",
                        "所属村（社区）",
                        "预警等级",
                        "案件状态",
                        "推送日期");
        assertThat(rows).hasSize(4);
        List<String> h1 =
                rows.stream().filter(r -> r.get(1).equals("RS-H1")).findFirst().orElseThrow();
        String idNumber = RuleSetData.households().get(0).members().get(0).id().value();
        assertThat(h1.get(2)).isEqualTo("测******");
        assertThat(h1.get(3))
                .isEqualTo(idNumber.substring(0, 6) + "********" + idNumber.substring(14))
                .doesNotContain(idNumber.substring(6, 14));
        assertThat(h1.get(5)).contains("繁城回族镇");
        assertThat(h1.get(6)).isEqualTo("一般");
        assertThat(h1.get(8)).isEqualTo("2024-09-01");
    }

    @Test
    void theExportFollowsTheInboxFilterAndTheUsersRegion() throws Exception {
        CurrentUser duqu =
                fixtures.user("exports-duqu", Role.TOWN_OFFICER, CaseFixtures.OTHER_TOWN);

        List<List<String>> town = sheet(download(get("/api/v1/cases/export"), duqu), 0);
        List<List<String>> urgent =
                sheet(
                        download(
                                get("/api/v1/cases/export").param("level", "URGENT"),
                                people.county()),
                        0);

        assertThat(town).hasSize(2);
        assertThat(town.get(1).get(1)).isEqualTo("RS-H2");
        assertThat(urgent).hasSize(1);
        mvc.perform(get("/api/v1/cases/export").param("region", "411122101").with(as(duqu)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/cases/export").param("level", "RED").with(as(people.county())))
                .andExpect(status().isBadRequest());
    }

    @Test
    void theStatisticsAreExportedAsTheTablesOfficesExchange() throws Exception {
        byte[] file =
                download(
                        get("/api/v1/statistics/export")
                                .param("from", "2024-08-01")
                                .param("to", "2024-09-01"),
                        people.county());

        List<List<String>> summary = sheet(file, 0);
        List<List<String>> byRegion = sheet(file, 1);
        assertThat(sheetNames(file)).containsExactly("汇总", "分地区", "分指标", "按月");
        assertThat(summary.get(0)).contains("推送预警（户）", "入户率");
        assertThat(summary.get(1).get(5)).isEqualTo("3");
        assertThat(byRegion)
                .filteredOn(
                        r ->
                                r.get(1).equals("繁城回族镇")
                                        || r.get(1).equals("杜曲镇")
                                        || r.get(1).equals("合计"))
                .extracting(r -> r.get(1) + "=" + r.get(2))
                .containsExactly("繁城回族镇=2", "杜曲镇=1", "合计=3");
    }

    @Test
    void theInboxDownloadsItsCurrentFilterAndTheDashboardItsTables() throws Exception {
        MockHttpSession county = session(people.county());

        byte[] cases =
                mvc.perform(
                                get("/cases/export")
                                        .param("region", "411122102")
                                        .param("sort", "OLDEST")
                                        .session(county))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsByteArray();
        byte[] statistics =
                mvc.perform(
                                get("/dashboard/export")
                                        .param("from", "2024-08-01")
                                        .param("to", "2024-09-01")
                                        .session(county))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsByteArray();

        assertThat(sheet(cases, 0)).hasSize(2);
        assertThat(sheet(cases, 0).get(1).get(1)).isEqualTo("RS-H2");
        assertThat(sheet(statistics, 0).get(1).get(5)).isEqualTo("3");
        mvc.perform(get("/cases").session(county))
                .andExpect(
                        org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                                .string(org.hamcrest.Matchers.containsString("/cases/export")));
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

    @Test
    void aVillageAssistantGetsNoStatistics() throws Exception {
        mvc.perform(get("/api/v1/statistics/export").with(as(people.assistant())))
                .andExpect(status().isForbidden());
    }

    private byte[] download(MockHttpServletRequestBuilder request, CurrentUser user)
            throws Exception {
        return mvc.perform(request.with(as(user)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", XlsxWorkbook.CONTENT_TYPE))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
    }

    private static List<String> sheetNames(byte[] file) throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            List<String> names = new ArrayList<>();
            for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
                names.add(workbook.getSheetName(i));
            }
            return names;
        }
    }

    /** The sheet's cells as text: dates as yyyy-mm-dd, numbers without decimals. */
    private static List<List<String>> sheet(byte[] file, int index) throws Exception {
        DataFormatter format = new DataFormatter();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            Sheet sheet = workbook.getSheetAt(index);
            List<List<String>> rows = new ArrayList<>();
            for (Row row : sheet) {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < row.getLastCellNum(); c++) {
                    Cell cell = row.getCell(c);
                    cells.add(
                            cell == null || cell.getCellType() == CellType.BLANK
                                    ? ""
                                    : format.formatCellValue(cell));
                }
                rows.add(cells);
            }
            return rows;
        }
    }
}
