package org.tuodi.server.platform.ui;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.tuodi.server.platform.Access;
import org.tuodi.server.platform.AuditChain;
import org.tuodi.server.platform.AuditTrail;
import org.tuodi.server.platform.CurrentUser;
import org.tuodi.server.platform.XlsxWorkbook;

/**
 * 审计日志 page: the auditor's start page, for {@link Access#AUDIT_READERS}. At the top the state of
 * the hash chain (checked on each full page load, not on the table's htmx refreshes), then the
 * filters (actor, action, subject, days in China time), the entries of the reader's region newest
 * first, paged, and their XLSX export. Reading and exporting are audited ({@code AUDIT_READ},
 * {@code EXPORTED}).
 */
@PageController
class AuditController {

    static final int PAGE_SIZE = 50;

    /** At most this many entries go into one export. */
    static final int EXPORT_LIMIT = 10_000;

    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final AuditTrail trail;
    private final AuditChain chain;
    private final MessageSource messages;

    AuditController(AuditTrail trail, AuditChain chain, MessageSource messages) {
        this.trail = trail;
        this.chain = chain;
        this.messages = messages;
    }

    /** 审计日志: auditors and officers of county level and above. */
    @Bean
    static NavItem auditNav() {
        return new NavItem("nav.audit", "/audit", Access.AUDIT_READERS, 90);
    }

    /** The filter as typed, for the form and the links. */
    record Form(
            String actor,
            String action,
            String subjectType,
            String subjectId,
            String from,
            String to) {
        AuditTrail.Filter parse() {
            return AuditTrail.Filter.parse(actor, action, subjectType, subjectId, from, to);
        }
    }

    /** A row of the table. */
    record Row(
            long seq,
            String at,
            String actor,
            String action,
            String subjectType,
            String subjectId,
            String detail) {
        static Row of(AuditTrail.Entry e) {
            return new Row(
                    e.seq(),
                    TIME.format(e.at().atZoneSameInstant(AuditTrail.CHINA)),
                    e.actor(),
                    e.action(),
                    e.subjectType(),
                    e.subjectId(),
                    e.detail());
        }
    }

    @GetMapping("/audit")
    String audit(
            CurrentUser user,
            @RequestParam(name = "actor", defaultValue = "") String actor,
            @RequestParam(name = "action", defaultValue = "") String action,
            @RequestParam(name = "subjectType", defaultValue = "") String subjectType,
            @RequestParam(name = "subjectId", defaultValue = "") String subjectId,
            @RequestParam(name = "from", defaultValue = "") String from,
            @RequestParam(name = "to", defaultValue = "") String to,
            @RequestParam(name = "page", defaultValue = "") String page,
            HttpServletRequest request,
            Model model) {
        Access.requireRole(user, Access.AUDIT_READERS, "read the audit trail");
        Form form = new Form(actor, action, subjectType, subjectId, from, to);
        AuditTrail.Found found = trail.search(user, form.parse(), AuditTrail.page(page), PAGE_SIZE);
        model.addAttribute("form", form);
        model.addAttribute("found", found);
        model.addAttribute("rows", found.entries().stream().map(Row::of).toList());
        model.addAttribute("pages", Math.max(1, (found.total() + PAGE_SIZE - 1) / PAGE_SIZE));
        boolean fragment = request.getHeader("HX-Request") != null;
        if (fragment) {
            return "platform/audit :: results";
        }
        model.addAttribute("chain", chain.verify());
        return "platform/audit";
    }

    @GetMapping("/audit/export")
    void export(
            CurrentUser user,
            @RequestParam(name = "actor", defaultValue = "") String actor,
            @RequestParam(name = "action", defaultValue = "") String action,
            @RequestParam(name = "subjectType", defaultValue = "") String subjectType,
            @RequestParam(name = "subjectId", defaultValue = "") String subjectId,
            @RequestParam(name = "from", defaultValue = "") String from,
            @RequestParam(name = "to", defaultValue = "") String to,
            HttpServletResponse response)
            throws IOException {
        Access.requireRole(user, Access.AUDIT_READERS, "export the audit trail");
        AuditTrail.Filter filter =
                new Form(actor, action, subjectType, subjectId, from, to).parse();
        List<List<Object>> rows =
                trail.search(user, filter, 0, EXPORT_LIMIT).entries().stream()
                        .map(Row::of)
                        .map(
                                r ->
                                        List.<Object>of(
                                                r.seq(),
                                                r.at(),
                                                r.actor(),
                                                r.action(),
                                                r.subjectType(),
                                                r.subjectId(),
                                                r.detail()))
                        .toList();
        Locale locale = LocaleContextHolder.getLocale();
        XlsxWorkbook.Table table =
                new XlsxWorkbook.Table(
                        text("audit.sheet", locale),
                        List.of(
                                text("audit.col.seq", locale),
                                text("audit.col.at", locale),
                                text("audit.col.actor", locale),
                                text("audit.col.action", locale),
                                text("audit.col.subjectType", locale),
                                text("audit.col.subjectId", locale),
                                text("audit.col.detail", locale)),
                        rows);
        response.setContentType(XlsxWorkbook.CONTENT_TYPE);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"audit.xlsx\"");
        XlsxWorkbook.write(List.of(table), response.getOutputStream());
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
