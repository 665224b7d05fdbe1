package kz.aumaq.gis.featurelayer;

import java.awt.Color;
import java.util.List;
import kz.aumaq.gis.style.DefaultStyles;
import kz.aumaq.gis.style.Fill;
import kz.aumaq.gis.style.LabelPlacement;
import kz.aumaq.gis.style.Mark;
import kz.aumaq.gis.style.Rule;
import kz.aumaq.gis.style.Stroke;
import kz.aumaq.gis.style.Style;
import kz.aumaq.gis.style.Symbolizer;
import kz.aumaq.gis.text.LocalizedText;

/** The default styles of loaded layers, until the GIS team styles them: one for points, lines and polygons. */
public final class FeatureLayerStyles {

    public static final String POINTS = "feature-points";
    public static final String LINES = "feature-lines";
    public static final String POLYGONS = "feature-polygons";

    private FeatureLayerStyles() {
    }

    public static List<Style> all() {
        return List.of(points(), lines(), polygons());
    }

    /** The style a layer of this geometry type starts with. */
    public static String forType(String geometryType) {
        if (geometryType.equals("point")) return POINTS;
        return geometryType.equals("line") ? LINES : POLYGONS;
    }

    static Style points() {
        return new Style(POINTS, new LocalizedText("Нүктелер", "Точки", "Points"), List.of(
                new Rule("point", LocalizedText.EMPTY, null, 0, 0,
                        List.of(new Symbolizer.Point(Mark.CIRCLE, 6, Fill.solid(new Color(0x1f6fb2)), Stroke.solid(Color.WHITE, 1)))),
                new Rule("label", LocalizedText.EMPTY, null, 0, 1.2e6,
                        List.of(new Symbolizer.Text("name", DefaultStyles.FONT, 10, false, new Color(0x222222), Color.WHITE, 1.5, 30,
                                LabelPlacement.rightOf(6))))));
    }

    static Style lines() {
        return new Style(LINES, new LocalizedText("Сызықтар", "Линии", "Lines"), List.of(
                new Rule("line", LocalizedText.EMPTY, null, 0, 0, List.of(new Symbolizer.Line(Stroke.solid(new Color(0x1f6fb2), 1.5))))));
    }

    static Style polygons() {
        return new Style(POLYGONS, new LocalizedText("Аймақтар", "Полигоны", "Polygons"), List.of(
                new Rule("area", LocalizedText.EMPTY, null, 0, 0,
                        List.of(new Symbolizer.Polygon(new Fill(new Color(0x1f6fb2), 0.3), Stroke.solid(new Color(0x1f6fb2), 1))))));
    }
}
