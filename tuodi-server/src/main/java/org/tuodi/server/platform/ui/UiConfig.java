package org.tuodi.server.platform.ui;

import java.time.Duration;
import java.util.Locale;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;
import org.tuodi.server.platform.Access;
import org.tuodi.server.platform.Role;

/**
 * The web interface's settings: Chinese (zh-CN, {@code messages.properties}) unless the user chose
 * English ({@code ?lang=en}, kept in a cookie for a year); the layout's model on every page; the
 * platform's own navigation entries.
 */
@Configuration(proxyBeanMethods = false)
class UiConfig implements WebMvcConfigurer {

    private final LayoutModel layout;

    UiConfig(LayoutModel layout) {
        this.layout = layout;
    }

    @Bean
    LocaleResolver localeResolver() {
        CookieLocaleResolver resolver = new CookieLocaleResolver("tuodi-lang");
        resolver.setDefaultLocale(Locale.SIMPLIFIED_CHINESE);
        resolver.setCookieMaxAge(Duration.ofDays(365));
        return resolver;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor lang = new LocaleChangeInterceptor();
        lang.setParamName("lang");
        lang.setIgnoreInvalidLocale(true);
        registry.addInterceptor(lang).excludePathPatterns("/api/**");
        registry.addInterceptor(layout).excludePathPatterns("/api/**", "/webjars/**");
    }

    /** 工作台: officers' dashboard. */
    @Bean
    static NavItem dashboardNav() {
        return new NavItem("nav.dashboard", "/dashboard", Access.OFFICERS, 10);
    }

    /** 预警案件: officers' case inbox. */
    @Bean
    static NavItem casesNav() {
        return new NavItem("nav.cases", "/cases", Access.OFFICERS, 20);
    }

    /** 我的任务: the village assistant's tasks. */
    @Bean
    static NavItem tasksNav() {
        return new NavItem("nav.tasks", "/tasks", java.util.Set.of(Role.VILLAGE_ASSISTANT), 10);
    }
}
