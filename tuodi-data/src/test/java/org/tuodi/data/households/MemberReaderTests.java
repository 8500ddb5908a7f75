package org.tuodi.data.households;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tuodi.data.Fixtures.id;
import static org.tuodi.data.Fixtures.read;
import static org.tuodi.data.Fixtures.write;

import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tuodi.core.household.Disability;
import org.tuodi.core.household.DisabilityType;
import org.tuodi.core.household.HouseholdId;
import org.tuodi.core.household.LaborCapacity;
import org.tuodi.core.household.Member;
import org.tuodi.core.household.Relation;
import org.tuodi.data.Fixtures.Read;
import org.tuodi.data.csv.FileCounts;
import org.tuodi.data.csv.Reject;

class MemberReaderTests {

    static final String HEADER =
            "household_id,id_number,name,relation,labor_capacity,disability_grade,"
                    + "disability_type,serious_illness,phone";
    static final String ELDER = id("41112219540312026");
    static final String HEAD = id("41112219820516024");

    @TempDir Path dir;

    private Read<Membership> readRows(String... rows) {
        String[] lines = new String[rows.length + 1];
        lines[0] = HEADER;
        System.arraycopy(rows, 0, lines, 1, rows.length);
        return read(
                write(dir, "members.csv", lines),
                MemberReader.REQUIRED,
                MemberReader.COLUMNS,
                (file, rejects) ->
                        new MemberReader(
                                file,
                                rejects,
                                Set.of(new HouseholdId("H1"), new HouseholdId("H2"))));
    }

    @Test
    void readsAMemberWithItsDisabilityAndIllness() {
        var read = readRows("H1," + ELDER + ",张桂英,PARENT,NONE,2,PHYSICAL,true,13800000000");

        Membership membership = read.only();
        Member member = membership.member();
        assertThat(membership.household()).isEqualTo(new HouseholdId("H1"));
        assertThat(member.id().value()).isEqualTo(ELDER);
        assertThat(member.name()).isEqualTo("张桂英");
        assertThat(member.relation()).isEqualTo(Relation.PARENT);
        assertThat(member.laborCapacity()).contains(LaborCapacity.NONE);
        assertThat(member.disability()).contains(new Disability(2, DisabilityType.PHYSICAL));
        assertThat(member.seriousIllness()).isTrue();
        assertThat(member.phone()).contains("13800000000");
    }

    @Test
    void leavesOptionalColumnsAbsentWhenEmpty() {
        Member member = readRows("H1," + HEAD + ",李秀梅,HEAD,,,,,").only().member();

        assertThat(member.laborCapacity()).isEmpty();
        assertThat(member.disability()).isEmpty();
        assertThat(member.seriousIllness()).isFalse();
        assertThat(member.phone()).isEqualTo(Optional.empty());
    }

    @Test
    void rejectsABadCheckDigitWithTheNumberMasked() {
        String wrong = ELDER.substring(0, 17) + (ELDER.charAt(17) == '0' ? '1' : '0');

        Reject reject = readRows("H1," + wrong + ",张桂英,PARENT,,,,,").onlyReject();

        assertThat(reject.column()).isEqualTo("id_number");
        assertThat(reject.reason())
                .isEqualTo(
                        "identity number check digit is wrong (ISO 7064 MOD 11-2): 411122********"
                                + wrong.substring(14))
                .doesNotContain(wrong);
    }

    @Test
    void rejectsAMemberOfAnUnknownHouseholdAsUnmatched() {
        assertThat(readRows("H9," + HEAD + ",李秀梅,HEAD,,,,,").onlyReject())
                .isEqualTo(
                        new Reject(
                                "members.csv",
                                2,
                                "household_id",
                                "unmatched household: H9 is not in households.csv, or its row"
                                        + " there was rejected"));
    }

    @Test
    void rejectsTheSecondMembershipOfAPersonInTwoHouseholds() {
        var read = readRows("H1," + HEAD + ",李秀梅,HEAD,,,,,", "H2," + HEAD + ",李秀梅,HEAD,,,,,");

        assertThat(read.records())
                .extracting(Membership::household)
                .containsExactly(new HouseholdId("H1"));
        assertThat(read.onlyReject())
                .isEqualTo(
                        new Reject(
                                "members.csv",
                                3,
                                "id_number",
                                "person 411122********0241 is already a member of household H1"));
        assertThat(read.counts()).isEqualTo(new FileCounts("members.csv", 2, 1, 1));
    }

    @Test
    void rejectsAPersonListedTwiceInOneHousehold() {
        var read = readRows("H1," + HEAD + ",李秀梅,HEAD,,,,,", "H1," + HEAD + ",李秀梅,SPOUSE,,,,,");

        assertThat(read.onlyReject().reason())
                .isEqualTo("person 411122********0241 is listed twice in household H1");
    }

    @Test
    void doesNotCountARejectedRowAsTheFirstMembership() {
        var read = readRows("H1," + HEAD + ",李秀梅,KING,,,,,", "H2," + HEAD + ",李秀梅,HEAD,,,,,");

        assertThat(read.records())
                .extracting(Membership::household)
                .containsExactly(new HouseholdId("H2"));
    }

    @ParameterizedTest(name = "{1}: {0}")
    @CsvSource(
            delimiter = '|',
            value = {
                ",李,HEAD,,,,,|id_number|required value is missing",
                "X,,HEAD,,,,,|name|required value is missing",
                "X,李,KING,,,,,|relation|unknown code 'KING' (known: HEAD, SPOUSE, CHILD, PARENT,"
                        + " GRANDCHILD, SIBLING, OTHER)",
                "X,李,HEAD,SOME,,,,|labor_capacity|unknown code 'SOME' (known: FULL, PARTIAL,"
                        + " NONE)",
                "X,李,HEAD,,5,PHYSICAL,,|disability_grade|not a whole number from 1 to 4: '5'",
                "X,李,HEAD,,2,,,|disability_type|required when disability_grade is given",
                "X,李,HEAD,,,VISUAL,,|disability_grade|required when disability_type is given",
                "X,李,HEAD,,2,BLIND,,|disability_type|unknown code 'BLIND' (known: PHYSICAL,"
                        + " VISUAL, HEARING, SPEECH, INTELLECTUAL, MENTAL, MULTIPLE)",
                "X,李,HEAD,,,,yes,|serious_illness|not true or false: 'yes'"
            })
    void rejectsARowNamingTheColumnAndTheReason(String rest, String column, String reason) {
        String row = "H1," + rest.replaceFirst("^X", HEAD);

        assertThat(readRows(row).onlyReject())
                .isEqualTo(new Reject("members.csv", 2, column, reason));
    }
}
