package org.tuodi.core.rules;

/** 比较方式: how a condition compares a field with its values. */
public enum Operator {
    /** Equal to the single value. */
    EQ,
    /** One of the values. */
    IN,
    /** Greater than or equal to the single value. */
    GTE,
    /** Greater than the single value. */
    GT,
    /** Less than or equal to the single value. */
    LTE,
    /** Less than the single value. */
    LT;

    public boolean takesOneValue() {
        return this != IN;
    }
}
