package org.tuodi.server.alerting.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.tuodi.server.alerting.internal.CaseExport;
import org.tuodi.server.platform.CurrentUser;
import org.tuodi.server.platform.XlsxWorkbook;

/**
 * {@code GET /api/v1/cases/export}: the case list of the same filter as {@code GET /api/v1/cases}
 * (status, level, region, overdue), every page, as cases.xlsx (Chinese headers, identity numbers
 * masked).
 */
@RestController
class CaseExportApiController {

    private final CaseExport export;

    CaseExportApiController(CaseExport export) {
        this.export = export;
    }

    @GetMapping("/api/v1/cases/export")
    void export(
            CurrentUser user,
            @RequestParam(name = "status", required = false) String status,
            @RequestParam(name = "level", required = false) String level,
            @RequestParam(name = "region", required = false) String region,
            @RequestParam(name = "overdue", required = false) String overdue,
            HttpServletResponse response)
            throws IOException {
        XlsxWorkbook.Table table =
                export.table(export.filter(user, status, level, region, overdue));
        response.setContentType(XlsxWorkbook.CONTENT_TYPE);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"cases.xlsx\"");
        XlsxWorkbook.write(List.of(table), response.getOutputStream());
    }
}
