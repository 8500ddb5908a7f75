package org.tuodi.server.platform.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.tuodi.core.region.RegionCode;
import org.tuodi.server.platform.AuditEntry;
import org.tuodi.server.platform.AuditLog;
import org.tuodi.server.platform.CaseFixtures;
import org.tuodi.server.platform.CurrentUser;
import org.tuodi.server.platform.Role;
import org.tuodi.server.platform.ServerIntegrationTest;
import org.tuodi.server.platform.TestUsers;
import org.tuodi.server.platform.XlsxWorkbook;

/**
 * 审计日志 page: an auditor signs in and lands on it; it shows the chain's state, the entries of the
 * auditor's region (China time), filters and pages them, exports them; others are refused.
 */
@ServerIntegrationTest
class AuditPageIT {

    @Autowired MockMvc mvc;
    @Autowired CaseFixtures fixtures;
    @Autowired AuditLog audit;
    CurrentUser auditor;
    CurrentUser clerk;
    CurrentUser stranger;

    @BeforeEach
    void users() {
        auditor = fixtures.user("page-county-auditor", Role.AUDITOR, CaseFixtures.COUNTY);
        clerk = fixtures.user("page-town-clerk", Role.TOWN_OFFICER, CaseFixtures.TOWN);
        stranger = fixtures.user("page-other-county", Role.COUNTY_OFFICER, RegionCode.of("411102"));
    }

    @Test
    void anAuditorSignsInAndLandsOnTheAuditTrail() throws Exception {
        MockHttpSession session = session(auditor);
        mvc.perform(get("/").session(session)).andExpect(redirectedUrl("/audit"));
        mvc.perform(get("/audit").session(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("审计日志")))
                .andExpect(content().string(containsString("审计链完整")))
                .andExpect(content().string(containsString("href=\"/audit\"")));
    }

    @Test
    void theAuditorSeesItsCountysEntriesFilteredAndNotAnotherCountys() throws Exception {
        audit.record(new AuditEntry(clerk.username(), "PAGE_FILTER_TEST", "case", "C-ours", ""));
        audit.record(
                new AuditEntry(stranger.username(), "PAGE_FILTER_TEST", "case", "C-theirs", ""));
        audit.record(new AuditEntry(clerk.username(), "PAGE_OTHER_TEST", "case", "C-other", ""));

        mvc.perform(get("/audit").param("action", "PAGE_FILTER_TEST").session(session(auditor)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("C-ours")))
                .andExpect(content().string(not(containsString("C-theirs"))))
                .andExpect(content().string(not(containsString("C-other"))))
                .andExpect(content().string(containsString("共 1 条记录")));
    }

    @Test
    void theTableIsPagedAndRefreshedAloneForHtmx() throws Exception {
        for (int i = 0; i < 51; i++) {
            audit.record(new AuditEntry(clerk.username(), "PAGE_PAGING_TEST", "case", "P" + i, ""));
        }
        MockHttpSession session = session(auditor);
        String first =
                mvc.perform(
                                get("/audit")
                                        .param("action", "PAGE_PAGING_TEST")
                                        .header("HX-Request", "true")
                                        .session(session))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString();
        assertThat(first)
                .contains("第 1 页，共 2 页", ">P50<", "page=1")
                .doesNotContain(">P0<", "审计链完整", "<html");
        mvc.perform(
                        get("/audit")
                                .param("action", "PAGE_PAGING_TEST")
                                .param("page", "1")
                                .session(session))
                .andExpect(content().string(containsString(">P0<")))
                .andExpect(content().string(not(containsString(">P1<"))));
    }

    @Test
    void aScriptInAnEntryIsShownAsTextNotMarkup() throws Exception {
        audit.record(
                new AuditEntry(
                        clerk.username(),
                        "PAGE_XSS_TEST",
                        "case",
                        "<img src=x onerror=alert(1)>",
                        "<script>alert('xss')</script>"));

        mvc.perform(get("/audit").param("action", "PAGE_XSS_TEST").session(session(auditor)))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("<script>alert"))))
                .andExpect(content().string(not(containsString("<img src=x"))))
                .andExpect(
                        content()
                                .string(
                                        containsString(
                                                "&lt;script&gt;alert(&#39;xss&#39;)&lt;/script&gt;")));
    }

    @Test
    void aTownOfficerAndAnAssistantAreRefusedThePage() throws Exception {
        CurrentUser assistant =
                fixtures.user("page-assistant", Role.VILLAGE_ASSISTANT, CaseFixtures.VILLAGE);
        mvc.perform(get("/audit").session(session(clerk))).andExpect(status().isForbidden());
        mvc.perform(get("/audit").session(session(assistant))).andExpect(status().isForbidden());
        mvc.perform(get("/audit/export").session(session(clerk))).andExpect(status().isForbidden());
    }

    @Test
    void aBadDateIsAnErrorPageNamingTheField() throws Exception {
        mvc.perform(get("/audit").param("from", "yesterday").session(session(auditor)))
                .andExpect(status().isBadRequest());
    }

    @Test
    void theFilteredEntriesAreExportedAndTheExportIsAudited() throws Exception {
        audit.record(new AuditEntry(clerk.username(), "PAGE_EXPORT_TEST", "case", "X1", ""));
        long mark = fixtures.auditMark();

        byte[] xlsx =
                mvc.perform(
                                get("/audit/export")
                                        .param("action", "PAGE_EXPORT_TEST")
                                        .session(session(auditor)))
                        .andExpect(status().isOk())
                        .andExpect(header().string("Content-Type", XlsxWorkbook.CONTENT_TYPE))
                        .andReturn()
                        .getResponse()
                        .getContentAsByteArray();

        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            var sheet = book.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo(1);
            assertThat(sheet.getRow(1).getCell(5).getStringCellValue()).isEqualTo("X1");
        }
        assertThat(fixtures.auditedSince(mark))
                .extracting(AuditEntry::actor, AuditEntry::action, AuditEntry::detail)
                .contains(
                        org.assertj.core.groups.Tuple.tuple(
                                auditor.username(),
                                "EXPORTED",
                                "via=page path=/audit/export export=xlsx"));
    }

    @Test
    void readingThePageIsAudited() throws Exception {
        MockHttpSession session = session(auditor);
        long mark = fixtures.auditMark();

        mvc.perform(get("/audit").session(session)).andExpect(status().isOk());

        assertThat(fixtures.auditedSince(mark))
                .containsExactly(
                        new AuditEntry(
                                auditor.username(),
                                "AUDIT_READ",
                                "audit",
                                "own",
                                "via=page path=/audit"));
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
