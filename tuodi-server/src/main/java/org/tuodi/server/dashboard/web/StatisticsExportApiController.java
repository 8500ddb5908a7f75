package org.tuodi.server.dashboard.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.tuodi.server.dashboard.StatisticsQuery;
import org.tuodi.server.dashboard.internal.StatisticsWorkbook;
import org.tuodi.server.platform.CurrentUser;
import org.tuodi.server.platform.XlsxWorkbook;

/**
 * {@code GET /api/v1/statistics/export}: the statistics of {@code region} and {@code from}–{@code
 * to} (as the other statistics endpoints) as statistics.xlsx: funnel, by region, by indicator, by
 * month.
 */
@RestController
class StatisticsExportApiController {

    private final StatisticsWorkbook workbook;

    StatisticsExportApiController(StatisticsWorkbook workbook) {
        this.workbook = workbook;
    }

    @GetMapping("/api/v1/statistics/export")
    void export(
            CurrentUser user,
            @RequestParam(name = "region", required = false) String region,
            @RequestParam(name = "from", required = false) String from,
            @RequestParam(name = "to", required = false) String to,
            HttpServletResponse response)
            throws IOException {
        StatisticsQuery query = StatisticsApiController.query(region, from, to);
        var tables = workbook.tables(user, query);
        response.setContentType(XlsxWorkbook.CONTENT_TYPE);
        response.setHeader(
                HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"statistics.xlsx\"");
        XlsxWorkbook.write(tables, response.getOutputStream());
    }
}
