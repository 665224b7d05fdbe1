package kz.aumaq.server;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Aumaq server: REST API, OGC services and the web workspace over the spatial core. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class AumaqApplication {

    public static void main(String[] args) {
        SpringApplication.run(AumaqApplication.class, args);
    }
}
