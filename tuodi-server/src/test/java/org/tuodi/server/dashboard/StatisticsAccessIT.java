package org.tuodi.server.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tuodi.server.platform.ServerIntegrationTest;
import tools.jackson.databind.JsonNode;

/**
 * Every figure is limited to the user's region on the server: an officer reads its region and the
 * regions within it, never a neighbour's or a wider one (403, as the case list answers); village
 * assistants and auditors read no statistics. Parameters default to the user's region and the last
 * 30 days by the clock; one that cannot be read answers 400 naming it.
 */
@ServerIntegrationTest
class StatisticsAccessIT extends StatisticsTestSupport {

    static final List<String> ALL = List.of("funnel", "by-region", "by-indicator", "trend");

    @Test
    void aTownOfficerReadsItsOwnTownForTheLastThirtyDaysByDefault() throws Exception {
        JsonNode report = read(fancheng, "funnel");

        assertThat(report.at("/selection/region").stringValue()).isEqualTo("411122101000");
        assertThat(report.at("/selection/name").stringValue()).isEqualTo("河南省漯河市临颍县繁城回族镇");
        assertThat(report.at("/selection/level").stringValue()).isEqualTo("TOWN");
        assertThat(report.at("/selection/from").stringValue()).isEqualTo("2024-08-03");
        assertThat(report.at("/selection/to").stringValue()).isEqualTo("2024-09-01");
        assertThat(report.at("/selection/asOf").stringValue()).isEqualTo("2024-09-01");
        assertThat(report.at("/funnel/pushed").longValue()).isEqualTo(5);
    }

    @Test
    void aTownOfficerCannotReadAnotherTownsStatisticsNorItsCountys() throws Exception {
        for (String what : ALL) {
            statistics(fancheng, what, "region", DUQU.value()).andExpect(status().isForbidden());
            statistics(fancheng, what, "region", "411122").andExpect(status().isForbidden());
            statistics(fancheng, what, "region", "411122102201").andExpect(status().isForbidden());
            statistics(duqu, what, "region", FANCHENG.value()).andExpect(status().isForbidden());
        }

        statistics(duqu, "funnel").andExpect(jsonPath("$.funnel.pushed").value(4));
        statistics(county, "funnel", "region", DUQU.value())
                .andExpect(jsonPath("$.funnel.pushed").value(4));
    }

    @Test
    void villageAssistantsAndAuditorsReadNoStatistics() throws Exception {
        for (String what : ALL) {
            statistics(yingwangAssistant, what).andExpect(status().isForbidden());
            statistics(yingwangAssistant, what, "region", YINGWANG.value())
                    .andExpect(status().isForbidden());
            statistics(auditor, what).andExpect(status().isForbidden());
        }
    }

    @Test
    void parametersThatCannotBeReadAreRefusedNamingThem() throws Exception {
        refused("funnel", "from", "from", "2024-13-01");
        refused("funnel", "to", "to", "yesterday");
        refused("by-region", "from", "from", "2024-09-02", "to", "2024-09-01");
        refused("by-indicator", "region", "region", "4111221");
        refused("by-indicator", "region", "region", "411122199");
        refused("trend", "granularity", "granularity", "YEAR");
        refused("trend", "granularity", "from", "2023-01-01", "to", "2024-09-01");
        statistics(county, "trend", "granularity", "MONTH", "from", "2023-01-01")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.periods.length()").value(21));
    }

    @Test
    void aPeriodWithoutCasesHasNoRatesButTheOverdueCasesOfItsRegion() throws Exception {
        JsonNode empty =
                read(county, "funnel", "from", "2024-01-01", "to", "2024-01-31").get("funnel");

        assertThat(empty.get("pushed").longValue()).isZero();
        assertThat(empty.has("visitRate")).isFalse();
        assertThat(empty.has("onTimeVisitRate")).isFalse();
        assertThat(empty.at("/overdue/total").longValue()).isEqualTo(2);
    }

    private void refused(String what, String parameter, String... parameters) throws Exception {
        statistics(county, what, parameters)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value(parameter));
    }
}
