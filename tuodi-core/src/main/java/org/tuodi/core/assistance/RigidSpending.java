package org.tuodi.core.assistance;

import java.util.Objects;
import org.tuodi.core.shared.Yuan;

/**
 * 刚性支出: a household's necessary spending in the 12 months before the visit, by kind (刚性支出困难家庭认定办法):
 * medical costs left to pay after basic medical insurance, critical-illness insurance, medical
 * assistance and other insurance; education at public-school fee levels; disability rehabilitation
 * and assistive devices net of subsidies; other spending the county recognises. Basic living costs,
 * which every household has, are not held here.
 */
public record RigidSpending(
        Yuan medicalOutOfPocket, Yuan education, Yuan rehabilitation, Yuan other) {

    public static final RigidSpending NONE =
            new RigidSpending(Yuan.ZERO, Yuan.ZERO, Yuan.ZERO, Yuan.ZERO);

    public RigidSpending {
        requireNotNegative(medicalOutOfPocket, "medicalOutOfPocket");
        requireNotNegative(education, "education");
        requireNotNegative(rehabilitation, "rehabilitation");
        requireNotNegative(other, "other");
    }

    /** Medical out-of-pocket spending only. */
    public static RigidSpending medical(Yuan outOfPocket) {
        return new RigidSpending(outOfPocket, Yuan.ZERO, Yuan.ZERO, Yuan.ZERO);
    }

    public Yuan total() {
        return medicalOutOfPocket.plus(education).plus(rehabilitation).plus(other);
    }

    private static void requireNotNegative(Yuan amount, String name) {
        Objects.requireNonNull(amount, name);
        if (amount.isNegative()) {
            throw new IllegalArgumentException(name + " is negative");
        }
    }
}
