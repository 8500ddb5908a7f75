package org.tuodi.server.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.tuodi.server.platform.AuditEntry;
import org.tuodi.server.platform.AuditLog;

/**
 * 查阅留痕: audits every successful read of personal data and every export, for the API and the web
 * interface alike, from one table of request mappings ({@link #READS}): a {@code GET} answered
 * below 400 on one of these mappings is an audit entry naming the user, the action, the household,
 * case or other subject from the path, and where it was read ({@code via=api} or {@code via=page}).
 * Query strings are never recorded (a search may hold a name or an identity number): only whether
 * there was a search term. A controller may add ids it knows to the entry with the request
 * attribute {@link #DETAIL} (the case API adds the case's household).
 *
 * <p>The entry is written once the answer is made; if writing it fails, the failure is logged (the
 * read has been served). State changes are audited by the modules in the changing transaction.
 */
@Configuration(proxyBeanMethods = false)
class ReadAudit implements WebMvcConfigurer, HandlerInterceptor {

    /** A request attribute with more {@code key=value} ids for the read's audit entry. */
    public static final String DETAIL = "tuodi.audit.detail";

    private static final Logger log = LoggerFactory.getLogger(ReadAudit.class);

    /** What is audited: the action, the subject type and the path variable naming the subject. */
    record Read(String action, String subjectType, String variable) {}

    static final Map<String, Read> READS =
            Map.ofEntries(
                    Map.entry(
                            "/api/v1/households", new Read("HOUSEHOLDS_SEARCHED", "region", null)),
                    Map.entry(
                            "/api/v1/households/{id}",
                            new Read("HOUSEHOLD_READ", "household", "id")),
                    Map.entry(
                            "/api/v1/households/{id}/categories",
                            new Read("HOUSEHOLD_CATEGORIES_READ", "household", "id")),
                    Map.entry("/households/{id}", new Read("HOUSEHOLD_READ", "household", "id")),
                    Map.entry("/api/v1/cases", new Read("CASES_LISTED", "region", null)),
                    Map.entry("/api/v1/cases/{id}", new Read("CASE_READ", "case", "id")),
                    Map.entry("/cases", new Read("CASES_LISTED", "region", null)),
                    Map.entry("/tasks", new Read("CASES_LISTED", "region", null)),
                    Map.entry("/cases/{id}", new Read("CASE_READ", "case", "id")),
                    Map.entry("/cases/{id}/visit", new Read("CASE_READ", "case", "id")),
                    Map.entry(
                            "/api/v1/cases/{id}/photos/{photoId}",
                            new Read("CASE_PHOTO_READ", "case", "id")),
                    Map.entry(
                            "/cases/{id}/photos/{photoId}",
                            new Read("CASE_PHOTO_READ", "case", "id")),
                    Map.entry("/api/v1/unmatched", new Read("UNMATCHED_READ", "region", null)),
                    Map.entry(
                            "/api/v1/imports/{id}/rejects",
                            new Read("IMPORT_REJECTS_READ", "import_job", "id")),
                    Map.entry("/api/v1/cases/export", new Read("EXPORTED", "export", null)),
                    Map.entry("/api/v1/audit", new Read("AUDIT_READ", "audit", null)),
                    Map.entry("/api/v1/audit/verification", new Read("AUDIT_READ", "audit", null)),
                    Map.entry("/audit", new Read("AUDIT_READ", "audit", null)),
                    Map.entry("/audit/export", new Read("EXPORTED", "export", null)),
                    Map.entry("/api/v1/statistics/export", new Read("EXPORTED", "export", null)));

    private final AuditLog audit;

    ReadAudit(AuditLog audit) {
        this.audit = audit;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this);
    }

    @Override
    public void afterCompletion(
            HttpServletRequest request, HttpServletResponse response, Object handler, Exception e) {
        if (!"GET".equals(request.getMethod()) || e != null || response.getStatus() >= 400) {
            return;
        }
        Object pattern = request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
        Read read = pattern == null ? null : READS.get(pattern.toString());
        if (read == null) {
            return;
        }
        Authentication who = SecurityContextHolder.getContext().getAuthentication();
        if (who == null || !who.isAuthenticated()) {
            return;
        }
        try {
            audit.record(
                    new AuditEntry(
                            who.getName(),
                            read.action(),
                            read.subjectType(),
                            subject(request, read),
                            detail(request, pattern.toString())));
        } catch (RuntimeException failed) {
            log.error(
                    "read_audit=failed action={} path={} error={}",
                    read.action(),
                    request.getRequestURI(),
                    failed.toString());
        }
    }

    private static String subject(HttpServletRequest request, Read read) {
        if (read.variable() == null) {
            String region = request.getParameter("region");
            return region != null && region.matches("[0-9]{2,12}") ? region : "own";
        }
        @SuppressWarnings("unchecked")
        Map<String, String> variables =
                (Map<String, String>)
                        request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        return variables == null ? "" : variables.getOrDefault(read.variable(), "");
    }

    private static String detail(HttpServletRequest request, String pattern) {
        StringBuilder detail =
                new StringBuilder("via=").append(pattern.startsWith("/api/") ? "api" : "page");
        detail.append(" path=").append(request.getRequestURI());
        if ("csv".equals(request.getParameter("format")) || pattern.endsWith("/export")) {
            detail.append(" export=").append(pattern.endsWith("/export") ? "xlsx" : "csv");
        }
        String q = request.getParameter("q");
        if (q != null && !q.isBlank()) {
            detail.append(" search=yes");
        }
        Object more = request.getAttribute(DETAIL);
        if (more != null) {
            detail.append(' ').append(more);
        }
        return detail.toString();
    }
}
