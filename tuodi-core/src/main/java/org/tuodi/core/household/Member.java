package org.tuodi.core.household;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * 共同生活家庭成员: a member of a monitored household. Holds personal information: {@link #toString()}
 * masks the name, the identity number and the phone.
 *
 * @param laborCapacity empty when not recorded
 * @param disability empty when the member has no certified disability
 * @param seriousIllness a recognised major or serious illness (重特大疾病)
 * @param phone empty when not recorded
 */
public record Member(
        NationalId id,
        String name,
        Relation relation,
        Optional<LaborCapacity> laborCapacity,
        Optional<Disability> disability,
        boolean seriousIllness,
        Optional<String> phone) {

    public Member {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("member name is empty");
        }
        Objects.requireNonNull(relation, "relation");
        Objects.requireNonNull(laborCapacity, "laborCapacity");
        Objects.requireNonNull(disability, "disability");
        Objects.requireNonNull(phone, "phone");
    }

    public int ageOn(LocalDate date) {
        return id.ageOn(date);
    }

    public boolean isSeverelyDisabled() {
        return disability.map(Disability::isSevere).orElse(false);
    }

    /**
     * 无劳动能力 as recorded, or 60 and over, or under 16, or a disability of grade 1–3 intellectual or
     * mental, grade 1–2 physical or grade 1 visual (特困人员认定办法 第五条).
     */
    public boolean hasNoLaborCapacityOn(LocalDate date) {
        int age = ageOn(date);
        return laborCapacity.map(c -> c == LaborCapacity.NONE).orElse(false)
                || age >= 60
                || age < 16
                || disability.map(Member::meansNoLaborCapacity).orElse(false);
    }

    private static boolean meansNoLaborCapacity(Disability d) {
        switch (d.type()) {
            case INTELLECTUAL:
            case MENTAL:
                return d.grade() <= 3;
            case PHYSICAL:
                return d.grade() <= 2;
            case VISUAL:
                return d.grade() == 1;
            default:
                return false;
        }
    }

    /** The name with all but its first character masked: 李新 → 李*. */
    public String maskedName() {
        return name.substring(0, 1) + "*".repeat(Math.max(1, name.length() - 1));
    }

    @Override
    public String toString() {
        return "Member[id="
                + id
                + ", name="
                + maskedName()
                + ", relation="
                + relation
                + ", laborCapacity="
                + laborCapacity.map(Enum::name).orElse("-")
                + ", disability="
                + disability.map(Disability::toString).orElse("-")
                + ", seriousIllness="
                + seriousIllness
                + ", phone="
                + (phone.isPresent() ? "***" : "-")
                + "]";
    }
}
