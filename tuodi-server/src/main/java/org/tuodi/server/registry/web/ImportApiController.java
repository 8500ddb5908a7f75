package org.tuodi.server.registry.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.io.IOException;
import java.net.URI;
import java.time.OffsetDateTime;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.tuodi.data.csv.Reject;
import org.tuodi.server.platform.Access;
import org.tuodi.server.platform.CurrentUser;
import org.tuodi.server.platform.NotFoundProblem;
import org.tuodi.server.registry.internal.ImportJob;
import org.tuodi.server.registry.internal.ImportJobs;
import org.tuodi.server.registry.internal.JdbcImportJobs;
import org.tuodi.server.registry.internal.RejectReport;

/**
 * Imports of households and members: officers start them for their own region ({@code POST},
 * answered 202 with the job), and officers and auditors of a region covering the job's follow them
 * and read their rejects (JSON pages, or the whole list as rejects.csv with {@code ?format=csv} or
 * as an XLSX workbook with {@code ?format=xlsx}). A job outside the user's region is 404.
 */
@RestController
class ImportApiController {

    private final ImportJobs imports;
    private final JdbcImportJobs jobs;
    private final RejectReport report;

    ImportApiController(ImportJobs imports, JdbcImportJobs jobs, RejectReport report) {
        this.imports = imports;
        this.jobs = jobs;
        this.report = report;
    }

    @PostMapping(path = "/api/v1/imports", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<ImportJobResponse> start(
            CurrentUser user,
            @RequestPart("households") MultipartFile households,
            @RequestPart("members") MultipartFile members) {
        Access.requireRole(user, Access.OFFICERS, "import households");
        long id = imports.start(user, households::getInputStream, members::getInputStream);
        return ResponseEntity.accepted()
                .location(URI.create("/api/v1/imports/" + id))
                .body(response(jobs.find(id).orElseThrow()));
    }

    @GetMapping("/api/v1/imports/{id}")
    ImportJobResponse job(CurrentUser user, @PathVariable("id") long id) {
        return response(visible(user, id));
    }

    @GetMapping(path = "/api/v1/imports/{id}/rejects", params = "!format")
    PageResponse<RejectResponse> rejects(
            CurrentUser user,
            @PathVariable("id") long id,
            @RequestParam(name = "page", defaultValue = "0") @Min(0) int page,
            @RequestParam(name = "size", defaultValue = "100") @Min(1) @Max(1000) int size) {
        visible(user, id);
        return PageResponse.of(jobs.rejects(id, page, size), ImportApiController::reject);
    }

    /** rejects.csv ({@code file,row,column,reason}, as the scan writes it), all rows. */
    @GetMapping(path = "/api/v1/imports/{id}/rejects", params = "format=csv")
    void rejectsCsv(CurrentUser user, @PathVariable("id") long id, HttpServletResponse response)
            throws IOException {
        visible(user, id);
        report.download(id, false, response);
    }

    /** The rejects as an XLSX workbook (file, row, field, reason), all rows. */
    @GetMapping(path = "/api/v1/imports/{id}/rejects", params = "format=xlsx")
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

    private static RejectResponse reject(Reject r) {
        return new RejectResponse(r.file(), r.row(), r.column(), r.reason());
    }

    private static ImportJobResponse response(ImportJob job) {
        ImportJob.Counts c = job.counts();
        return new ImportJobResponse(
                job.id(),
                job.status(),
                job.username(),
                job.region().value(),
                job.householdsFile(),
                job.membersFile(),
                new Progress(job.rowsRead(), job.rowsTotal()),
                new FileCountsResponse(
                        c.householdsRead(), c.householdsAccepted(), c.householdsRejected()),
                new FileCountsResponse(c.membersRead(), c.membersAccepted(), c.membersRejected()),
                c.householdsCreated(),
                c.householdsReplaced(),
                job.error(),
                job.createdAt(),
                job.startedAt(),
                job.finishedAt());
    }

    /**
     * @param rowsTotal data rows of both files, absent until counted
     */
    record Progress(long rowsRead, Long rowsTotal) {}

    record FileCountsResponse(int read, int accepted, int rejected) {}

    record ImportJobResponse(
            long id,
            ImportJob.Status status,
            String startedBy,
            String regionCode,
            String householdsFile,
            String membersFile,
            Progress progress,
            FileCountsResponse households,
            FileCountsResponse members,
            int householdsCreated,
            int householdsReplaced,
            String error,
            OffsetDateTime createdAt,
            OffsetDateTime startedAt,
            OffsetDateTime finishedAt) {}

    /**
     * @param row the line of the file (or the sheet row) on which the row starts; the header is 1
     * @param column the column at fault, empty when the row as a whole is
     */
    record RejectResponse(String file, long row, String column, String reason) {}
}
