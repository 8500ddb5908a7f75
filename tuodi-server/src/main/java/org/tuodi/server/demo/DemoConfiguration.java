package org.tuodi.server.demo;

import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.core.env.Environment;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionOperations;
import org.springframework.transaction.support.TransactionTemplate;
import org.tuodi.core.region.RegionDirectory;
import org.tuodi.server.ingest.EventIntake;
import org.tuodi.server.platform.AuditLog;
import org.tuodi.server.platform.DepartmentTokens;
import org.tuodi.server.platform.Users;
import org.tuodi.server.registry.HouseholdRegistry;

/**
 * The demo's beans, only with the {@code demo} profile ({@code tuodi demo}). It needs the
 * platform's {@link Users} and {@link AuditLog}, the registry's {@link HouseholdRegistry}, the
 * ingest module's {@link EventIntake} and {@link DepartmentTokens}, and the server {@link Clock};
 * it uses the shared {@link RegionDirectory} bean if there is one and loads the division data
 * itself otherwise.
 */
@Configuration(proxyBeanMethods = false)
@Profile("demo")
@EnableConfigurationProperties(DemoSettings.class)
class DemoConfiguration {

    @Bean
    DemoCounty demoCounty(ObjectProvider<RegionDirectory> regions, DemoSettings settings) {
        RegionDirectory shared = regions.getIfAvailable();
        return new DemoCounty(shared != null ? () -> shared : RegionDirectory::load, settings);
    }

    @Bean
    DemoUsers demoUsers(
            DemoCounty county, Users users, HouseholdRegistry registry, AuditLog audit) {
        return new DemoUsers(county, users, registry, audit);
    }

    @Bean
    DemoLoader demoLoader(
            DemoCounty county,
            DemoUsers demoUsers,
            Users users,
            HouseholdRegistry registry,
            AuditLog audit,
            ObjectProvider<PlatformTransactionManager> transactions) {
        PlatformTransactionManager manager = transactions.getIfAvailable();
        TransactionOperations inTransaction =
                manager == null
                        ? TransactionOperations.withoutTransaction()
                        : new TransactionTemplate(manager);
        return new DemoLoader(county, demoUsers, users, registry, audit, inTransaction);
    }

    @Bean(destroyMethod = "close")
    FeedSimulator feedSimulator(
            DemoCounty county,
            EventIntake intake,
            DepartmentTokens tokens,
            Clock clock,
            DemoSettings settings) {
        return new FeedSimulator(county, intake, tokens, clock, settings);
    }

    @Bean
    DemoStartup demoStartup(
            DemoLoader loader,
            DemoUsers users,
            DemoCounty county,
            FeedSimulator simulator,
            DemoSettings settings,
            Environment environment) {
        return new DemoStartup(loader, users, county, simulator, settings, environment, System.out);
    }
}
