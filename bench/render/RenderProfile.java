import java.awt.Color;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import kz.aumaq.gis.crs.CrsRegistry;
import kz.aumaq.gis.crs.MapCrs;
import kz.aumaq.gis.image.ImageFormat;
import kz.aumaq.gis.image.ImageWriter;
import kz.aumaq.gis.layer.AdminLayers;
import kz.aumaq.gis.layer.Feature;
import kz.aumaq.gis.layer.FeaturePage;
import kz.aumaq.gis.layer.FeatureQuery;
import kz.aumaq.gis.layer.FieldInfo;
import kz.aumaq.gis.layer.Layer;
import kz.aumaq.gis.layer.LayerSource;
import kz.aumaq.gis.layer.Visibility;
import kz.aumaq.gis.render.FeatureSets;
import kz.aumaq.gis.render.MapRenderer;
import kz.aumaq.gis.render.MapView;
import kz.aumaq.gis.render.RenderOptions;
import kz.aumaq.gis.render.StyledLayer;
import kz.aumaq.gis.style.DefaultStyles;
import kz.aumaq.gis.text.Lang;
import kz.aumaq.gis.text.LocalizedText;
import kz.aumaq.gis.unit.AdminUnit;
import kz.aumaq.gis.unit.Level;
import kz.aumaq.ingest.geokz.GeokzLoader;
import org.locationtech.jts.geom.Envelope;

/**
 * Single-thread cost of the 500 benchmark tiles, split into render and encode, on the geokz data
 * without HTTP or a database: where the time of an uncached GetMap goes.
 * Run: bench/render/run.sh
 */
public class RenderProfile {

    record ListSource(List<Feature> features) implements LayerSource {
        public List<FieldInfo> fields() { return List.of(); }
        public FeaturePage query(FeatureQuery q) { return new FeaturePage(features, features.size()); }
        public Optional<Feature> byId(String id, LocalDate date) { return Optional.empty(); }
        public Envelope extent() { return new Envelope(46, 88, 40, 56); }
        public long revision() { return 1; }
        public boolean isPoint() { return false; }
    }

    public static void main(String[] args) throws Exception {
        Path geokz = Path.of(args[0]);
        Path tilesCsv = Path.of(args[1]);
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        List<AdminUnit> units = new GeokzLoader().load(geokz);
        List<Feature> regions = new ArrayList<>();
        List<Feature> districts = new ArrayList<>();
        LocalDate date = LocalDate.of(2025, 1, 1);
        for (AdminUnit u : units) {
            if (!u.validOn(date)) continue;
            Feature f = new Feature(u.kato().code(), u.geometry(), java.util.Map.of("name_ru", u.names().in("ru")));
            if (u.level() == Level.REGION) regions.add(f);
            if (u.level() == Level.DISTRICT) districts.add(f);
        }
        Layer r = layer("regions", new ListSource(regions), "plain-regions");
        Layer d = layer("districts", new ListSource(districts), "plain-districts");
        List<StyledLayer> map = List.of(new StyledLayer(d, DefaultStyles.plainDistricts()), new StyledLayer(r, DefaultStyles.plainRegions()));
        List<Envelope> boxes = new ArrayList<>();
        for (String line : Files.readAllLines(tilesCsv).subList(1, Files.readAllLines(tilesCsv).size())) {
            String[] p = line.split(",");
            boxes.add(new Envelope(Double.parseDouble(p[3]), Double.parseDouble(p[5]), Double.parseDouble(p[4]), Double.parseDouble(p[6])));
        }
        MapCrs crs = CrsRegistry.require("EPSG:3857");
        MapRenderer renderer = new MapRenderer(new FeatureSets(8));
        RenderOptions options = new RenderOptions(Color.WHITE, false, Lang.RU, date, Long.MAX_VALUE);
        for (int round = 0; round < rounds; round++) {
            long render = 0;
            long encode = 0;
            long bytes = 0;
            int indexed = 0;
            for (Envelope box : boxes) {
                long t0 = System.nanoTime();
                BufferedImage img = renderer.render(MapView.standard(crs, box, 256, 256), map, options);
                long t1 = System.nanoTime();
                byte[] png = ImageWriter.write(img, ImageFormat.PNG);
                bytes += png.length;
                if (png[25] == 3) indexed++;
                long t2 = System.nanoTime();
                render += t1 - t0;
                encode += t2 - t1;
            }
            System.out.printf("round %d: render %.2f ms/tile, encode %.2f ms/tile, %.0f bytes/tile, %d of %d indexed%n", round,
                    render / 1e6 / boxes.size(), encode / 1e6 / boxes.size(), (double) bytes / boxes.size(), indexed, boxes.size());
        }
    }

    static Layer layer(String name, LayerSource source, String style) {
        return new Layer(name, LocalizedText.of(name), LocalizedText.EMPTY, List.of(), source, true, style, List.of(style), 0, 0,
                Visibility.PUBLIC, null);
    }
}
