package org.tuodi.server.platform;

import org.tuodi.core.region.RegionLevel;

/**
 * 角色: what a user of the platform is. Officers and auditors see their region and everything in it;
 * a village assistant sees only the cases assigned to it; a department feed only sends records.
 */
public enum Role {
    /** 省级民政. */
    PROVINCE_OFFICER(RegionLevel.PROVINCE),
    /** 市级民政. */
    CITY_OFFICER(RegionLevel.CITY),
    /** 县级民政. */
    COUNTY_OFFICER(RegionLevel.COUNTY),
    /** 乡镇民政所. */
    TOWN_OFFICER(RegionLevel.TOWN),
    /** 村社会救助协理员. */
    VILLAGE_ASSISTANT(RegionLevel.VILLAGE),
    /** 审计人员: reads the audit trail of its region. */
    AUDITOR(null),
    /** 部门数据接口: sends records with a department token; sees nothing back but receipts. */
    DEPARTMENT_FEED(null);

    private final RegionLevel level;

    Role(RegionLevel level) {
        this.level = level;
    }

    /** The level of the region an officer or assistant of this role is attached to, or null. */
    public RegionLevel level() {
        return level;
    }

    public boolean isOfficer() {
        return this == PROVINCE_OFFICER
                || this == CITY_OFFICER
                || this == COUNTY_OFFICER
                || this == TOWN_OFFICER;
    }
}
