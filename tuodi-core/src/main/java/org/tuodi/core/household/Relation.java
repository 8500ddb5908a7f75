package org.tuodi.core.household;

/** 与户主关系: a member's relation to the head of the household. */
public enum Relation {
    HEAD,
    SPOUSE,
    CHILD,
    PARENT,
    GRANDCHILD,
    SIBLING,
    OTHER
}
