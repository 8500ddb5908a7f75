package org.tuodi.core.assistance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.tuodi.core.fixtures.Findings;
import org.tuodi.core.fixtures.LiXinFamily;
import org.tuodi.core.fixtures.MemberConditions;
import org.tuodi.core.fixtures.Members;
import org.tuodi.core.household.DisabilityType;
import org.tuodi.core.household.Member;

@DisplayName("入户核实结果: verified findings hold no whole identity number and print no income")
class VisitFindingsTests {

    @Test
    void refusesAWholeIdentityNumberAsAMemberReference() {
        String whole = LiXinFamily.liXin().id().value();

        assertThatThrownBy(() -> MemberConditions.aMemberCondition(whole).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageNotContaining(whole);
    }

    @Test
    void takesTheRegistrysViewOfAMemberWithTheMaskedNumber() {
        LocalDate day = LocalDate.of(2024, 6, 1);
        Member member =
                Members.aMember()
                        .aged(50, day)
                        .withSeriousIllness()
                        .withDisability(2, DisabilityType.PHYSICAL)
                        .build();

        MemberCondition condition = MemberCondition.of(member, day);

        assertThat(condition.member()).isEqualTo(member.id().masked()).contains("********");
        assertThat(condition.age()).isEqualTo(50);
        assertThat(condition.majorIllnessRecognised()).isTrue();
        assertThat(condition.severelyDisabled()).isTrue();
    }

    @Test
    void refusesARecognisedMajorIllnessThatIsNotASeriousIllness() {
        assertThatThrownBy(() -> new MemberCondition("#1", 40, false, true, false, false, false))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesMoreMemberConditionsThanMembers() {
        assertThatThrownBy(
                        () ->
                                Findings.aVisitFinding()
                                        .ofSize(1)
                                        .withMember(MemberConditions.aMemberCondition("#1"))
                                        .withMember(MemberConditions.aMemberCondition("#2"))
                                        .build())
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void printsNeitherIncomesNorHealth() {
        VisitFindings findings = LiXinFamily.findings();

        assertThat(findings.toString()).doesNotContain("520").doesNotContain("36000");
    }

    @Test
    void addsUpRigidSpendingByKind() {
        VisitFindings findings =
                Findings.aVisitFinding()
                        .withMedicalOutOfPocket(6_000)
                        .withEducationSpending(3_000)
                        .withRehabilitationSpending(1_000)
                        .build();

        assertThat(findings.rigidSpending().total().fen()).isEqualTo(1_000_000);
    }
}
