package org.tuodi.server.platform.web;

import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.tuodi.server.platform.Access;
import org.tuodi.server.platform.AuditChain;
import org.tuodi.server.platform.AuditTrail;
import org.tuodi.server.platform.CurrentUser;

/**
 * 审计日志接口 ({@code /api/v1/audit}): the audit trail of the reader's region, filtered and paged,
 * newest first, and the state of its hash chain. For {@link Access#AUDIT_READERS} only; which
 * entries each sees is {@link AuditTrail}'s rule. Every answered read is itself audited ({@code
 * AUDIT_READ}, {@link ReadAudit}).
 */
@RestController
class AuditApiController {

    private final AuditTrail trail;
    private final AuditChain chain;

    AuditApiController(AuditTrail trail, AuditChain chain) {
        this.trail = trail;
        this.chain = chain;
    }

    @GetMapping("/api/v1/audit")
    AuditPage entries(
            CurrentUser user,
            @RequestParam(name = "actor", required = false) String actor,
            @RequestParam(name = "action", required = false) String action,
            @RequestParam(name = "subjectType", required = false) String subjectType,
            @RequestParam(name = "subjectId", required = false) String subjectId,
            @RequestParam(name = "from", required = false) String from,
            @RequestParam(name = "to", required = false) String to,
            @RequestParam(name = "page", required = false) String page,
            @RequestParam(name = "size", required = false) String size) {
        Access.requireRole(user, Access.AUDIT_READERS, "read the audit trail");
        AuditTrail.Filter filter =
                AuditTrail.Filter.parse(actor, action, subjectType, subjectId, from, to);
        AuditTrail.Found found =
                trail.search(user, filter, AuditTrail.page(page), AuditTrail.size(size, 50));
        return new AuditPage(
                found.entries().stream().map(AuditEntryView::of).toList(),
                found.page(),
                found.size(),
                found.total());
    }

    @GetMapping("/api/v1/audit/verification")
    VerificationView verification(CurrentUser user) {
        Access.requireRole(user, Access.AUDIT_READERS, "verify the audit trail");
        AuditChain.Verification v = chain.verify();
        return new VerificationView(
                v.intact(), v.checked(), v.headSeq(), v.headHash(), v.brokenLink().orElse(null));
    }

    /** A page of the trail: the entries, the page (from 0), its size and how many match. */
    record AuditPage(List<AuditEntryView> items, int page, int size, long total) {}

    /** An entry: {@code at} with the offset of China time. */
    record AuditEntryView(
            long id,
            long seq,
            OffsetDateTime at,
            String actor,
            String action,
            String subjectType,
            String subjectId,
            String detail) {
        static AuditEntryView of(AuditTrail.Entry e) {
            return new AuditEntryView(
                    e.id(),
                    e.seq(),
                    e.at().atZoneSameInstant(AuditTrail.CHINA).toOffsetDateTime(),
                    e.actor(),
                    e.action(),
                    e.subjectType(),
                    e.subjectId(),
                    e.detail());
        }
    }

    /**
     * The chain: whether it is intact, how many entries were checked, the last good entry's
     * sequence number and hash (the head if intact), and the first broken link (null if intact).
     */
    record VerificationView(
            boolean intact, long checked, long headSeq, String headHash, String brokenLink) {}
}
