package org.tuodi.server.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpSession;
import org.tuodi.server.platform.CurrentUser;
import org.tuodi.server.platform.ServerIntegrationTest;
import org.tuodi.server.platform.TestUsers;

/**
 * Every figure of the dashboard (工作台) links to the cases behind it: on the statistics world of
 * {@link StatisticsTestSupport}, each number on the county's and on a town's dashboard that links
 * to the case list — the funnel of today and of the period, the overdue cases, by level, by
 * indicator, by region — leads to a list of exactly that many cases.
 */
@ServerIntegrationTest
class FiguresLeadToTheirCasesIT extends StatisticsTestSupport {

    /** A link to the case list whose text (or first figure) is a number. */
    private static final Pattern FIGURE_LINK =
            Pattern.compile(
                    "<a[^>]*href=\"(/cases\\?[^\"]*)\"[^>]*>\\s*(?:<span class=\"n\">)?(\\d+)<");

    private static final Pattern TOTAL = Pattern.compile("共 (\\d+) 件");

    record Figure(String link, long value) {}

    @Test
    void everyFigureOfTheCountysDashboardIsTheNumberOfCasesItLinksTo() throws Exception {
        MockHttpSession session = signIn(county);

        List<Figure> figures = figures(page(session, "/dashboard"));

        assertThat(figures).hasSizeGreaterThan(40);
        assertThat(figures).anyMatch(f -> f.value() == 9); // the period's pushed
        for (Figure figure : figures) {
            assertThat(listed(session, figure.link())).as(figure.link()).isEqualTo(figure.value());
        }
    }

    @Test
    void everyFigureOfATownsDashboardIsTheNumberOfCasesItLinksTo() throws Exception {
        MockHttpSession session = signIn(fancheng);

        List<Figure> figures = figures(page(session, "/dashboard"));

        assertThat(figures).anyMatch(f -> f.value() == 5); // 繁城's pushed
        for (Figure figure : figures) {
            assertThat(listed(session, figure.link())).as(figure.link()).isEqualTo(figure.value());
        }
    }

    private long listed(MockHttpSession session, String link) throws Exception {
        Matcher total = TOTAL.matcher(page(session, link));
        assertThat(total.find()).as("the case list of " + link + " says how many").isTrue();
        return Long.parseLong(total.group(1));
    }

    private static List<Figure> figures(String html) {
        List<Figure> figures = new ArrayList<>();
        Matcher m = FIGURE_LINK.matcher(html);
        while (m.find()) {
            figures.add(new Figure(m.group(1).replace("&amp;", "&"), Long.parseLong(m.group(2))));
        }
        return figures;
    }

    private String page(MockHttpSession session, String url) throws Exception {
        return mvc.perform(get(url).session(session))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    private MockHttpSession signIn(CurrentUser user) throws Exception {
        return (MockHttpSession)
                mvc.perform(
                                post("/login")
                                        .with(csrf())
                                        .param("username", user.username())
                                        .param("password", TestUsers.PASSWORD))
                        .andReturn()
                        .getRequest()
                        .getSession();
    }
}
