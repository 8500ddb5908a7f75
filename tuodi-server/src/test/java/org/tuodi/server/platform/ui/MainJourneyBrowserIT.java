package org.tuodi.server.platform.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.chromium.ChromiumNetworkConditions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.tuodi.core.event.EventKey;
import org.tuodi.core.event.MedicalSettlement;
import org.tuodi.core.event.Source;
import org.tuodi.core.fixtures.Households;
import org.tuodi.core.fixtures.Members;
import org.tuodi.core.golden.GoldenCases;
import org.tuodi.core.household.Household;
import org.tuodi.core.household.Relation;
import org.tuodi.core.region.RegionCode;
import org.tuodi.core.shared.Yuan;
import org.tuodi.server.platform.CaseFixtures;
import org.tuodi.server.platform.CurrentUser;
import org.tuodi.server.platform.Role;
import org.tuodi.server.platform.ServerIntegrationTest;
import org.tuodi.server.platform.TestUsers;
import org.tuodi.server.registry.HouseholdRegistry;

/**
 * The main journey through the web interface, in headless Chromium, as real users walk it: a
 * department feed sends a hospital bill, the town officer of 繁城回族镇 sees the alert on the dashboard
 * and in the case inbox and assigns it, the village assistant records the visit on a phone (through
 * a lost connection: the draft waits on the phone and goes when the connection is back), the
 * officer disposes with the recommended measures and closes, and the dashboard's figures move.
 * Screenshots of each page are saved to target/screenshots. The steps run in order on one world.
 */
@ServerIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MainJourneyBrowserIT {

    /** 繁城回族镇 锅壅口村 (a village no other test gives an assistant). */
    static final RegionCode VILLAGE = RegionCode.of("411122101206");

    static final String HOUSEHOLD = "UI-JOURNEY-1";

    @LocalServerPort int port;
    @Autowired CaseFixtures fixtures;
    @Autowired HouseholdRegistry registry;

    CurrentUser town;
    CurrentUser assistant;
    Household household;
    Browser office;
    Browser phone;
    long caseId;

    @BeforeAll
    void aCountyWithAHouseholdAndTwoBrowsers() {
        fixtures.clearFeedsAndCases();
        town = fixtures.user("ui-town", Role.TOWN_OFFICER, CaseFixtures.TOWN);
        assistant = fixtures.user("ui-assistant", Role.VILLAGE_ASSISTANT, VILLAGE);
        registry.saveStandard(
                GoldenCases.load("011-dibao-household-hit-by-illness.json")
                        .visit()
                        .orElseThrow()
                        .standard());
        household =
                Households.aHousehold()
                        .withId(HOUSEHOLD)
                        .in(VILLAGE.value())
                        .dibao()
                        .withMember(
                                Members.aMember()
                                        .named("王建国")
                                        .bornOn(LocalDate.of(1958, 3, 14))
                                        .male()
                                        .withSequence(1))
                        .withMember(
                                Members.aMember()
                                        .named("王小梅")
                                        .as(Relation.CHILD)
                                        .bornOn(LocalDate.of(2009, 6, 2))
                                        .female()
                                        .withSequence(2))
                        .build();
        fixtures.register(household);
        String base = "http://localhost:" + port;
        office = Browser.open(base, 1366, 900);
        phone = Browser.open(base, 390, 844);
    }

    @AfterAll
    void closeTheBrowsers() {
        if (office != null) {
            office.close();
        }
        if (phone != null) {
            phone.close();
        }
    }

    @Test
    @Order(1)
    void theTownOfficerSignsInAndTheDashboardShowsNoAlertYet() {
        office.go("/login");
        assertThat(office.text(By.tagName("h1"))).isEqualTo("登录");
        office.screenshot("01-login");

        office.signIn(town.username(), TestUsers.PASSWORD);

        assertThat(office.driver.getCurrentUrl()).endsWith("/dashboard");
        assertThat(office.text(By.cssSelector(".who .region"))).isEqualTo("河南省漯河市临颍县繁城回族镇");
        assertThat(todays("pushed")).isEqualTo("0");
    }

    @Test
    @Order(2)
    void aDepartmentFeedRaisesAnAlertThatTheOfficerSeesAndAssigns() throws Exception {
        fixtures.send(
                        fixtures.tokenFor(Source.MEDICAL_INSURANCE),
                        List.of(
                                new MedicalSettlement(
                                        new EventKey(Source.MEDICAL_INSURANCE, "YB-UI-0001"),
                                        household.members().get(0).id(),
                                        LocalDate.of(2024, 8, 12),
                                        Optional.of(Yuan.parse("52000.00")),
                                        Optional.of(Yuan.parse("15200.00")),
                                        Yuan.parse("36800.00"),
                                        Optional.of(true),
                                        Optional.of("心力衰竭"))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.accepted").value(1));
        fixtures.advance(LocalDate.of(2024, 8, 31));
        caseId = fixtures.onlyCaseId();

        office.go("/dashboard");
        assertThat(todays("pushed")).isEqualTo("1");
        office.screenshot("02-dashboard-alert-pushed");

        office.find(By.cssSelector("#funnel-today a[data-figure=pushed]")).click();
        office.find(By.id("case-" + caseId));
        assertThat(office.text(By.id("case-" + caseId))).contains(HOUSEHOLD, "待分派");
        registry.assignAssistant(VILLAGE, assistant.id()); // the town names the village's assistant
        office.screenshot("03-case-inbox");

        office.find(By.cssSelector("#case-" + caseId + " input[name=selected]")).click();
        office.find(By.id("assign-selected")).click();

        office.wait.until(ExpectedConditions.textToBe(By.cssSelector(".notice.ok"), "已分派 1 件案件。"));
        assertThat(office.text(By.id("case-" + caseId))).contains("已分派", assistant.username());
    }

    @Test
    @Order(3)
    void theCasePageSaysWhyTheAlertWasRaised() {
        office.go("/cases/" + caseId);

        String why = office.text(By.id("why"));
        assertThat(why).contains("推送预警", "36800.00", "5000.00", "MEDICAL_INSURANCE:YB-UI-0001");
        String members = office.text(By.id("members"));
        assertThat(members).doesNotContain(household.members().get(0).id().value());
        assertThat(members).contains(household.members().get(0).id().masked());
        assertThat(office.text(By.id("history"))).contains("生成案件", "分派");
        office.screenshot("04-case-why-this-alert");
    }

    @Test
    @Order(4)
    void theAssistantRecordsTheVisitOnAPhoneThroughALostConnection() throws Exception {
        phone.signIn(assistant.username(), TestUsers.PASSWORD);
        assertThat(phone.driver.getCurrentUrl()).endsWith("/tasks");
        phone.screenshot("05-phone-my-tasks");
        phone.find(By.id("task-" + caseId)).click();
        phone.find(By.id("visit-form"));

        phone.find(By.id("investigator2")).sendKeys("李村医");
        phone.find(By.id("income")).clear();
        phone.find(By.id("income")).sendKeys("300");
        phone.find(By.id("medical")).sendKeys("36800");
        phone.find(By.id("hardship")).sendKeys("30000");
        phone.find(By.id("photo")).sendKeys(aPhoto().toString());
        phone.wait.until(
                ExpectedConditions.presenceOfElementLocated(By.cssSelector("#photo-previews img")));
        assertThat(draftState()).isEqualTo("saved");

        phone.driver.navigate().refresh(); // the page is closed and opened again: nothing is lost
        phone.wait.until(d -> "restored".equals(draftState()));
        assertThat(phone.find(By.id("investigator2")).getAttribute("value")).isEqualTo("李村医");
        assertThat(phone.driver.findElements(By.cssSelector("#photo-previews img"))).hasSize(1);
        phone.screenshot("06-phone-visit-form");

        ChromiumNetworkConditions offline = new ChromiumNetworkConditions();
        offline.setOffline(true);
        phone.driver.setNetworkConditions(offline);
        phone.find(By.id("send-visit")).click();
        phone.wait.until(d -> "pending".equals(draftState()));
        assertThat(fixtures.statusOf(caseId)).isEqualTo("ASSIGNED");
        phone.screenshot("07-phone-visit-waiting-offline");

        phone.driver.deleteNetworkConditions(); // the connection is back
        phone.driver.executeScript("window.dispatchEvent(new Event('online'))");
        phone.wait.until(ExpectedConditions.urlContains("/tasks"));
        assertThat(phone.text(By.id("sent"))).isEqualTo("入户核实已提交。");
        assertThat(fixtures.statusOf(caseId)).isEqualTo("VISITED");
        phone.screenshot("08-phone-visit-sent");
    }

    @Test
    @Order(5)
    void theOfficerDisposesWithTheRecommendedMeasuresAndCloses() {
        office.go("/cases/" + caseId);
        assertThat(office.text(By.id("case-status"))).isEqualTo("已入户核实");
        assertThat(office.text(By.id("recommended-measures"))).contains("临时救助");
        assertThat(office.driver.findElements(By.cssSelector("#visit img.photo-preview")))
                .hasSize(1);
        office.screenshot("09-case-visited");

        office.find(By.cssSelector("#dispose-form button[type=submit]")).click();
        office.wait.until(ExpectedConditions.textToBe(By.id("case-status"), "已处置"));
        office.find(By.cssSelector("#close-form button[type=submit]")).click();
        office.wait.until(ExpectedConditions.alertIsPresent()).accept();

        office.wait.until(ExpectedConditions.textToBe(By.id("case-status"), "已办结"));
        assertThat(office.text(By.id("history"))).contains("入户核实", "处置", "办结");
        office.screenshot("10-case-closed");
    }

    @Test
    @Order(6)
    void theDashboardCountsMoved() {
        office.go("/dashboard");

        assertThat(todays("pushed")).isEqualTo("1");
        assertThat(todays("visited")).isEqualTo("1");
        assertThat(todays("helped")).isEqualTo("1");
        office.screenshot("11-dashboard-after");

        office.find(By.cssSelector("#funnel-today a[data-figure=helped]")).click();
        assertThat(office.text(By.id("case-" + caseId))).contains("已办结");
    }

    @Test
    @Order(7)
    void theOfficerDrillsDownToTheVillageAndFiltersTheInbox() {
        office.go("/dashboard");
        String village =
                office.text(By.cssSelector("#by-region a[href*='" + VILLAGE.value() + "']"));
        office.find(By.cssSelector("#by-region a[href*='" + VILLAGE.value() + "']")).click();

        office.wait.until(
                ExpectedConditions.textToBe(
                        By.cssSelector(".breadcrumb [aria-current=page]"), village));
        assertThat(office.driver.getCurrentUrl()).contains("region=" + VILLAGE.value());
        assertThat(todays("helped")).isEqualTo("1");
        office.screenshot("12-dashboard-village");

        office.go("/cases");
        new org.openqa.selenium.support.ui.Select(office.find(By.id("f-status")))
                .selectByValue("PENDING_ASSIGNMENT");
        office.wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("case-" + caseId)));
        assertThat(office.driver.getCurrentUrl()).contains("status=PENDING_ASSIGNMENT");
        new org.openqa.selenium.support.ui.Select(office.find(By.id("f-status")))
                .selectByValue("CLOSED");
        assertThat(office.text(By.id("case-" + caseId))).contains(HOUSEHOLD);
    }

    @Test
    @Order(8)
    void theSignInPageCanBeReadInEnglish() {
        phone.go("/login?lang=en");
        assertThat(phone.text(By.tagName("h1"))).isEqualTo("Sign in");
        phone.screenshot("13-phone-login-english");
        phone.go("/login?lang=zh-CN");
    }

    private String todays(String figure) {
        return office.text(By.cssSelector("#funnel-today a[data-figure=" + figure + "] .n"));
    }

    private String draftState() {
        return phone.driver.findElement(By.id("draft-state")).getAttribute("data-state");
    }

    private static Path aPhoto() throws Exception {
        BufferedImage image = new BufferedImage(640, 480, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(0x9b, 0x1c, 0x1c));
        g.fillRect(0, 0, 640, 480);
        g.setColor(Color.WHITE);
        g.fillRect(200, 150, 240, 180);
        g.dispose();
        Path file = Files.createTempFile("visit-photo", ".png");
        ImageIO.write(image, "png", file.toFile());
        return file.toAbsolutePath();
    }
}
