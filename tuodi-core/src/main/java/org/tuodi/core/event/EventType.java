package org.tuodi.core.event;

import java.util.EnumSet;
import java.util.Set;

/** 部门数据类型: the types of department record of formats.md, each sent by one department. */
public enum EventType {
    /** 医保结算. */
    MEDICAL_SETTLEMENT(Source.MEDICAL_INSURANCE),
    /** 重特大疾病. */
    SERIOUS_ILLNESS_DIAGNOSED(Source.HEALTH),
    /** 入学. */
    STUDENT_ENROLLED(Source.EDUCATION),
    /** 失业登记. */
    UNEMPLOYMENT_REGISTERED(Source.HUMAN_RESOURCES),
    /** 残疾认定. */
    DISABILITY_CERTIFIED(Source.DISABLED_FEDERATION),
    /** 受灾. */
    DISASTER_LOSS(Source.EMERGENCY_MANAGEMENT),
    /** 危房鉴定. */
    HOUSING_ASSESSED(Source.HOUSING),
    /** 死亡登记. */
    DEATH_REGISTERED(Source.PUBLIC_SECURITY);

    private final Source source;

    EventType(Source source) {
        this.source = source;
    }

    /** The only department that may send records of this type. */
    public Source source() {
        return source;
    }

    /** The type-specific fields of this type (formats.md, "its columns"). */
    public Set<EventField> fields() {
        Set<EventField> fields = EnumSet.noneOf(EventField.class);
        for (EventField field : EventField.values()) {
            if (field.belongsTo(this)) {
                fields.add(field);
            }
        }
        return fields;
    }
}
