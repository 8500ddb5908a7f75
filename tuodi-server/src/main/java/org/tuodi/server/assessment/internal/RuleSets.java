package org.tuodi.server.assessment.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.tuodi.core.engine.RiskEngine;
import org.tuodi.core.rules.RuleSetFormat;

/**
 * 规则集: the one place that decides which rule set the server runs. For now the reference rule set
 * bundled with the core; versioned rule sets and their publishing come with the rule set UI, and
 * will replace this bean.
 */
@Configuration(proxyBeanMethods = false)
class RuleSets {

    private static final Logger log = LoggerFactory.getLogger(RuleSets.class);

    @Bean
    RiskEngine riskEngine() {
        RiskEngine engine = RiskEngine.of(RuleSetFormat.loadReference());
        log.info(
                "rule_set=loaded id={} version={} hash={}",
                engine.ruleSet().id(),
                engine.ruleSet().version(),
                engine.ruleSetHash());
        return engine;
    }
}
