package org.tuodi.core.household;

/** 城乡: whether the urban or the rural local standard applies to a household. */
public enum Residence {
    URBAN,
    RURAL
}
