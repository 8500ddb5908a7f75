package org.tuodi.server;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableScheduling;

/** 托底 platform server: registry, department feeds, live assessment, cases, statistics. */
@SpringBootApplication
@EnableScheduling
public class TuodiApplication {

    public static void main(String[] args) {
        SpringApplication.run(TuodiApplication.class, args);
    }
}
