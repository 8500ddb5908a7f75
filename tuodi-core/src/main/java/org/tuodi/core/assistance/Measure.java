package org.tuodi.core.assistance;

import java.util.Optional;
import org.tuodi.core.event.Source;

/**
 * 救助帮扶措施: the measures of the layered assistance system (国办发〔2023〕39号: 基本生活救助, 专项社会救助, 急难社会救助,
 * 社会力量参与). Special assistance is run by other departments, so for civil affairs it is a referral
 * (转介) to the department named by {@link #referredTo()}.
 *
 * <p>Moving a 低保边缘 household up to 低保 is {@link #ENROL_DIBAO} with a reason that says so: it is the
 * same programme and the same procedure as any enrolment.
 */
public enum Measure {
    /** 急难型临时救助: pay first (先行救助), paperwork afterwards. */
    TEMPORARY_ASSISTANCE_EMERGENCY("急难型临时救助", null),
    /** 支出型临时救助: a sudden rise in necessary spending beyond what the household can bear. */
    TEMPORARY_ASSISTANCE_EXPENDITURE("支出型临时救助", null),
    /** 纳入低保: the whole household; for a 低保边缘 household, the move up (转为低保家庭). */
    ENROL_DIBAO("纳入低保", null),
    /** 单人户施保: one seriously ill or severely disabled member enrolled on their own. */
    SINGLE_PERSON_DIBAO("单人户施保", null),
    /** 特困供养: destitute support. */
    TEKUN_SUPPORT("特困人员救助供养", null),
    /** 医疗救助: run by the medical-security bureau. */
    MEDICAL_ASSISTANCE("医疗救助", Source.MEDICAL_INSURANCE),
    /** 教育救助: run by education departments and schools. */
    EDUCATION_ASSISTANCE("教育救助", Source.EDUCATION),
    /** 住房救助 / 农村危房改造: run by housing and urban-rural development. */
    HOUSING_ASSISTANCE("住房救助（危房改造）", Source.HOUSING),
    /** 就业救助: run by human resources and social security. */
    EMPLOYMENT_ASSISTANCE("就业救助", Source.HUMAN_RESOURCES),
    /** 受灾人员救助: run by emergency management. */
    DISASTER_ASSISTANCE("受灾人员救助", Source.EMERGENCY_MANAGEMENT),
    /** 慈善帮扶: linking the need to charities (需求超出政策的部分). */
    CHARITY_SUPPORT("慈善帮扶", null);

    private final String term;
    private final Source department;

    Measure(String term, Source department) {
        this.term = term;
        this.department = department;
    }

    /** The Chinese term, as an officer knows the measure. */
    public String term() {
        return term;
    }

    /** The department a referral goes to; empty for measures civil affairs delivers itself. */
    public Optional<Source> referredTo() {
        return Optional.ofNullable(department);
    }

    public boolean isReferral() {
        return department != null;
    }

    /**
     * Whether recommending this measure makes {@code other} moot. 特困供养 covers basic living in full
     * and is not granted together with 低保 (社会救助暂行办法 第十五条: the two are linked, 相衔接), so it
     * supersedes both kinds of 低保 enrolment.
     */
    public boolean supersedes(Measure other) {
        return this == TEKUN_SUPPORT && (other == ENROL_DIBAO || other == SINGLE_PERSON_DIBAO);
    }
}
