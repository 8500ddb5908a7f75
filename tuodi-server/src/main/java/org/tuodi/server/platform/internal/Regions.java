package org.tuodi.server.platform.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.tuodi.core.region.RegionDirectory;

/**
 * 区划目录: the bundled 2023 statistical division data, loaded once (about 100,000 regions, 1–2 s, 35
 * MB) and shared by every module as a {@link RegionDirectory} bean: users' regions, full names, the
 * registry's region tree and import checks.
 */
@Configuration(proxyBeanMethods = false)
class Regions {

    private static final Logger log = LoggerFactory.getLogger(Regions.class);

    @Bean
    RegionDirectory regionDirectory() {
        long start = System.nanoTime();
        RegionDirectory directory = RegionDirectory.load();
        log.info(
                "region_directory=loaded regions={} ms={}",
                directory.size(),
                (System.nanoTime() - start) / 1_000_000);
        return directory;
    }
}
