package org.tuodi.server.registry.internal;

import de.siegmar.fastcsv.writer.CsvWriter;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.tuodi.data.csv.RejectWriter;
import org.tuodi.server.platform.XlsxWorkbook;

/**
 * 导入拒收报告: the rejected rows of an import as an XLSX table, row by row: file, row, field, reason
 * (the same rows as rejects.csv), with Chinese headers.
 */
@Component
public class RejectReport {

    private final JdbcImportJobs jobs;
    private final MessageSource messages;

    RejectReport(JdbcImportJobs jobs, MessageSource messages) {
        this.jobs = jobs;
        this.messages = messages;
    }

    public XlsxWorkbook.Table table(long jobId) {
        List<List<Object>> rows = new ArrayList<>();
        jobs.eachReject(jobId, r -> rows.add(List.of(r.file(), r.row(), r.column(), r.reason())));
        return new XlsxWorkbook.Table(
                text("export.rejects.sheet"),
                List.of(
                        text("export.rejects.file"),
                        text("export.rejects.row"),
                        text("export.rejects.field"),
                        text("export.rejects.reason")),
                rows);
    }

    /**
     * Sends the rejects as a download: rejects.csv ({@code file,row,column,reason}, as the scan
     * writes it) or this workbook, all rows, named after the import.
     */
    public void download(long jobId, boolean xlsx, HttpServletResponse response)
            throws IOException {
        response.setContentType(xlsx ? XlsxWorkbook.CONTENT_TYPE : "text/csv;charset=UTF-8");
        response.setHeader(
                HttpHeaders.CONTENT_DISPOSITION,
                "attachment; filename=\"import-"
                        + jobId
                        + "-rejects."
                        + (xlsx ? "xlsx" : "csv")
                        + "\"");
        if (xlsx) {
            XlsxWorkbook.write(List.of(table(jobId)), response.getOutputStream());
            return;
        }
        Writer writer = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
        CsvWriter csv = CsvWriter.builder().build(writer);
        csv.writeRecord(RejectWriter.HEADER);
        jobs.eachReject(
                jobId,
                r -> csv.writeRecord(r.file(), Long.toString(r.row()), r.column(), r.reason()));
        csv.flush();
    }

    private String text(String key) {
        return messages.getMessage(key, null, key, Locale.SIMPLIFIED_CHINESE);
    }
}
