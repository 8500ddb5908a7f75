package org.tuodi.core.golden;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.tuodi.core.assistance.MemberCondition;
import org.tuodi.core.assistance.RigidSpending;
import org.tuodi.core.assistance.VisitFindings;
import org.tuodi.core.household.Disability;
import org.tuodi.core.household.DisabilityType;
import org.tuodi.core.household.Household;
import org.tuodi.core.household.HouseholdId;
import org.tuodi.core.household.LaborCapacity;
import org.tuodi.core.household.LowIncomeCategory;
import org.tuodi.core.household.Member;
import org.tuodi.core.household.NationalId;
import org.tuodi.core.household.Relation;
import org.tuodi.core.household.Residence;
import org.tuodi.core.json.Json;
import org.tuodi.core.json.JsonValue.JsonObject;
import org.tuodi.core.region.RegionCode;
import org.tuodi.core.shared.Yuan;
import org.tuodi.core.standard.LocalStandard;
import org.tuodi.core.standard.TemporaryAssistanceTier;

/**
 * Reads a golden case file. Households, members and records use the names of formats.md in
 * camelCase (its JSON form), e.g. {@code perCapitaMonthlyIncome}, {@code outOfPocket}.
 */
final class GoldenCaseReader {

    private GoldenCaseReader() {}

    static GoldenCase read(String file, String text) {
        JsonFields root = new JsonFields(file, (JsonObject) Json.parse(text));
        Household household = household(root.object("household"));
        return new GoldenCase(
                file,
                root.string("name"),
                root.text("description").orElse(""),
                household,
                root.objects("events").stream().map(EventJson::event).toList(),
                root.date("asOf"),
                root.objects("expectedDecisions").stream().map(GoldenCaseReader::decision).toList(),
                root.optional("visit").map(v -> visit(root.object("visit"))));
    }

    private static Household household(JsonFields h) {
        Set<LowIncomeCategory> categories = EnumSet.noneOf(LowIncomeCategory.class);
        h.strings("categories").forEach(c -> categories.add(LowIncomeCategory.valueOf(c)));
        return new Household(
                new HouseholdId(h.string("householdId")),
                RegionCode.of(h.string("regionCode")),
                categories,
                Residence.valueOf(h.string("residence")),
                h.yuan("perCapitaMonthlyIncome"),
                h.text("address"),
                h.objects("members").stream().map(GoldenCaseReader::member).toList());
    }

    private static Member member(JsonFields m) {
        Optional<Disability> disability =
                m.text("disabilityGrade")
                        .map(
                                g ->
                                        new Disability(
                                                Integer.parseInt(g),
                                                DisabilityType.valueOf(
                                                        m.string("disabilityType"))));
        return new Member(
                NationalId.parse(m.string("idNumber")),
                m.string("name"),
                Relation.valueOf(m.string("relation")),
                m.text("laborCapacity").map(LaborCapacity::valueOf),
                disability,
                m.bool("seriousIllness", false),
                m.text("phone"));
    }

    private static GoldenCase.ExpectedDecision decision(JsonFields d) {
        return new GoldenCase.ExpectedDecision(
                d.string("decision"),
                d.string("level"),
                d.integer("score"),
                d.date("asOf"),
                d.strings("indicators"),
                d.strings("evidence"));
    }

    private static GoldenCase.Visit visit(JsonFields v) {
        JsonFields f = v.object("findings");
        VisitFindings findings =
                new VisitFindings(
                        f.yuan("perCapitaMonthlyIncome"),
                        f.integer("householdSize"),
                        f.bool("assetsWithinLocalRules", true),
                        new RigidSpending(
                                f.optionalYuan("medicalOutOfPocket").orElse(Yuan.ZERO),
                                f.optionalYuan("education").orElse(Yuan.ZERO),
                                f.optionalYuan("rehabilitation").orElse(Yuan.ZERO),
                                f.optionalYuan("otherRigidSpending").orElse(Yuan.ZERO)),
                        f.yuan("hardship"),
                        f.bool("hasMemberAbleToWork", false),
                        f.bool("hasAbleSupporter", false),
                        f.objects("members").stream().map(GoldenCaseReader::condition).toList(),
                        f.bool("dangerousHouse", false),
                        f.bool("disasterLoss", false),
                        f.bool("suddenEmergency", false));
        return new GoldenCase.Visit(
                v.date("on"),
                findings,
                standard(v.object("standard")),
                v.objects("expectedRecommendations").stream()
                        .map(
                                r ->
                                        new GoldenCase.ExpectedRecommendation(
                                                r.string("measure"),
                                                r.string("status"),
                                                r.text("amount")))
                        .toList());
    }

    private static MemberCondition condition(JsonFields c) {
        return new MemberCondition(
                c.string("member"),
                c.integer("age"),
                c.bool("seriouslyIll", false),
                c.bool("majorIllnessRecognised", false),
                c.bool("severelyDisabled", false),
                c.bool("unemployed", false),
                c.bool("nonCompulsoryStudent", false));
    }

    private static LocalStandard standard(JsonFields s) {
        List<TemporaryAssistanceTier> tiers =
                s.objects("temporaryAssistanceTiers").stream()
                        .map(
                                t ->
                                        new TemporaryAssistanceTier(
                                                t.yuan("fromHardship"),
                                                new BigDecimal(t.string("monthsOfDibaoStandard")),
                                                t.yuan("maximum")))
                        .toList();
        return new LocalStandard(
                RegionCode.of(s.string("region")),
                s.date("effectiveFrom"),
                s.yuan("urbanDibaoMonthly"),
                s.yuan("ruralDibaoMonthly"),
                new BigDecimal(s.string("edgeMultiplier")),
                s.yuan("lastYearDisposableIncomePerCapita"),
                tiers);
    }
}
