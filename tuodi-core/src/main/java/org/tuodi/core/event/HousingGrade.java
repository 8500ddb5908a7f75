package org.tuodi.core.event;

/** 房屋安全等级: A and B are safe; C (局部危房) and D (整栋危房) are dangerous. */
public enum HousingGrade {
    A,
    B,
    C,
    D;

    public boolean isDangerous() {
        return this == C || this == D;
    }
}
