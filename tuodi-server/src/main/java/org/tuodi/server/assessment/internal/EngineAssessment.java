package org.tuodi.server.assessment.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.tuodi.core.engine.AlertDecision;
import org.tuodi.core.engine.Assessment;
import org.tuodi.core.engine.HouseholdState;
import org.tuodi.core.engine.RiskEngine;
import org.tuodi.core.event.DepartmentEvent;
import org.tuodi.core.household.Household;
import org.tuodi.core.household.HouseholdId;
import org.tuodi.core.rules.AlertLevel;
import org.tuodi.core.rules.Deadline;
import org.tuodi.server.assessment.AlertsDecided;
import org.tuodi.server.assessment.RiskAssessment;
import org.tuodi.server.assessment.RuleSetVersions;
import org.tuodi.server.registry.HouseholdRegistry;

/**
 * Runs the engine of the rule set in force today ({@link RuleSetVersions#inForce}) on stored
 * household states. Each call locks the household's state, runs the engine with the household as
 * the registry holds it, stores the new state and publishes the decisions, all in one transaction.
 */
@Service
class EngineAssessment implements RiskAssessment {

    private static final Logger log = LoggerFactory.getLogger(EngineAssessment.class);

    private final RuleSetVersions ruleSets;
    private final JdbcHouseholdStates states;
    private final HouseholdRegistry registry;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final Clock clock;

    EngineAssessment(
            RuleSetVersions ruleSets,
            JdbcHouseholdStates states,
            HouseholdRegistry registry,
            ApplicationEventPublisher events,
            TransactionTemplate transactions,
            Clock clock) {
        this.ruleSets = ruleSets;
        this.states = states;
        this.registry = registry;
        this.events = events;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public Assessed assess(HouseholdId id, DepartmentEvent event) {
        Household household = household(id);
        RiskEngine engine = engine();
        JdbcHouseholdStates.Stored stored = states.lock(id, engine.ruleSetHash(), now());
        Assessment assessment = engine.accept(current(engine, id, stored), household, event);
        states.save(id, assessment.state(), engine.ruleSetHash(), stored.version(), now());
        publish(household, assessment.decisions());
        return new Assessed(assessment.outcome().orElseThrow(), assessment.decisions());
    }

    @Override
    public Advanced advanceHeld(LocalDate through) {
        int households = 0;
        int decisions = 0;
        for (HouseholdId id : states.heldThrough(through)) {
            try {
                Integer made = transactions.execute(tx -> advance(id, through));
                households++;
                decisions += made == null ? 0 : made;
            } catch (RuntimeException e) {
                log.error("advance=failed household={} through={}", id, through, e);
            }
        }
        log.info(
                "advance=done through={} households={} decisions={}",
                through,
                households,
                decisions);
        return new Advanced(households, decisions);
    }

    private int advance(HouseholdId id, LocalDate through) {
        Household household = household(id);
        RiskEngine engine = engine();
        JdbcHouseholdStates.Stored stored = states.lock(id, engine.ruleSetHash(), now());
        Assessment assessment = engine.advanceTo(current(engine, id, stored), household, through);
        states.save(id, assessment.state(), engine.ruleSetHash(), stored.version(), now());
        publish(household, assessment.decisions());
        return assessment.decisions().size();
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void closeCase(HouseholdId id) {
        RiskEngine engine = engine();
        JdbcHouseholdStates.Stored stored = states.lock(id, engine.ruleSetHash(), now());
        HouseholdState closed = engine.closeCase(current(engine, id, stored));
        states.save(id, closed, engine.ruleSetHash(), stored.version(), now());
        log.info("engine_case=closed household={}", id);
    }

    @Override
    public Deadline deadline(AlertLevel level) {
        return engine().ruleSet().deadline(level);
    }

    private Household household(HouseholdId id) {
        return registry.find(id)
                .orElseThrow(
                        () -> new IllegalStateException("household " + id + " is not registered"));
    }

    /**
     * The stored state, or an empty one when it was made under another rule set: indicator
     * positions differ between rule sets, so an old state cannot be read under a new one. Records
     * held in the old state no longer count once a new version is in force (docs/rule-sets.md §7).
     */
    private HouseholdState current(
            RiskEngine engine, HouseholdId id, JdbcHouseholdStates.Stored stored) {
        if (!stored.ruleSetHash().equals(engine.ruleSetHash())) {
            log.warn(
                    "engine_state=reset household={} stored_rule_set={} rule_set={}",
                    id,
                    stored.ruleSetHash(),
                    engine.ruleSetHash());
            return HouseholdState.empty();
        }
        return stored.state();
    }

    private void publish(Household household, List<AlertDecision> decisions) {
        if (decisions.isEmpty()) {
            return;
        }
        for (AlertDecision d : decisions) {
            log.info(
                    "decision={} household={} level={} score={} as_of={}",
                    d.code(),
                    d.household(),
                    d.level(),
                    d.receipt().score(),
                    d.receipt().asOf());
        }
        events.publishEvent(new AlertsDecided(household, decisions));
    }

    /** The engine of the rule set in force today (the server's clock, China Standard Time). */
    private RiskEngine engine() {
        return ruleSets.engine(ruleSets.inForce(LocalDate.now(clock)));
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
