package org.tuodi.server.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.tuodi.core.event.DepartmentEvent;
import org.tuodi.core.event.EventKey;
import org.tuodi.core.event.HousingAssessed;
import org.tuodi.core.event.HousingGrade;
import org.tuodi.core.event.MedicalSettlement;
import org.tuodi.core.event.Source;
import org.tuodi.core.fixtures.Households;
import org.tuodi.core.fixtures.Members;
import org.tuodi.core.household.Household;
import org.tuodi.core.household.Member;
import org.tuodi.core.rules.RuleSetFormat;
import org.tuodi.core.shared.Yuan;

/**
 * A small known data set for what-ifs (four households of 临颍县, records of August 2024) and rule set
 * files made from the reference.
 */
public final class RuleSetData {

    public static final LocalDate FROM = LocalDate.of(2024, 8, 1);
    public static final LocalDate TO = LocalDate.of(2024, 8, 31);
    static final LocalDate BORN = LocalDate.of(1971, 3, 9);
    private static final AtomicInteger VERSIONS = new AtomicInteger();

    private RuleSetData() {}

    /** Two households of 繁城回族镇 village 201, two of 杜曲镇 (villages 201 and 202). */
    public static List<Household> households() {
        return List.of(
                household("RS-H1", "411122101201", 701),
                household("RS-H2", "411122102201", 703),
                household("RS-H3", "411122101201", 705),
                household("RS-H4", "411122102202", 707));
    }

    /**
     * Under the reference: H1 ¥3,000 + ¥2,500 out of pocket (¥5,500: general, hard trigger), H2 a
     * D-grade house (general), H3 ¥6,000 (general), H4 ¥1,000 (nothing). A draft that sums to
     * ¥10,000 before the medical hard trigger leaves only H2.
     */
    public static List<DepartmentEvent> records() {
        List<Household> h = households();
        return List.of(
                medical("RS-E1", person(h.get(0)), LocalDate.of(2024, 8, 3), 3000),
                medical("RS-E2", person(h.get(0)), LocalDate.of(2024, 8, 12), 2500),
                medical("RS-E3", person(h.get(2)), LocalDate.of(2024, 8, 20), 6000),
                medical("RS-E4", person(h.get(3)), LocalDate.of(2024, 8, 21), 1000),
                new HousingAssessed(
                        new EventKey(Source.HOUSING, "RS-E5"),
                        person(h.get(1)).id(),
                        LocalDate.of(2024, 8, 15),
                        HousingGrade.D));
    }

    static Member person(Household household) {
        return household.members().get(0);
    }

    private static Household household(String id, String village, int sequence) {
        return Households.aHousehold()
                .withId(id)
                .in(village)
                .dibao()
                .withMember(Members.aMember().named("测试" + id).bornOn(BORN).withSequence(sequence))
                .build();
    }

    private static DepartmentEvent medical(String id, Member who, LocalDate on, long outOfPocket) {
        return new MedicalSettlement(
                new EventKey(Source.MEDICAL_INSURANCE, id),
                who.id(),
                on,
                Optional.of(Yuan.of(outOfPocket * 2)),
                Optional.of(Yuan.of(outOfPocket)),
                Yuan.of(outOfPocket),
                Optional.of(true),
                Optional.of("J18"));
    }

    /** The reference file. */
    public static String reference() {
        try (InputStream in =
                RuleSetFormat.class.getResourceAsStream(
                        "/org/tuodi/core/rules/henan-reference.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A new version of the reference with its own version string. */
    public static String newVersion(LocalDate effectiveFrom) {
        return reference()
                .replace(
                        "\"version\": \"2023.09-1\"",
                        "\"version\": \"test-" + VERSIONS.incrementAndGet() + "\"")
                .replace(
                        "\"effectiveFrom\": \"2023-09-01\"",
                        "\"effectiveFrom\": \"" + effectiveFrom + "\"");
    }

    /** A new version where the ¥5,000 medical indicator needs ¥10,000. */
    public static String stricter(LocalDate effectiveFrom) {
        return newVersion(effectiveFrom)
                .replaceFirst("\"threshold\": \"5000.00\"", "\"threshold\": \"10000.00\"");
    }
}
