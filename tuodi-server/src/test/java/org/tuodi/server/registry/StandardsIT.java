package org.tuodi.server.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.tuodi.server.platform.TestUsers.as;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.tuodi.core.region.RegionCode;
import org.tuodi.core.standard.LocalStandard;
import org.tuodi.server.platform.CurrentUser;
import org.tuodi.server.platform.Role;
import org.tuodi.server.platform.ServerIntegrationTest;
import org.tuodi.server.platform.TestUsers;
import org.tuodi.server.platform.Users;

/** Local standards per region with effective dates; 源汇区 (411102) is used by these tests only. */
@ServerIntegrationTest
class StandardsIT {

    @Autowired MockMvc mvc;
    @Autowired Users users;
    @Autowired HouseholdRegistry registry;
    CurrentUser county;
    CurrentUser town;

    @BeforeEach
    void setUp() {
        TestUsers testUsers = new TestUsers(users);
        county = testUsers.user("standards-county", Role.COUNTY_OFFICER, "411102");
        town = testUsers.user("standards-town", Role.TOWN_OFFICER, "411102001");
    }

    @Test
    void aCountyStandardAppliesToItsVillagesFromItsEffectiveDate() throws Exception {
        save(county, "411102", "2024-01-01", "700", 1000).andExpect(status().isOk());

        mvc.perform(
                        get("/api/v1/standards")
                                .param("region", "411102001")
                                .param("date", "2024-06-01")
                                .with(as(town)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.regionCode").value("411102000000"))
                .andExpect(jsonPath("$.effectiveFrom").value("2024-01-01"))
                .andExpect(jsonPath("$.urbanDibaoMonthly").value(700.00))
                .andExpect(jsonPath("$.temporaryAssistanceTiers[0].maximum").value(1000.00));
        mvc.perform(
                        get("/api/v1/standards")
                                .param("region", "411102001")
                                .param("date", "2023-12-31")
                                .with(as(town)))
                .andExpect(status().isNotFound());
    }

    @Test
    void theMostSpecificRegionAndTheLatestDateWin() throws Exception {
        save(county, "411102", "2023-07-01", "650", 900).andExpect(status().isOk());
        save(county, "411102", "2024-07-01", "720", 900).andExpect(status().isOk());
        save(county, "411102002", "2024-01-01", "690", 900).andExpect(status().isOk());

        LocalStandard countyWide =
                registry.standardFor(RegionCode.of("411102001"), LocalDate.of(2024, 8, 1))
                        .orElseThrow();
        LocalStandard town2 =
                registry.standardFor(RegionCode.of("411102002"), LocalDate.of(2024, 8, 1))
                        .orElseThrow();

        assertThat(countyWide.urbanDibaoMonthly().toString()).isEqualTo("720.00");
        assertThat(town2.urbanDibaoMonthly().toString()).isEqualTo("690.00");
        assertThat(town2.edgeMultiplier()).isEqualByComparingTo(new BigDecimal("1.5"));
        assertThat(town2.temporaryAssistanceTiers()).hasSize(2);
        assertThat(town2.temporaryAssistanceTiers().get(1).monthsOfDibaoStandard())
                .isEqualByComparingTo("4.5");
    }

    @Test
    void aTownOfficerCannotSetAStandard() throws Exception {
        save(town, "411102001", "2024-01-01", "700", 1000).andExpect(status().isForbidden());
    }

    @Test
    void aCountyOfficerCannotSetTheStandardOfAnotherCounty() throws Exception {
        save(county, "411122", "2024-01-01", "700", 1000).andExpect(status().isForbidden());
    }

    private ResultActions save(
            CurrentUser user, String region, String from, String urban, int maximum)
            throws Exception {
        return mvc.perform(
                put("/api/v1/standards")
                        .with(as(user))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(
                                """
                                {"regionCode": "%s", "effectiveFrom": "%s",
                                 "urbanDibaoMonthly": %s, "ruralDibaoMonthly": 560,
                                 "edgeMultiplier": 1.5,
                                 "lastYearDisposableIncomePerCapita": 24000,
                                 "temporaryAssistanceTiers": [
                                   {"fromHardship": 0, "monthsOfDibaoStandard": 2, "maximum": %d},
                                   {"fromHardship": 5000, "monthsOfDibaoStandard": 4.5,
                                    "maximum": 6000}]}
                                """
                                        .formatted(region, from, urban, maximum)));
    }
}
