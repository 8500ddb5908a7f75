/**
 * 合成省份: the synthetic province generator behind {@code tuodi generate}. It writes households.csv,
 * members.csv and events.csv (formats.md v1) for a province whose villages are bundled (Henan, 41),
 * sized by {@link org.tuodi.data.generate.PopulationPlan} from Henan's published figures and with
 * department records calibrated so that the reference rule set raises alerts of the order Henan's
 * platform reported (docs/synthetic-province.md).
 *
 * <p>Household {@code i} is a pure function of the seed and {@code i} (its own random streams),
 * apart from identity-number sequence numbers, which come from small per-county counters replayed
 * in household order on every pass. Records are generated month by month, re-deriving each
 * household, so events.csv is in month order and memory stays flat whatever the scale.
 */
package org.tuodi.data.generate;
