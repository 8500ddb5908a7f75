package org.tuodi.core.event;

/** 房屋损毁程度: how a disaster damaged the home. */
public enum HousingDamage {
    NONE,
    DAMAGED,
    DESTROYED
}
