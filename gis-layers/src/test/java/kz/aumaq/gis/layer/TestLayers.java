package kz.aumaq.gis.layer;

import java.awt.Color;
import java.util.List;
import java.util.Map;
import kz.aumaq.gis.style.Fill;
import kz.aumaq.gis.style.Mark;
import kz.aumaq.gis.style.Rule;
import kz.aumaq.gis.style.Stroke;
import kz.aumaq.gis.style.Style;
import kz.aumaq.gis.style.Symbolizer;
import kz.aumaq.gis.text.LocalizedText;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;

/** A tiny catalog: two squares side by side (west red, east blue) and a point layer that is not queryable. */
public final class TestLayers {

    public static final Color WEST = new Color(0xcc0000);
    public static final Color EAST = new Color(0x0000cc);
    private static final GeometryFactory GF = new GeometryFactory();

    private TestLayers() {
    }

    public static LayerCatalog catalog() {
        LayerCatalog c = new LayerCatalog();
        c.putStyle(new Style("squares", LocalizedText.of("squares"), List.of(
                new Rule("west", new LocalizedText("Батыс", "Запад", "West"), new kz.aumaq.gis.style.PropertyFilter("side", kz.aumaq.gis.style.PropertyFilter.Op.EQ, "west"), 0, 0,
                        List.of(new Symbolizer.Polygon(Fill.solid(WEST), Stroke.solid(Color.BLACK, 1)))),
                new Rule("east", new LocalizedText("Шығыс", "Восток", "East"), new kz.aumaq.gis.style.PropertyFilter("side", kz.aumaq.gis.style.PropertyFilter.Op.EQ, "east"), 0, 0,
                        List.of(new Symbolizer.Polygon(Fill.solid(EAST), null))),
                new Rule("label", LocalizedText.of("label"), null, 0, 0,
                        List.of(new Symbolizer.Text("name", "DejaVu Sans", 12, true, Color.BLACK, Color.WHITE, 2, 10))))));
        c.putStyle(new Style("dots", LocalizedText.of("dots"), List.of(new Rule("dot", LocalizedText.of("dot"), null, 0, 0,
                List.of(new Symbolizer.Point(Mark.CIRCLE, 8, Fill.solid(Color.GREEN), null))))));
        c.putLayer(new Layer("squares", new LocalizedText("Шаршылар", "Квадраты", "Squares"), LocalizedText.EMPTY, List.of(),
                new InMemoryLayerSource(List.of(square("w", 60, 45, "west", "Батыс", "Запад", "West"),
                        square("e", 70, 45, "east", "Шығыс", "Восток", "East")), false),
                true, "squares", List.of("squares"), 0, 0, Visibility.PUBLIC, "test"));
        c.putLayer(new Layer("dots", LocalizedText.of("dots"), LocalizedText.EMPTY, List.of(),
                new InMemoryLayerSource(List.of(new kz.aumaq.gis.layer.Feature("d1", GF.createPoint(new Coordinate(65, 50)), Map.of("name_en", "dot"))), true),
                false, "dots", List.of("dots"), 0, 0, Visibility.PUBLIC, "test"));
        c.putGroup(new LayerGroup("all", LocalizedText.of("all"), LocalizedText.EMPTY, List.of("test"), List.of("squares", "dots")));
        return c;
    }

    /** A 10°×10° square with its south-west corner at lon, lat. */
    static kz.aumaq.gis.layer.Feature square(String id, double lon, double lat, String side, String kk, String ru, String en) {
        var poly = GF.createPolygon(new Coordinate[] {new Coordinate(lon, lat), new Coordinate(lon + 10, lat),
            new Coordinate(lon + 10, lat + 10), new Coordinate(lon, lat + 10), new Coordinate(lon, lat)});
        return new kz.aumaq.gis.layer.Feature(id, GF.createMultiPolygon(new org.locationtech.jts.geom.Polygon[] {poly}),
                Map.of("side", side, "name_kk", kk, "name_ru", ru, "name_en", en));
    }
}
