package org.tuodi.data.scan;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import org.tuodi.core.rules.RuleSet;

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
     * The rule set of {@code --rules FILE}, or the bundled reference rule set without it.
     *
     * <p><b>INTEGRATION POINT, the only one.</b> When {@code org.tuodi.core.rules.RuleSetFormat} is
     * merged, replace this body with:
     *
     * <pre>{@code
     * if (file.isPresent()) {
     *     Path path = file.get();
     *     return () -> {
     *         RuleSet ruleSet = RuleSetFormat.parse(Files.readString(path), path.toString());
     *         return new Rules(ruleSet, RuleSetFormat.contentHash(ruleSet));
     *     };
     * }
     * return () -> {
     *     RuleSet ruleSet = RuleSetFormat.loadReference();
     *     return new Rules(ruleSet, RuleSetFormat.contentHash(ruleSet));
     * };
     * }</pre>
     *
     * and delete {@link ProvisionalReferenceRules}.
     */
    static RuleSource standard(Optional<Path> file) {
        if (file.isPresent()) {
            return () -> {
                throw new IllegalArgumentException(
                        "--rules: reading a rule set file needs RuleSetFormat, which is not in"
                                + " this build yet; leave --rules out to use the reference rules");
            };
        }
        return ProvisionalReferenceRules::load;
    }
}
