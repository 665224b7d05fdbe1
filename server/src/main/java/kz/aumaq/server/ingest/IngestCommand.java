package kz.aumaq.server.ingest;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Map;
import java.util.function.Function;
import kz.aumaq.gis.featurelayer.FeatureLayerStore;
import kz.aumaq.gis.unit.AdminUnitRepository;
import kz.aumaq.gis.unit.AdminUnitWriter;
import kz.aumaq.gis.unit.Level;
import kz.aumaq.ingest.job.IngestJobRunner;
import kz.aumaq.ingest.job.IngestTarget;
import kz.aumaq.ingest.job.JobRequest;
import kz.aumaq.ingest.job.RecordedOptions;
import kz.aumaq.ingest.job.JobResult;
import kz.aumaq.ingest.job.JobStatus;
import kz.aumaq.ingest.job.ReportTable;
import kz.aumaq.ingest.layer.LayerLoadOptions;
import kz.aumaq.ingest.layer.LayerTarget;
import kz.aumaq.ingest.source.ReadOptions;
import kz.aumaq.ingest.units.UnitFieldMapping;
import kz.aumaq.ingest.units.UnitLoadOptions;
import kz.aumaq.ingest.units.UnitsTarget;
import kz.aumaq.ingest.values.IndicatorValueStore;
import kz.aumaq.ingest.values.ValueLoadOptions;
import kz.aumaq.ingest.values.ValuesTarget;
import kz.aumaq.server.audit.AuditTrail;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code java -jar aumaq-server.jar ingest …}: runs one ingest job against the configured
 * database (embedded H2GIS under {@code aumaq.data-dir}, or PostGIS with the usual properties)
 * in a non-web context, prints the report and answers with an exit code (see
 * {@link IngestArguments#USAGE}). A running server keeps its tile caches: with PostGIS shared
 * between both, restart it (or wait for tiles to expire) to see the new boundaries in tiles.
 */
public final class IngestCommand {

    public static final int OK = 0;
    public static final int NOT_COMMITTED = 1;
    public static final int USAGE = 2;
    public static final int NO_DATABASE = 3;

    private IngestCommand() {
    }

    /** Runs the command; never exits the JVM (the caller does, with the returned code). */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        IngestArguments a;
        PlannedJob job;
        try {
            a = IngestArguments.parse(args);
            String target = a.require("target");
            a.require("file");
            if (target.equals("units")) job = units(a);
            else if (target.equals("values")) job = values(a);
            else if (target.equals("layer")) job = layer(a);
            else throw new IngestArguments.UsageException("--target must be units, layer or values, got '" + target + "'");
        } catch (IngestArguments.UsageException | IllegalArgumentException | DateTimeParseException e) {
            err.println("ingest: " + e.getMessage());
            err.println(IngestArguments.USAGE);
            return USAGE;
        }

        String operator = a.get("user") == null ? System.getProperty("user.name") : a.get("user");
        ConfigurableApplicationContext context;
        try {
            context = new SpringApplicationBuilder(IngestContext.class)
                    .web(WebApplicationType.NONE)
                    .bannerMode(Banner.Mode.OFF)
                    .logStartupInfo(false)
                    .registerShutdownHook(false)
                    .properties(Map.of("aumaq.demo.enabled", "false", "logging.level.root", "WARN",
                            "logging.level.org.flywaydb", "ERROR", IngestContext.OPERATOR, operator))
                    .run(a.springArgs().toArray(String[]::new));
        } catch (RuntimeException e) {
            err.println("ingest: cannot open the database: " + rootMessage(e));
            return NO_DATABASE;
        }
        try (context) {
            String crs = a.get("crs");
            JobRequest request = new JobRequest(operator, Path.of(a.get("file")), job.target(), job.level(), job.recorded(),
                    crs == null ? ReadOptions.DEFAULT : ReadOptions.DEFAULT.withCrs(crs), a.dryRun());
            JobResult result = context.getBean(IngestJobRunner.class).run(request, job.build().apply(context));
            if (result.job().status() == JobStatus.COMMITTED) {
                context.getBean(AuditTrail.class).record(operator, "command line", "ingest.commit", "ingest-job",
                        Long.toString(result.job().id()), null, IngestAudit.of(result.job()));
            }
            out.print(ReportTable.render(result));
            out.flush();
            return result.job().status() == JobStatus.FAILED ? NOT_COMMITTED : OK;
        }
    }

    /**
     * A job understood from the command line, its target built once the database is open.
     *
     * @param recorded what makes two runs "the same": only what the user gave (a default date would differ daily)
     */
    private record PlannedJob(String target, String level, Map<String, String> recorded, Function<ApplicationContext, IngestTarget> build) {
    }

    private static PlannedJob units(IngestArguments a) {
        Level level = level(a.require("level"));
        LocalDate validFrom = a.get("valid-from") == null ? LocalDate.now() : LocalDate.parse(a.get("valid-from"));
        UnitFieldMapping mapping = UnitFieldMapping.parse(a.get("map"));
        UnitLoadOptions options = new UnitLoadOptions(level, validFrom, mapping);
        Map<String, String> recorded = RecordedOptions.units(a.get("valid-from"), a.get("map") == null ? null : mapping, a.get("crs"));
        return new PlannedJob("units", level.code(), recorded,
                c -> new UnitsTarget(c.getBean(AdminUnitRepository.class), c.getBean(AdminUnitWriter.class), options));
    }

    private static PlannedJob values(IngestArguments a) {
        Level level = a.get("level") == null ? Level.REGION : level(a.get("level"));
        boolean accept = a.get("accept-suggestions") != null;
        ValueLoadOptions options = new ValueLoadOptions(a.require("indicator"), level, accept);
        Map<String, String> recorded = RecordedOptions.values(options.indicator(), accept, a.get("crs"));
        return new PlannedJob("values", level.code(), recorded,
                c -> new ValuesTarget(c.getBean(AdminUnitRepository.class), c.getBean(IndicatorValueStore.class), options));
    }

    /** A running server publishes the layer within aumaq.layers.refresh-seconds (StoredLayerRefresh). */
    private static PlannedJob layer(IngestArguments a) {
        LayerLoadOptions options = new LayerLoadOptions(a.require("layer"), null);
        Map<String, String> recorded = RecordedOptions.layer(options.name(), a.get("crs"));
        return new PlannedJob("layer", null, recorded, c -> new LayerTarget(c.getBean(FeatureLayerStore.class), options));
    }

    private static Level level(String code) {
        return Level.fromCode(code).filter(l -> l != Level.COUNTRY).orElseThrow(() ->
                new IngestArguments.UsageException("--level must be region, district, okrug or settlement, got '" + code + "'"));
    }

    /** True when the command line asks for the ingest command rather than the server. */
    public static boolean requested(String[] args) {
        return args.length > 0 && args[0].equals("ingest");
    }

    public static String[] argumentsOf(String[] args) {
        return Arrays.copyOfRange(args, 1, args.length);
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) t = t.getCause();
        return t.getMessage();
    }
}
