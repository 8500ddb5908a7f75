package org.tuodi.core.household;

/** 劳动能力: full, partial or none (特困认定办法 defines who has none). */
public enum LaborCapacity {
    FULL,
    PARTIAL,
    NONE
}
