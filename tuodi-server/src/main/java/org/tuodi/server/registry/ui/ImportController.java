package org.tuodi.server.registry.ui;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.context.annotation.Bean;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.tuodi.server.platform.Access;
import org.tuodi.server.platform.CurrentUser;
import org.tuodi.server.platform.InvalidInputProblem;
import org.tuodi.server.platform.NotFoundProblem;
import org.tuodi.server.platform.ui.NavItem;
import org.tuodi.server.platform.ui.PageController;
import org.tuodi.server.registry.internal.ImportJob;
import org.tuodi.server.registry.internal.ImportJobs;
import org.tuodi.server.registry.internal.JdbcImportJobs;
import org.tuodi.server.registry.internal.RejectReport;

/**
 * 数据导入 pages: upload a households file and a members file (CSV of formats.md or XLSX), follow the
 * job's progress (htmx polls it every second until it is over), read its rejected rows and download
 * them as CSV or XLSX (file, row, field, reason).
 */
@PageController
class ImportController {

    static final int REJECTS_SHOWN = 100;

    private final ImportJobs imports;
    private final JdbcImportJobs jobs;
    private final RejectReport report;

    ImportController(ImportJobs imports, JdbcImportJobs jobs, RejectReport report) {
        this.imports = imports;
        this.jobs = jobs;
        this.report = report;
    }

    /** 数据导入: officers. */
    @Bean
    static NavItem importsNav() {
        return new NavItem("nav.imports", "/imports", Access.OFFICERS, 35);
    }

    @GetMapping("/imports")
    String list(CurrentUser user, Model model) {
        Access.requireRole(user, Access.REGISTRY_READERS, "read imports");
        model.addAttribute("jobs", jobs.recent(user.region(), 20));
        model.addAttribute("canImport", Access.OFFICERS.contains(user.role()));
        return "registry/imports";
    }

    @PostMapping("/imports")
    String start(
            CurrentUser user,
            @RequestParam(name = "households", required = false) MultipartFile households,
            @RequestParam(name = "members", required = false) MultipartFile members) {
        Access.requireRole(user, Access.OFFICERS, "import households");
        if (households == null || households.isEmpty()) {
            throw new InvalidInputProblem("households", "choose the households file");
        }
        if (members == null || members.isEmpty()) {
            throw new InvalidInputProblem("members", "choose the members file");
        }
        long id = imports.start(user, households::getInputStream, members::getInputStream);
        return "redirect:/imports/" + id;
    }

    @GetMapping("/imports/{id}")
    String job(CurrentUser user, @PathVariable("id") long id, Model model) {
        ImportJob job = visible(user, id);
        model.addAttribute("job", job);
        model.addAttribute("rejects", jobs.rejects(id, 0, REJECTS_SHOWN));
        return "registry/import";
    }

    /** htmx: the job's progress, or its outcome once it is over. */
    @GetMapping("/imports/{id}/progress")
    String progress(CurrentUser user, @PathVariable("id") long id, Model model) {
        model.addAttribute("job", visible(user, id));
        model.addAttribute("rejects", jobs.rejects(id, 0, REJECTS_SHOWN));
        return "registry/import :: progress";
    }

    @GetMapping("/imports/{id}/rejects.csv")
    void rejectsCsv(CurrentUser user, @PathVariable("id") long id, HttpServletResponse response)
            throws IOException {
        visible(user, id);
        report.download(id, false, response);
    }

    @GetMapping("/imports/{id}/rejects.xlsx")
    void rejectsXlsx(CurrentUser user, @PathVariable("id") long id, HttpServletResponse response)
            throws IOException {
        visible(user, id);
        report.download(id, true, response);
    }

    private ImportJob visible(CurrentUser user, long id) {
        Access.requireRole(user, Access.REGISTRY_READERS, "read imports");
        return jobs.find(id)
                .filter(job -> user.covers(job.region()))
                .orElseThrow(() -> new NotFoundProblem("import", id));
    }
}
