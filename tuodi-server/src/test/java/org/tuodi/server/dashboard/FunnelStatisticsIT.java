package org.tuodi.server.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tuodi.server.platform.ServerIntegrationTest;
import tools.jackson.databind.JsonNode;

/**
 * 推送预警 → 入户 → 救助帮扶 (河南: 6.6万条 → 5.1万户 → 1.8万户) for the nine cases of {@link StatisticsTestSupport}:
 * the figures of a village, a town and the county, which add up; the rates; the on-time visits and
 * the overdue cases; by indicator, dimension and level; and by period.
 */
@ServerIntegrationTest
class FunnelStatisticsIT extends StatisticsTestSupport {

    @Test
    void countsTheCountysFunnelAsTheSeedCountsHenans() throws Exception {
        JsonNode report = read(county, "funnel");

        assertThat(report.at("/selection/region").stringValue()).isEqualTo("411122000000");
        assertThat(report.at("/selection/name").stringValue()).isEqualTo("河南省漯河市临颍县");
        assertThat(funnel(report.get("funnel"))).isEqualTo("pushed 9, visited 7, helped 4");
        assertThat(report.at("/funnel/visitRate").doubleValue()).isEqualTo(0.7778);
        assertThat(report.at("/funnel/helpRate").doubleValue()).isEqualTo(0.5714);
    }

    @Test
    void theTownsAddUpToTheCountyAndTheVillagesToTheirTown() throws Exception {
        JsonNode linying = read(county, "by-region", "region", "411122");
        JsonNode town = read(fancheng, "by-region");

        assertThat(linying.get("children")).hasSize(16);
        assertThat(child(linying, "411122101000").get("name").stringValue()).isEqualTo("繁城回族镇");
        assertThat(funnel(child(linying, "411122101000").get("funnel")))
                .isEqualTo("pushed 5, visited 3, helped 2");
        assertThat(funnel(child(linying, "411122102000").get("funnel")))
                .isEqualTo("pushed 4, visited 4, helped 2");
        assertThat(sumOfChildren(linying)).isEqualTo(funnel(linying.get("total")));
        assertThat(funnel(linying.get("total")))
                .isEqualTo(funnel(read(county, "funnel").get("funnel")));

        assertThat(funnel(town.get("total"))).isEqualTo("pushed 5, visited 3, helped 2");
        assertThat(child(town, YINGWANG.value()).get("name").stringValue()).isEqualTo("营王村村民委员会");
        assertThat(funnel(child(town, YINGWANG.value()).get("funnel")))
                .isEqualTo("pushed 3, visited 3, helped 2");
        assertThat(funnel(child(town, DAYANG.value()).get("funnel")))
                .isEqualTo("pushed 2, visited 0, helped 0");
        assertThat(sumOfChildren(town)).isEqualTo(funnel(town.get("total")));
        assertThat(funnel(read(fancheng, "funnel", "region", YINGWANG.value()).get("funnel")))
                .isEqualTo("pushed 3, visited 3, helped 2");
    }

    @Test
    void theProvinceSeesTheCountyWithinItsCity() throws Exception {
        JsonNode henan = read(province, "by-region");

        assertThat(child(henan, "411100000000").get("name").stringValue()).isEqualTo("漯河市");
        assertThat(funnel(child(henan, "411100000000").get("funnel")))
                .isEqualTo("pushed 9, visited 7, helped 4");
        assertThat(sumOfChildren(henan)).isEqualTo("pushed 9, visited 7, helped 4");
    }

    @Test
    void helpedMeansAnAssistanceMeasureOrAdviceWasGiven() throws Exception {
        JsonNode dujie = read(duqu, "funnel", "region", DUJIE.value()).get("funnel");

        // D1 decided by the county and D3 terminated with 慈善帮扶 are helped; D2 still waits for
        // the county and D4 was terminated without a measure.
        assertThat(funnel(dujie)).isEqualTo("pushed 4, visited 4, helped 2");
        assertThat(dujie.get("helpRate").doubleValue()).isEqualTo(0.5);
    }

    @Test
    void aVisitIsOnTimeByItsDeadlineAndAMissedDeadlineCountsAgainstTheRate() throws Exception {
        JsonNode town = read(fancheng, "funnel").get("funnel");
        JsonNode linying = read(county, "funnel").get("funnel");

        // 繁城: F1 and F3 on time, F2 late, F4 not visited past its deadline; F5 is not yet due.
        assertThat(town.get("visitsDue").longValue()).isEqualTo(4);
        assertThat(town.get("visitedOnTime").longValue()).isEqualTo(2);
        assertThat(town.get("onTimeVisitRate").doubleValue()).isEqualTo(0.5);
        assertThat(linying.get("visitsDue").longValue()).isEqualTo(8);
        assertThat(linying.get("visitedOnTime").longValue()).isEqualTo(5);
        assertThat(linying.get("onTimeVisitRate").doubleValue()).isEqualTo(0.625);
    }

    @Test
    void overdueCasesAreThoseTheSweepMarkedWhateverThePeriod() throws Exception {
        // F4 was never visited: nothing marked it until the sweep of 2024-09-01 ran.
        assertThat(visitOverdueBeforeTheSweep).isZero();

        JsonNode linying = read(county, "funnel", "from", "2024-09-01").get("funnel");
        assertThat(linying.get("pushed").longValue()).isEqualTo(6);
        assertThat(overdue(linying)).isEqualTo("visit 1, disposal 1, total 1+1");
        JsonNode towns = read(county, "by-region");
        assertThat(overdue(child(towns, "411122101000").get("funnel")))
                .isEqualTo("visit 1, disposal 0, total 1+0");
        assertThat(overdue(child(towns, "411122102000").get("funnel")))
                .isEqualTo("visit 0, disposal 1, total 0+1");
    }

    @Test
    void countsTheCasesOfEachIndicatorDimensionAndLevel() throws Exception {
        JsonNode report = read(county, "by-indicator");

        assertThat(lines(report.get("indicators"), "code"))
                .containsExactly(
                        "MEDICAL_OOP_12M_5000: pushed 7, visited 5, helped 3",
                        "DISASTER_HOME_DESTROYED: pushed 2, visited 2, helped 1",
                        "DISASTER_LOSS_12M_10000: pushed 2, visited 2, helped 1");
        assertThat(report.at("/indicators/0/name").stringValue()).isEqualTo("医疗报销后自费累计达5000元");
        assertThat(report.at("/indicators/0/dimension").stringValue()).isEqualTo("MEDICAL");
        assertThat(lines(report.get("dimensions"), "dimension"))
                .containsExactly(
                        "MEDICAL: pushed 7, visited 5, helped 3",
                        "DISASTER: pushed 2, visited 2, helped 1");
        assertThat(report.at("/levels/0/level").stringValue()).isEqualTo("GENERAL");
        assertThat(funnel(report.at("/levels/0/funnel")))
                .isEqualTo("pushed 7, visited 5, helped 3");
        assertThat(report.at("/levels/1/level").stringValue()).isEqualTo("URGENT");
        assertThat(funnel(report.at("/levels/1/funnel")))
                .isEqualTo("pushed 2, visited 2, helped 1");
    }

    @Test
    void theTrendCountsEachPeriodsCasesAndAddsUpToTheFunnel() throws Exception {
        JsonNode months = read(county, "trend", "granularity", "MONTH");
        JsonNode weeks =
                read(
                        county,
                        "trend",
                        "granularity",
                        "WEEK",
                        "from",
                        "2024-08-12",
                        "to",
                        "2024-09-01");
        JsonNode days = read(county, "trend", "from", "2024-08-11", "to", "2024-08-13");

        assertThat(lines(months.get("periods"), "start"))
                .containsExactly(
                        "2024-08-03: pushed 3, visited 2, helped 1",
                        "2024-09-01: pushed 6, visited 5, helped 3");
        assertThat(months.at("/periods/0/end").stringValue()).isEqualTo("2024-08-31");
        assertThat(lines(weeks.get("periods"), "start"))
                .containsExactly(
                        "2024-08-12: pushed 3, visited 2, helped 1",
                        "2024-08-19: pushed 0, visited 0, helped 0",
                        "2024-08-26: pushed 6, visited 5, helped 3");
        assertThat(lines(days.get("periods"), "start"))
                .containsExactly(
                        "2024-08-11: pushed 0, visited 0, helped 0",
                        "2024-08-12: pushed 3, visited 2, helped 1",
                        "2024-08-13: pushed 0, visited 0, helped 0");
    }

    static String funnel(JsonNode f) {
        return "pushed %d, visited %d, helped %d"
                .formatted(
                        f.get("pushed").longValue(),
                        f.get("visited").longValue(),
                        f.get("helped").longValue());
    }

    static String overdue(JsonNode f) {
        JsonNode o = f.get("overdue");
        return "visit %d, disposal %d, total %d+%d"
                .formatted(
                        o.get("visit").longValue(),
                        o.get("disposal").longValue(),
                        o.get("visit").longValue(),
                        o.get("total").longValue() - o.get("visit").longValue());
    }

    static JsonNode child(JsonNode report, String code) {
        for (JsonNode child : report.get("children")) {
            if (child.get("region").stringValue().equals(code)) {
                return child;
            }
        }
        throw new AssertionError("no child " + code);
    }

    static String sumOfChildren(JsonNode report) {
        long pushed = 0;
        long visited = 0;
        long helped = 0;
        for (JsonNode child : report.get("children")) {
            pushed += child.at("/funnel/pushed").longValue();
            visited += child.at("/funnel/visited").longValue();
            helped += child.at("/funnel/helped").longValue();
        }
        return "pushed %d, visited %d, helped %d".formatted(pushed, visited, helped);
    }

    static List<String> lines(JsonNode rows, String key) {
        List<String> lines = new ArrayList<>();
        for (JsonNode row : rows) {
            lines.add(row.get(key).stringValue() + ": " + funnel(row));
        }
        return lines;
    }
}
