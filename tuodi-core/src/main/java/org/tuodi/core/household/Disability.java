package org.tuodi.core.household;

import java.util.Objects;

/**
 * 残疾: a certified disability, grade 1 (most severe) to 4, and its type.
 *
 * <p>重度残疾 (severe) is grade 1 or 2 of any type, or grade 3 intellectual or mental disability: the
 * 单人户 rule of 最低生活保障审核确认办法 第8条 uses exactly this test.
 */
public record Disability(int grade, DisabilityType type) {

    public Disability {
        if (grade < 1 || grade > 4) {
            throw new IllegalArgumentException("disability grade is 1 to 4, was " + grade);
        }
        Objects.requireNonNull(type, "disability type");
    }

    /** Grade 1–2 of any type, or grade 3 intellectual or mental (低保办法 第8条). */
    public boolean isSevere() {
        return grade <= 2
                || (grade == 3
                        && (type == DisabilityType.INTELLECTUAL || type == DisabilityType.MENTAL));
    }
}
