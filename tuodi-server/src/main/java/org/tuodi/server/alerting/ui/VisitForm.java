package org.tuodi.server.alerting.ui;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.tuodi.core.assistance.MemberCondition;
import org.tuodi.core.assistance.RigidSpending;
import org.tuodi.core.assistance.VisitFindings;
import org.tuodi.core.casework.VisitRecord;
import org.tuodi.core.shared.Yuan;
import org.tuodi.server.platform.InvalidInputProblem;

/**
 * 入户核实表: the visit form as the phone posts it (form fields, bound by name). The checks are the case
 * API's: a date, at least two investigators, the verified income and household size; amounts in
 * yuan with at most two decimals; each member's conditions.
 */
public class VisitForm {
    // A JavaBean, not a record: Spring binds the indexed member rows (members[0].age) into it. Long
    // only because of its accessors.

    private int version;
    private String visitedOn;
    private String investigator1;
    private String investigator2;
    private String income;
    private Integer householdSize;
    private boolean assetsOverLimit;
    private String medical;
    private String education;
    private String rehabilitation;
    private String otherSpending;
    private String hardship;
    private boolean ableToWork;
    private boolean ableSupporter;
    private boolean dangerousHouse;
    private boolean disasterLoss;
    private boolean suddenEmergency;
    private String remarks;
    private boolean familySigned;
    private List<MemberForm> members = new ArrayList<>();

    /** One member's verified conditions; {@code member} is the masked identity number. */
    public static class MemberForm {
        private String member;
        private int age;
        private boolean seriouslyIll;
        private boolean majorIllnessRecognised;
        private boolean severelyDisabled;
        private boolean unemployed;
        private boolean nonCompulsoryStudent;

        MemberCondition toCondition() {
            return new MemberCondition(
                    member,
                    age,
                    seriouslyIll,
                    majorIllnessRecognised,
                    severelyDisabled,
                    unemployed,
                    nonCompulsoryStudent);
        }

        public String getMember() {
            return member;
        }

        public void setMember(String member) {
            this.member = member;
        }

        public int getAge() {
            return age;
        }

        public void setAge(int age) {
            this.age = age;
        }

        public boolean isSeriouslyIll() {
            return seriouslyIll;
        }

        public void setSeriouslyIll(boolean v) {
            this.seriouslyIll = v;
        }

        public boolean isMajorIllnessRecognised() {
            return majorIllnessRecognised;
        }

        public void setMajorIllnessRecognised(boolean v) {
            this.majorIllnessRecognised = v;
        }

        public boolean isSeverelyDisabled() {
            return severelyDisabled;
        }

        public void setSeverelyDisabled(boolean v) {
            this.severelyDisabled = v;
        }

        public boolean isUnemployed() {
            return unemployed;
        }

        public void setUnemployed(boolean v) {
            this.unemployed = v;
        }

        public boolean isNonCompulsoryStudent() {
            return nonCompulsoryStudent;
        }

        public void setNonCompulsoryStudent(boolean v) {
            this.nonCompulsoryStudent = v;
        }
    }

    VisitRecord toRecord() {
        LocalDate on = CaseInboxController.date(visitedOn, "visitedOn");
        if (on == null) {
            throw new InvalidInputProblem("visitedOn", "required value is missing");
        }
        if (income == null || income.isBlank()) {
            throw new InvalidInputProblem("income", "required value is missing");
        }
        if (householdSize == null) {
            throw new InvalidInputProblem("householdSize", "required value is missing");
        }
        VisitFindings findings;
        try {
            findings =
                    new VisitFindings(
                            yuan(income, "income"),
                            householdSize,
                            !assetsOverLimit,
                            new RigidSpending(
                                    yuan(medical, "medical"),
                                    yuan(education, "education"),
                                    yuan(rehabilitation, "rehabilitation"),
                                    yuan(otherSpending, "otherSpending")),
                            yuan(hardship, "hardship"),
                            ableToWork,
                            ableSupporter,
                            members.stream().map(MemberForm::toCondition).toList(),
                            dangerousHouse,
                            disasterLoss,
                            suddenEmergency);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputProblem("findings", e.getMessage());
        }
        try {
            return new VisitRecord(
                    on,
                    List.of(strip(investigator1), strip(investigator2)),
                    findings,
                    remarks == null ? "" : remarks,
                    familySigned);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputProblem("investigator2", e.getMessage());
        }
    }

    private static String strip(String text) {
        return text == null ? "" : text.strip();
    }

    private static Yuan yuan(String text, String field) {
        return CaseController.amount(text, field).orElse(Yuan.ZERO);
    }

    public int getVersion() {
        return version;
    }

    public void setVersion(int version) {
        this.version = version;
    }

    public String getVisitedOn() {
        return visitedOn;
    }

    public void setVisitedOn(String visitedOn) {
        this.visitedOn = visitedOn;
    }

    public String getInvestigator1() {
        return investigator1;
    }

    public void setInvestigator1(String v) {
        this.investigator1 = v;
    }

    public String getInvestigator2() {
        return investigator2;
    }

    public void setInvestigator2(String v) {
        this.investigator2 = v;
    }

    public String getIncome() {
        return income;
    }

    public void setIncome(String income) {
        this.income = income;
    }

    public Integer getHouseholdSize() {
        return householdSize;
    }

    public void setHouseholdSize(Integer householdSize) {
        this.householdSize = householdSize;
    }

    public boolean isAssetsOverLimit() {
        return assetsOverLimit;
    }

    public void setAssetsOverLimit(boolean v) {
        this.assetsOverLimit = v;
    }

    public String getMedical() {
        return medical;
    }

    public void setMedical(String medical) {
        this.medical = medical;
    }

    public String getEducation() {
        return education;
    }

    public void setEducation(String education) {
        this.education = education;
    }

    public String getRehabilitation() {
        return rehabilitation;
    }

    public void setRehabilitation(String v) {
        this.rehabilitation = v;
    }

    public String getOtherSpending() {
        return otherSpending;
    }

    public void setOtherSpending(String v) {
        this.otherSpending = v;
    }

    public String getHardship() {
        return hardship;
    }

    public void setHardship(String hardship) {
        this.hardship = hardship;
    }

    public boolean isAbleToWork() {
        return ableToWork;
    }

    public void setAbleToWork(boolean v) {
        this.ableToWork = v;
    }

    public boolean isAbleSupporter() {
        return ableSupporter;
    }

    public void setAbleSupporter(boolean v) {
        this.ableSupporter = v;
    }

    public boolean isDangerousHouse() {
        return dangerousHouse;
    }

    public void setDangerousHouse(boolean v) {
        this.dangerousHouse = v;
    }

    public boolean isDisasterLoss() {
        return disasterLoss;
    }

    public void setDisasterLoss(boolean v) {
        this.disasterLoss = v;
    }

    public boolean isSuddenEmergency() {
        return suddenEmergency;
    }

    public void setSuddenEmergency(boolean v) {
        this.suddenEmergency = v;
    }

    public String getRemarks() {
        return remarks;
    }

    public void setRemarks(String remarks) {
        this.remarks = remarks;
    }

    public boolean isFamilySigned() {
        return familySigned;
    }

    public void setFamilySigned(boolean v) {
        this.familySigned = v;
    }

    public List<MemberForm> getMembers() {
        return members;
    }

    public void setMembers(List<MemberForm> members) {
        this.members = members;
    }
}
