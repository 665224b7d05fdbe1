package kz.aumaq.server;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import kz.aumaq.server.ingest.IngestCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Aumaq server: REST API, OGC services and the web workspace over the spatial core. With
 * {@code ingest} as first argument it runs one ingest job instead (no web server) and exits.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class AumaqApplication {

    public static void main(String[] args) {
        if (IngestCommand.requested(args)) {
            // UTF-8 whatever the locale: the report quotes names in Kazakh and Russian.
            PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
            PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
            System.exit(IngestCommand.run(IngestCommand.argumentsOf(args), out, err));
        }
        SpringApplication.run(AumaqApplication.class, args);
    }
}
