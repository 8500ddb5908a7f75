package org.tuodi.server.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.tuodi.server.platform.TestUsers.as;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;
import org.tuodi.core.fixtures.Households;
import org.tuodi.core.fixtures.Members;
import org.tuodi.core.household.Household;
import org.tuodi.core.household.HouseholdId;
import org.tuodi.core.household.LowIncomeCategory;
import org.tuodi.server.platform.CurrentUser;
import org.tuodi.server.platform.Role;
import org.tuodi.server.platform.ServerIntegrationTest;
import org.tuodi.server.platform.TestUsers;
import org.tuodi.server.platform.Users;
import org.tuodi.server.registry.internal.JdbcHouseholds;

/** Categories carry effective dates: re-registering closes the old ones and opens the new. */
@ServerIntegrationTest
class CategoriesIT {

    static final LocalDate BORN = LocalDate.of(1962, 6, 1);

    @Autowired HouseholdRegistry registry;
    @Autowired JdbcHouseholds households;
    @Autowired TransactionTemplate transactions;
    @Autowired JdbcClient jdbc;
    @Autowired MockMvc mvc;
    @Autowired Users users;

    @Test
    void reRegisteringWithOtherCategoriesClosesTheOldOnesAndOpensTheNew() throws Exception {
        CurrentUser town =
                new TestUsers(users).user("categories-town", Role.TOWN_OFFICER, "411122101");
        // registered in March as 低保边缘 (written with that date)
        transactions.executeWithoutResult(
                tx ->
                        households.write(
                                List.of(household("CAT-1", LowIncomeCategory.DIBAO_EDGE)),
                                "categories-test",
                                LocalDate.of(2024, 3, 1),
                                OffsetDateTime.parse("2024-03-01T09:00:00+08:00")));

        // re-registered on the server's date (2024-09-01) as 低保 and 刚性支出困难
        registry.register(
                household("CAT-1", LowIncomeCategory.DIBAO, LowIncomeCategory.RIGID_EXPENDITURE));

        assertThat(registry.find(new HouseholdId("CAT-1")).orElseThrow().categories())
                .containsExactlyInAnyOrder(
                        LowIncomeCategory.DIBAO, LowIncomeCategory.RIGID_EXPENDITURE);
        mvc.perform(get("/api/v1/households/CAT-1/categories").with(as(town)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(3))
                .andExpect(jsonPath("$[0].category").value("DIBAO_EDGE"))
                .andExpect(jsonPath("$[0].effectiveFrom").value("2024-03-01"))
                .andExpect(jsonPath("$[0].effectiveTo").value("2024-09-01"))
                .andExpect(jsonPath("$[0].openedBy").value("categories-test"))
                .andExpect(jsonPath("$[0].closedBy").value("system"))
                .andExpect(jsonPath("$[1].effectiveFrom").value("2024-09-01"))
                .andExpect(jsonPath("$[1].effectiveTo").doesNotExist())
                .andExpect(jsonPath("$[2].effectiveTo").doesNotExist());
        assertThat(
                        jdbc.sql(
                                        """
                                        SELECT detail FROM platform_audit
                                        WHERE action = 'HOUSEHOLD_CATEGORIES_CHANGED'
                                          AND subject_id = 'CAT-1'
                                        """)
                                .query(String.class)
                                .single())
                .isEqualTo("added=DIBAO;RIGID_EXPENDITURE removed=DIBAO_EDGE");
    }

    @Test
    void reRegisteringWithTheSameCategoriesChangesNoHistory() {
        registry.register(household("CAT-2", LowIncomeCategory.TEKUN));

        registry.register(household("CAT-2", LowIncomeCategory.TEKUN));

        assertThat(
                        jdbc.sql(
                                        "SELECT count(*) FROM registry_household_category WHERE"
                                                + " household_id = 'CAT-2'")
                                .query(Long.class)
                                .single())
                .isEqualTo(1);
    }

    private static Household household(
            String id, LowIncomeCategory first, LowIncomeCategory... more) {
        int sequence = id.equals("CAT-1") ? 31 : 33;
        return Households.aHousehold()
                .withId(id)
                .in("411122101207")
                .inCategories(first, more)
                .withMember(Members.aMember().bornOn(BORN).withSequence(sequence))
                .build();
    }
}
