package org.tuodi.server.registry.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.tuodi.core.region.RegionCode;
import org.tuodi.core.region.RegionDirectory;
import org.tuodi.core.shared.Yuan;
import org.tuodi.core.standard.LocalStandard;
import org.tuodi.core.standard.TemporaryAssistanceTier;
import org.tuodi.server.platform.Access;
import org.tuodi.server.platform.CurrentUser;
import org.tuodi.server.platform.NotFoundProblem;
import org.tuodi.server.registry.internal.JdbcStandards;
import org.tuodi.server.registry.internal.Standards;

/**
 * Local standards (地方救助标准): county officers and above set them for a region within theirs, from an
 * effective date ({@code PUT}, the same region and date replaces); anyone may read the standard
 * that applies to a region within theirs on a date ({@code GET}): that of the most specific region
 * containing it with the latest effective date on or before the date.
 */
@RestController
class StandardApiController {

    private final Standards standards;
    private final JdbcStandards stored;
    private final RegionDirectory regions;
    private final Clock clock;

    StandardApiController(
            Standards standards, JdbcStandards stored, RegionDirectory regions, Clock clock) {
        this.standards = standards;
        this.stored = stored;
        this.regions = regions;
        this.clock = clock;
    }

    @PutMapping("/api/v1/standards")
    StandardResponse save(CurrentUser user, @Valid @RequestBody StandardRequest request) {
        Access.requireRole(user, Access.COUNTY_OFFICERS_AND_ABOVE, "set local standards");
        RegionCode region = Codes.region("regionCode", request.regionCode());
        user.requireCovers(region);
        LocalStandard standard = request.toStandard(region);
        standards.save(standard, user.username());
        return response(standard);
    }

    @GetMapping("/api/v1/standards")
    StandardResponse applicable(
            CurrentUser user,
            @RequestParam(name = "region", required = false) String region,
            @RequestParam(name = "date", required = false)
                    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                    LocalDate date) {
        RegionCode code = region == null ? user.region() : Codes.region("region", region);
        user.requireCovers(code);
        LocalDate day = date == null ? LocalDate.now(clock) : date;
        return stored.applicable(code, day)
                .map(this::response)
                .orElseThrow(
                        () ->
                                new NotFoundProblem(
                                        "local standard for region " + code + " on", day));
    }

    private StandardResponse response(LocalStandard s) {
        return new StandardResponse(
                s.region().value(),
                regions.find(s.region()).map(r -> regions.fullName(r.code())).orElse(""),
                s.effectiveFrom(),
                s.urbanDibaoMonthly().toBigDecimal(),
                s.ruralDibaoMonthly().toBigDecimal(),
                s.edgeMultiplier(),
                s.lastYearDisposableIncomePerCapita().toBigDecimal(),
                s.temporaryAssistanceTiers().stream()
                        .map(
                                t ->
                                        new Tier(
                                                t.fromHardship().toBigDecimal(),
                                                t.monthsOfDibaoStandard(),
                                                t.maximum().toBigDecimal()))
                        .toList());
    }

    /**
     * @param regionCode the region setting the standard (2 to 12 digits)
     * @param lastYearDisposableIncomePerCapita yuan per person per year
     */
    record StandardRequest(
            @NotBlank String regionCode,
            @NotNull LocalDate effectiveFrom,
            @NotNull @DecimalMin("0") @Digits(integer = 10, fraction = 2)
                    BigDecimal urbanDibaoMonthly,
            @NotNull @DecimalMin("0") @Digits(integer = 10, fraction = 2)
                    BigDecimal ruralDibaoMonthly,
            @NotNull @DecimalMin("1") @Digits(integer = 3, fraction = 3) BigDecimal edgeMultiplier,
            @NotNull @DecimalMin("0") @Digits(integer = 12, fraction = 2)
                    BigDecimal lastYearDisposableIncomePerCapita,
            List<@Valid Tier> temporaryAssistanceTiers) {

        LocalStandard toStandard(RegionCode region) {
            return new LocalStandard(
                    region,
                    effectiveFrom,
                    Yuan.of(urbanDibaoMonthly),
                    Yuan.of(ruralDibaoMonthly),
                    edgeMultiplier,
                    Yuan.of(lastYearDisposableIncomePerCapita),
                    temporaryAssistanceTiers == null
                            ? List.of()
                            : temporaryAssistanceTiers.stream()
                                    .map(
                                            t ->
                                                    new TemporaryAssistanceTier(
                                                            Yuan.of(t.fromHardship()),
                                                            t.monthsOfDibaoStandard(),
                                                            Yuan.of(t.maximum())))
                                    .toList());
        }
    }

    /** 临时救助分档: from a hardship amount, months of the 低保 standard, capped at a maximum. */
    record Tier(
            @NotNull @DecimalMin("0") @Digits(integer = 12, fraction = 2) BigDecimal fromHardship,
            @NotNull @DecimalMin(value = "0", inclusive = false) @Digits(integer = 3, fraction = 2)
                    BigDecimal monthsOfDibaoStandard,
            @NotNull @DecimalMin("0") @Digits(integer = 12, fraction = 2) BigDecimal maximum) {}

    record StandardResponse(
            String regionCode,
            String regionName,
            LocalDate effectiveFrom,
            BigDecimal urbanDibaoMonthly,
            BigDecimal ruralDibaoMonthly,
            BigDecimal edgeMultiplier,
            BigDecimal lastYearDisposableIncomePerCapita,
            List<Tier> temporaryAssistanceTiers) {}
}
