package org.tuodi.server.alerting.ui;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.tuodi.server.alerting.internal.CaseExport;
import org.tuodi.server.platform.CurrentUser;
import org.tuodi.server.platform.XlsxWorkbook;
import org.tuodi.server.platform.ui.PageController;

/**
 * 导出Excel from the case inbox: {@code /cases/export} with the inbox's filter parameters (status,
 * level, region, overdue) downloads the whole list as cases.xlsx; the session's user, as every
 * page.
 */
@PageController
class CaseExportController {

    private final CaseExport export;

    CaseExportController(CaseExport export) {
        this.export = export;
    }

    @GetMapping("/cases/export")
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
