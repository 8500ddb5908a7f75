package org.tuodi.server.alerting.ui;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.tuodi.core.region.RegionCode;
import org.tuodi.server.alerting.internal.CaseExport;
import org.tuodi.server.platform.AccessDeniedProblem;
import org.tuodi.server.platform.CurrentUser;
import org.tuodi.server.platform.Role;
import org.tuodi.server.platform.XlsxWorkbook;
import org.tuodi.server.platform.ui.PageController;

/**
 * 导出Excel from the case inbox: {@code /cases/export} with the inbox's filter ({@link InboxFilter}:
 * region, status, level, overdue, period, indicator, stage, sort) downloads every page of the list
 * as cases.xlsx, in the inbox's order; an assistant exports its own cases.
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
            @ModelAttribute("filter") InboxFilter filter,
            HttpServletResponse response)
            throws IOException {
        boolean assistant = user.role() == Role.VILLAGE_ASSISTANT;
        if (!assistant && !user.role().isOfficer()) {
            throw new AccessDeniedProblem("cases are for officers and village assistants");
        }
        RegionCode region = filter.regionOr(user.region());
        user.requireCovers(region);
        XlsxWorkbook.Table table =
                export.table(
                        filter.toQuery(region, assistant ? user.id() : null, CaseExport.PAGE_SIZE));
        response.setContentType(XlsxWorkbook.CONTENT_TYPE);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"cases.xlsx\"");
        XlsxWorkbook.write(List.of(table), response.getOutputStream());
    }
}
