package org.tuodi.core.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Predicate;
import org.tuodi.core.household.DisabilityType;
import org.tuodi.core.household.Household;
import org.tuodi.core.household.LaborCapacity;
import org.tuodi.core.household.LowIncomeCategory;
import org.tuodi.core.household.Member;
import org.tuodi.core.household.Relation;
import org.tuodi.core.household.Residence;
import org.tuodi.core.household.Sex;
import org.tuodi.core.rules.IndicatorKind.HouseholdCondition;

/**
 * 家庭状况筛选: a compiled {@link HouseholdCondition}. Member fields: {@code age} (on the evaluation
 * date), {@code sex}, {@code relation}, {@code labor_capacity}, {@code disability_grade}, {@code
 * disability_type}, {@code severe_disability}, {@code serious_illness}. Household fields: {@code
 * category} (holds when the household has any of the values), {@code residence}, {@code size},
 * {@code per_capita_monthly_income}.
 */
public final class HouseholdFilter {

    private final HouseholdCondition condition;
    private final List<BiFunction<Member, LocalDate, Boolean>> memberTests = new ArrayList<>();
    private final List<Predicate<Household>> householdTests = new ArrayList<>();

    private HouseholdFilter(HouseholdCondition condition) {
        this.condition = condition;
    }

    /**
     * @throws IllegalArgumentException naming the field if it is unknown or a value misfits
     */
    public static HouseholdFilter compile(HouseholdCondition condition) {
        HouseholdFilter filter = new HouseholdFilter(condition);
        for (Condition c : condition.where()) {
            if (condition.scope() == HouseholdCondition.Scope.MEMBERS) {
                filter.memberTests.add(memberTest(c));
            } else {
                filter.householdTests.add(householdTest(c));
            }
        }
        return filter;
    }

    /** How many members meet the conditions (for HOUSEHOLD scope: 1 if it does, else 0). */
    public int count(Household household, LocalDate on) {
        if (condition.scope() == HouseholdCondition.Scope.HOUSEHOLD) {
            for (Predicate<Household> test : householdTests) {
                if (!test.test(household)) {
                    return 0;
                }
            }
            return 1;
        }
        int count = 0;
        for (Member m : household.members()) {
            boolean all = true;
            for (BiFunction<Member, LocalDate, Boolean> test : memberTests) {
                all = all && test.apply(m, on);
            }
            if (all) {
                count++;
            }
        }
        return count;
    }

    public boolean holds(Household household, LocalDate on) {
        return count(household, on) >= condition.minMembers();
    }

    private static BiFunction<Member, LocalDate, Boolean> memberTest(Condition c) {
        switch (c.field()) {
            case "age":
                Predicate<Object> age = Comparison.number(c);
                return (m, on) -> age.test(m.ageOn(on));
            case "sex":
                return choice(c, Sex.values(), (m, on) -> m.id().sex().name());
            case "relation":
                return choice(c, Relation.values(), (m, on) -> m.relation().name());
            case "labor_capacity":
                return choice(
                        c,
                        LaborCapacity.values(),
                        (m, on) -> m.laborCapacity().map(Enum::name).orElse(null));
            case "disability_grade":
                Predicate<Object> grade = Comparison.number(c);
                return (m, on) -> m.disability().map(d -> grade.test(d.grade())).orElse(false);
            case "disability_type":
                return choice(
                        c,
                        DisabilityType.values(),
                        (m, on) -> m.disability().map(d -> d.type().name()).orElse(null));
            case "severe_disability":
                Predicate<Object> severe = Comparison.bool(c);
                return (m, on) -> severe.test(m.isSeverelyDisabled());
            case "serious_illness":
                Predicate<Object> ill = Comparison.bool(c);
                return (m, on) -> ill.test(m.seriousIllness());
            default:
                throw new IllegalArgumentException(
                        "members have no field '"
                                + c.field()
                                + "'; they have age, sex, relation, labor_capacity,"
                                + " disability_grade, disability_type, severe_disability,"
                                + " serious_illness");
        }
    }

    private static BiFunction<Member, LocalDate, Boolean> choice(
            Condition c, Enum<?>[] values, BiFunction<Member, LocalDate, String> read) {
        Predicate<Object> test = Comparison.choice(c, Comparison.names(values));
        return (m, on) -> test.test(read.apply(m, on));
    }

    private static Predicate<Household> householdTest(Condition c) {
        switch (c.field()) {
            case "category":
                Predicate<Object> category =
                        Comparison.choice(c, Comparison.names(LowIncomeCategory.values()));
                return h -> h.categories().stream().anyMatch(k -> category.test(k.name()));
            case "residence":
                Predicate<Object> residence =
                        Comparison.choice(c, Comparison.names(Residence.values()));
                return h -> residence.test(h.residence().name());
            case "size":
                Predicate<Object> size = Comparison.number(c);
                return h -> size.test(h.size());
            case "per_capita_monthly_income":
                Predicate<Object> income = Comparison.amount(c);
                return h -> income.test(h.perCapitaMonthlyIncome());
            default:
                throw new IllegalArgumentException(
                        "households have no field '"
                                + c.field()
                                + "'; they have category, residence, size,"
                                + " per_capita_monthly_income");
        }
    }
}
