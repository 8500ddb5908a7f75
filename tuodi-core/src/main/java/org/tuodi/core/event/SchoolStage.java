package org.tuodi.core.event;

/** 学段: the stage of schooling a student enrolls in. */
public enum SchoolStage {
    PRESCHOOL,
    PRIMARY,
    JUNIOR,
    SENIOR,
    VOCATIONAL,
    UNDERGRADUATE
}
