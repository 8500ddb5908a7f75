package org.tuodi.server.registry.ui;

import java.util.List;
import java.util.Optional;
import org.springframework.context.annotation.Bean;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.tuodi.core.household.Household;
import org.tuodi.core.household.HouseholdId;
import org.tuodi.core.region.Region;
import org.tuodi.core.region.RegionCode;
import org.tuodi.core.region.RegionDirectory;
import org.tuodi.server.platform.Access;
import org.tuodi.server.platform.CurrentUser;
import org.tuodi.server.platform.InvalidInputProblem;
import org.tuodi.server.platform.NotFoundProblem;
import org.tuodi.server.platform.ui.NavItem;
import org.tuodi.server.platform.ui.PageController;
import org.tuodi.server.registry.internal.HouseholdSummary;
import org.tuodi.server.registry.internal.JdbcHouseholds;
import org.tuodi.server.registry.internal.Page;

/**
 * 低收入人口数据库 pages: households of the user's region searched by member name, household id, the last
 * four characters of an identity number or its masked form, within a village; and a household's
 * page (members with masked identity numbers, categories and their history). A household outside
 * the user's region is "not found".
 */
@PageController
class HouseholdController {

    static final int PAGE_SIZE = 20;

    /** Above this many villages the village is typed as a code instead of chosen from a list. */
    static final int MAX_VILLAGE_CHOICES = 1500;

    private final JdbcHouseholds households;
    private final RegionDirectory regions;

    HouseholdController(JdbcHouseholds households, RegionDirectory regions) {
        this.households = households;
        this.regions = regions;
    }

    /** 监测户: officers and auditors. */
    @Bean
    static NavItem householdsNav() {
        return new NavItem("nav.households", "/households", Access.REGISTRY_READERS, 30);
    }

    @GetMapping("/households")
    String search(
            CurrentUser user,
            @RequestParam(name = "q", defaultValue = "") String q,
            @RequestParam(name = "region", defaultValue = "") String region,
            @RequestParam(name = "page", defaultValue = "0") int page,
            Model model) {
        Access.requireRole(user, Access.REGISTRY_READERS, "read households");
        RegionCode within = region.isBlank() ? user.region() : region(region);
        user.requireCovers(within);
        Page<HouseholdSummary> found =
                households.search(
                        within,
                        Optional.of(q).filter(s -> !s.isBlank()),
                        Math.max(0, page),
                        PAGE_SIZE);
        List<Region> villages =
                regions.villagesIn(user.region()).limit(MAX_VILLAGE_CHOICES + 1).toList();
        model.addAttribute("q", q);
        model.addAttribute("region", region);
        model.addAttribute(
                "villages", villages.size() > MAX_VILLAGE_CHOICES ? List.of() : villages);
        model.addAttribute("found", found);
        model.addAttribute("rows", found.items().stream().map(this::row).toList());
        model.addAttribute("hasNext", (long) (found.page() + 1) * found.size() < found.total());
        return "registry/households";
    }

    @GetMapping("/households/{id}")
    String household(CurrentUser user, @PathVariable("id") String id, Model model) {
        Access.requireRole(user, Access.REGISTRY_READERS, "read households");
        HouseholdId householdId;
        try {
            householdId = new HouseholdId(id);
        } catch (IllegalArgumentException e) {
            throw new NotFoundProblem("household", id);
        }
        households
                .regionOf(householdId)
                .filter(user::covers)
                .orElseThrow(() -> new NotFoundProblem("household", id));
        Household household =
                households
                        .find(householdId)
                        .orElseThrow(() -> new NotFoundProblem("household", id));
        model.addAttribute("household", household);
        model.addAttribute("regionName", regions.fullName(household.region()));
        model.addAttribute("history", households.categoryHistory(householdId));
        return "registry/household";
    }

    /** A row of the search result. */
    record Row(
            String id,
            String headName,
            String regionName,
            List<String> categories,
            String residence,
            int members) {}

    private Row row(HouseholdSummary s) {
        return new Row(
                s.id(),
                s.headName(),
                regions.find(s.region()).map(Region::name).orElse(s.region().value()),
                s.categories().stream().map(Enum::name).sorted().toList(),
                s.residence().name(),
                s.memberCount());
    }

    private static RegionCode region(String code) {
        try {
            return RegionCode.of(code.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputProblem("region", e.getMessage());
        }
    }
}
