package org.tuodi.server.alerting.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.tuodi.core.household.Household;
import org.tuodi.core.household.Member;
import org.tuodi.core.household.Relation;
import org.tuodi.core.region.RegionCode;
import org.tuodi.server.alerting.internal.JdbcPublicNotice;
import org.tuodi.server.alerting.internal.JdbcPublicNotice.Granted;
import org.tuodi.server.platform.AccessDeniedProblem;
import org.tuodi.server.platform.CurrentUser;
import org.tuodi.server.platform.InvalidInputProblem;
import org.tuodi.server.platform.Role;
import org.tuodi.server.registry.HouseholdRegistry;

/**
 * 公示 ({@code GET /api/v1/public-notice?region=}): the households of a region granted assistance, as
 * a village posts them: the head's name, the household size and the amount granted; never an
 * identity number, phone, bank account, address or health detail. Any signed-in user of the region
 * (officer, auditor, village assistant) may read it.
 */
@RestController
class PublicNoticeApiController {

    private static final int MAX_ROWS = 1000;

    private final JdbcPublicNotice notice;
    private final HouseholdRegistry registry;

    PublicNoticeApiController(JdbcPublicNotice notice, HouseholdRegistry registry) {
        this.notice = notice;
        this.registry = registry;
    }

    /**
     * @param name the name of the head of household
     * @param householdSize how many members the household has
     * @param assistanceAmount the amount granted (yuan)
     */
    record NoticeLine(String name, int householdSize, BigDecimal assistanceAmount) {}

    record PublicNotice(String regionCode, List<NoticeLine> households) {}

    @GetMapping("/api/v1/public-notice")
    PublicNotice notice(
            CurrentUser user, @RequestParam(name = "region", required = false) String region) {
        if (user.role() == Role.DEPARTMENT_FEED) {
            throw new AccessDeniedProblem("department feeds do not read the public notice");
        }
        RegionCode within = region == null ? user.region() : regionOf(region);
        user.requireCovers(within);
        List<NoticeLine> lines = new ArrayList<>();
        for (Granted granted : notice.grantedIn(within, MAX_ROWS)) {
            registry.find(granted.household()).ifPresent(h -> lines.add(line(h, granted.amount())));
        }
        return new PublicNotice(within.value(), lines);
    }

    private static NoticeLine line(Household household, BigDecimal amount) {
        Optional<Member> head =
                household.members().stream().filter(m -> m.relation() == Relation.HEAD).findFirst();
        String name =
                head.or(() -> household.members().stream().findFirst())
                        .map(Member::name)
                        .orElse("");
        return new NoticeLine(name, household.members().size(), amount.setScale(2));
    }

    private static RegionCode regionOf(String code) {
        try {
            return RegionCode.of(code);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputProblem("region", e.getMessage());
        }
    }
}
