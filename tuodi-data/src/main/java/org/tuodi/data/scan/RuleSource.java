package org.tuodi.data.scan;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import org.tuodi.core.rules.RuleSet;
import org.tuodi.core.rules.RuleSetFormat;

/** Where a screening gets its rule set and the rule set's content hash. */
@FunctionalInterface
public interface RuleSource {

    /**
     * @throws IOException if a rule set file cannot be read
     * @throws IllegalArgumentException if a rule set file is not a valid rule set
     */
    Rules load() throws IOException;

    /** A rule set with the content hash every decision names. */
    record Rules(RuleSet ruleSet, String contentHash) {
        public Rules {
            Objects.requireNonNull(ruleSet, "ruleSet");
            Objects.requireNonNull(contentHash, "contentHash");
        }
    }

    /**
     * The rule set of {@code --rules FILE} (format {@code tuodi-rule-set/1}, see
     * docs/rule-sets.md), or the bundled reference rule set without it.
     */
    static RuleSource standard(Optional<Path> file) {
        if (file.isPresent()) {
            Path path = file.get();
            return () -> named(RuleSetFormat.parse(Files.readString(path), path.toString()));
        }
        return () -> named(RuleSetFormat.loadReference());
    }

    private static Rules named(RuleSet ruleSet) {
        return new Rules(ruleSet, RuleSetFormat.contentHash(ruleSet));
    }
}
