package org.tuodi.core.household;

/** 残疾类别 as on the disability certificate (残疾人证). */
public enum DisabilityType {
    PHYSICAL,
    VISUAL,
    HEARING,
    SPEECH,
    INTELLECTUAL,
    MENTAL,
    MULTIPLE
}
