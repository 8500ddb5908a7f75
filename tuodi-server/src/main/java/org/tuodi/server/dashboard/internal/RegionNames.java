package org.tuodi.server.dashboard.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.tuodi.core.region.Region;
import org.tuodi.core.region.RegionCode;
import org.tuodi.core.region.RegionDirectory;

/**
 * 区划名称: the division data the statistics name and list regions with. The platform shares one {@link
 * RegionDirectory} bean; until it does (or where it does not, as in module tests) the directory is
 * loaded here, once, on first use, so that starting the server does not pay for it.
 */
@Component
class RegionNames {

    private final ObjectProvider<RegionDirectory> shared;
    private volatile RegionDirectory directory;

    RegionNames(ObjectProvider<RegionDirectory> shared) {
        this.shared = shared;
    }

    Optional<Region> find(RegionCode code) {
        return directory().find(code);
    }

    /** 河南省漯河市临颍县; the bare code for a code the directory does not know. */
    String fullName(RegionCode code) {
        return find(code).isPresent() ? directory().fullName(code) : code.value();
    }

    List<Region> children(RegionCode code) {
        return directory().children(code);
    }

    private RegionDirectory directory() {
        RegionDirectory loaded = directory;
        if (loaded == null) {
            synchronized (this) {
                if (directory == null) {
                    directory = shared.getIfAvailable(RegionDirectory::load);
                }
                loaded = directory;
            }
        }
        return loaded;
    }
}
