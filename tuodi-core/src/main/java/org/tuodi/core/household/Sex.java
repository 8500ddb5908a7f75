package org.tuodi.core.household;

/** 性别, as encoded in the 17th digit of a resident identity number (odd male, even female). */
public enum Sex {
    MALE,
    FEMALE
}
