package org.tuodi.server.dashboard.ui;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.tuodi.core.region.RegionCode;
import org.tuodi.server.dashboard.StatisticsQuery;
import org.tuodi.server.dashboard.internal.StatisticsWorkbook;
import org.tuodi.server.platform.CurrentUser;
import org.tuodi.server.platform.InvalidInputProblem;
import org.tuodi.server.platform.XlsxWorkbook;
import org.tuodi.server.platform.ui.PageController;

/**
 * 导出Excel from the dashboard: {@code /dashboard/export} with the dashboard's region and period
 * ({@code region}, {@code from}, {@code to}) downloads the statistics tables as statistics.xlsx.
 */
@PageController
class StatisticsExportController {

    private final StatisticsWorkbook workbook;

    StatisticsExportController(StatisticsWorkbook workbook) {
        this.workbook = workbook;
    }

    @GetMapping("/dashboard/export")
    void export(
            CurrentUser user,
            @RequestParam(name = "region", required = false) String region,
            @RequestParam(name = "from", required = false) String from,
            @RequestParam(name = "to", required = false) String to,
            HttpServletResponse response)
            throws IOException {
        List<XlsxWorkbook.Table> tables =
                workbook.tables(
                        user,
                        new StatisticsQuery(region(region), date(from, "from"), date(to, "to")));
        response.setContentType(XlsxWorkbook.CONTENT_TYPE);
        response.setHeader(
                HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"statistics.xlsx\"");
        XlsxWorkbook.write(tables, response.getOutputStream());
    }

    private static RegionCode region(String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        try {
            return RegionCode.of(code.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputProblem("region", e.getMessage());
        }
    }

    private static LocalDate date(String text, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInputProblem(field, "not a date (yyyy-MM-dd): '" + text + "'");
        }
    }
}
