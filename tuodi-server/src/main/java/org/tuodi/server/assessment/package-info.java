/**
 * 风险评估 (assessment): runs the core's {@link org.tuodi.core.engine.RiskEngine} on every accepted
 * department record of a monitored household, at once and in the same transaction as the record is
 * stored, and keeps each household's engine state ({@code assessment_household_state}). Decisions
 * are published as {@link org.tuodi.server.assessment.AlertsDecided}, handled synchronously inside
 * that transaction by the alerting module. The rule set versions are held here too ({@code
 * assessment_rule_set}): the assessment runs the published version in force on the clock date. API:
 * {@link org.tuodi.server.assessment.RiskAssessment}, {@link
 * org.tuodi.server.assessment.RuleSetVersions}. Depends on the registry's API ({@code
 * HouseholdRegistry}), the platform and the core.
 */
package org.tuodi.server.assessment;
