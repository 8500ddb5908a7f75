package org.tuodi.server.registry.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
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

    private String text(String key) {
        return messages.getMessage(key, null, key, Locale.SIMPLIFIED_CHINESE);
    }
}
