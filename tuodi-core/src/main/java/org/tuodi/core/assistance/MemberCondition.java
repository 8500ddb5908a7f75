package org.tuodi.core.assistance;

import java.time.LocalDate;
import java.util.Objects;
import org.tuodi.core.household.Member;

/**
 * 成员状况: what the home visit verified about one member. The member is named by the masked identity
 * number (or another reference that is not the whole number), so findings never carry it whole.
 *
 * @param member the masked identity number ({@code 411122********123X}) or an index such as {@code
 *     #2}; a whole 18-character identity number is refused
 * @param seriouslyIll seriously ill now (重病): hospitalised, or under treatment for a serious
 *     condition, whether or not yet recognised
 * @param majorIllnessRecognised the illness is a 重特大疾病 recognised by the local authorities
 *     (最低生活保障审核确认办法 第八条第二项); implies {@code seriouslyIll}
 * @param severelyDisabled holds a disability certificate of the severity in {@link
 *     org.tuodi.core.household.Disability#isSevere()} (第八条第一项)
 * @param unemployed of working age, able to work and out of work
 * @param nonCompulsoryStudent in school beyond the compulsory stage (高中、中职、高校)
 */
public record MemberCondition(
        String member,
        int age,
        boolean seriouslyIll,
        boolean majorIllnessRecognised,
        boolean severelyDisabled,
        boolean unemployed,
        boolean nonCompulsoryStudent) {

    /** The age of majority (成年). */
    public static final int ADULT_AGE = 18;

    public MemberCondition {
        Objects.requireNonNull(member, "member");
        if (member.isBlank()) {
            throw new IllegalArgumentException("member reference is blank");
        }
        if (member.matches("\\d{17}[\\dXx]")) {
            throw new IllegalArgumentException("use the masked identity number, not the whole one");
        }
        if (age < 0 || age > 150) {
            throw new IllegalArgumentException("age out of range: " + age);
        }
        if (majorIllnessRecognised && !seriouslyIll) {
            throw new IllegalArgumentException("a recognised major illness is a serious illness");
        }
    }

    /**
     * The registry's view of a member on a date: masked id, age, recognised serious illness and
     * severe disability as recorded; the visit adds what it finds.
     */
    public static MemberCondition of(Member member, LocalDate asOf) {
        return new MemberCondition(
                member.id().masked(),
                member.ageOn(asOf),
                member.seriousIllness(),
                member.seriousIllness(),
                member.isSeverelyDisabled(),
                false,
                false);
    }

    public boolean isAdult() {
        return age >= ADULT_AGE;
    }

    /** Ill now but not (yet) recognised as a 重特大疾病. */
    public boolean isIllButNotRecognised() {
        return seriouslyIll && !majorIllnessRecognised;
    }
}
