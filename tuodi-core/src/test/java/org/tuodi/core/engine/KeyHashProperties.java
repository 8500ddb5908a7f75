package org.tuodi.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.NotBlank;
import org.tuodi.core.event.EventKey;
import org.tuodi.core.event.Source;

/** The duplicate check hashes a record key without printing it; the hash is the printed key's. */
class KeyHashProperties {

    @Property(tries = 500)
    void hashesAKeyAsItsPrintedForm(@ForAll Source source, @ForAll @NotBlank String eventId) {
        EventKey key = new EventKey(source, eventId);

        assertThat(RiskEngine.keyHash(key)).isEqualTo(key.toString().hashCode());
    }
}
