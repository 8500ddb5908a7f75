package org.tuodi.server.registry.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.tuodi.core.household.DisabilityType;
import org.tuodi.core.household.Household;
import org.tuodi.core.household.HouseholdId;
import org.tuodi.core.household.LaborCapacity;
import org.tuodi.core.household.LowIncomeCategory;
import org.tuodi.core.household.Member;
import org.tuodi.core.household.Relation;
import org.tuodi.core.household.Residence;
import org.tuodi.core.region.RegionCode;
import org.tuodi.core.region.RegionDirectory;
import org.tuodi.server.platform.Access;
import org.tuodi.server.platform.CurrentUser;
import org.tuodi.server.platform.Masks;
import org.tuodi.server.platform.NotFoundProblem;
import org.tuodi.server.platform.Role;
import org.tuodi.server.registry.internal.CategoryPeriod;
import org.tuodi.server.registry.internal.HouseholdSummary;
import org.tuodi.server.registry.internal.JdbcHouseholds;

/**
 * Reading the registry: officers and auditors, within their region. A household outside the user's
 * region is answered 404 exactly like one that does not exist, so that its existence does not leak;
 * a village assistant is refused (403): it reaches households through the cases assigned to it.
 * Identity numbers and phone numbers are only ever returned masked ({@code 411122********1445},
 * {@code 138****5678}); seeing them whole takes a 授权书 ({@code PersonalDataApiController}). Health
 * and disability details (disability grade and type, serious illness) are shown to officers, who
 * decide assistance on them, and left out for auditors, who audit the process, not the person
 * (docs/security.md, "Health details").
 */
@RestController
class HouseholdApiController {

    private final JdbcHouseholds households;
    private final RegionDirectory regions;

    HouseholdApiController(JdbcHouseholds households, RegionDirectory regions) {
        this.households = households;
        this.regions = regions;
    }

    /**
     * @param region a region within the user's (default: the user's own)
     * @param q the start of a household id, part of a member's name, the last four characters of an
     *     identity number, or a whole identity number
     */
    @GetMapping("/api/v1/households")
    PageResponse<HouseholdSummaryResponse> list(
            CurrentUser user,
            @RequestParam(name = "region", required = false) String region,
            @RequestParam(name = "q", required = false) String q,
            @RequestParam(name = "page", defaultValue = "0") @Min(0) int page,
            @RequestParam(name = "size", defaultValue = "20") @Min(1) @Max(100) int size) {
        Access.requireRole(user, Access.REGISTRY_READERS, "read households");
        RegionCode within = region == null ? user.region() : Codes.region("region", region);
        user.requireCovers(within);
        return PageResponse.of(
                households.search(within, Optional.ofNullable(q), page, size), this::summary);
    }

    @GetMapping("/api/v1/households/{id}")
    HouseholdResponse household(CurrentUser user, @PathVariable("id") String id) {
        Household household = households.find(visible(user, id)).orElseThrow(() -> notFound(id));
        return new HouseholdResponse(
                household.id().value(),
                household.region().value(),
                regionName(household.region()),
                List.copyOf(household.categories()),
                household.residence(),
                household.perCapitaMonthlyIncome().toBigDecimal(),
                household.address().orElse(null),
                members(household.members(), user.role() != Role.AUDITOR));
    }

    @GetMapping("/api/v1/households/{id}/categories")
    List<CategoryPeriodResponse> categories(CurrentUser user, @PathVariable("id") String id) {
        return households.categoryHistory(visible(user, id)).stream()
                .map(HouseholdApiController::period)
                .toList();
    }

    /** The household id if the household exists within the user's region; 404 otherwise. */
    private HouseholdId visible(CurrentUser user, String id) {
        Access.requireRole(user, Access.REGISTRY_READERS, "read households");
        HouseholdId householdId = Codes.household("id", id);
        households.regionOf(householdId).filter(user::covers).orElseThrow(() -> notFound(id));
        return householdId;
    }

    private static NotFoundProblem notFound(String id) {
        return new NotFoundProblem("household", id);
    }

    private String regionName(RegionCode code) {
        return regions.find(code).map(r -> r.name()).orElse("");
    }

    private HouseholdSummaryResponse summary(HouseholdSummary s) {
        return new HouseholdSummaryResponse(
                s.id(),
                s.region().value(),
                regionName(s.region()),
                List.copyOf(s.categories()),
                s.residence(),
                s.memberCount(),
                s.headName());
    }

    private static List<MemberResponse> members(List<Member> members, boolean withHealth) {
        List<MemberResponse> responses = new ArrayList<>();
        for (int position = 0; position < members.size(); position++) {
            Member m = members.get(position);
            responses.add(
                    new MemberResponse(
                            position,
                            m.id().masked(),
                            m.name(),
                            m.relation(),
                            m.laborCapacity().orElse(null),
                            withHealth ? m.disability().map(d -> d.grade()).orElse(null) : null,
                            withHealth ? m.disability().map(d -> d.type()).orElse(null) : null,
                            withHealth ? m.seriousIllness() : null,
                            Masks.phone(m.phone().orElse(null))));
        }
        return responses;
    }

    private static CategoryPeriodResponse period(CategoryPeriod p) {
        return new CategoryPeriodResponse(
                p.category(), p.effectiveFrom(), p.effectiveTo(), p.openedBy(), p.closedBy());
    }

    record HouseholdSummaryResponse(
            String id,
            String regionCode,
            String regionName,
            List<LowIncomeCategory> categories,
            Residence residence,
            int memberCount,
            String headName) {}

    record HouseholdResponse(
            String id,
            String regionCode,
            String regionName,
            List<LowIncomeCategory> categories,
            Residence residence,
            BigDecimal perCapitaMonthlyIncome,
            String address,
            List<MemberResponse> members) {}

    /**
     * @param position the member's place in the household (from 0), as the unmask endpoint takes it
     * @param idNumberMasked the identity number with its birth date and sequence masked
     * @param disabilityGrade absent for auditors (health details), or when not disabled
     * @param disabilityType absent for auditors (health details), or when not disabled
     * @param seriousIllness absent for auditors (health details)
     * @param phoneMasked the phone number masked ({@code 138****5678}); absent if none
     */
    record MemberResponse(
            int position,
            String idNumberMasked,
            String name,
            Relation relation,
            LaborCapacity laborCapacity,
            Integer disabilityGrade,
            DisabilityType disabilityType,
            Boolean seriousIllness,
            String phoneMasked) {}

    /**
     * @param effectiveTo exclusive; absent while the category is current
     */
    record CategoryPeriodResponse(
            LowIncomeCategory category,
            LocalDate effectiveFrom,
            LocalDate effectiveTo,
            String openedBy,
            String closedBy) {}
}
