package kz.aumaq.gis.style;

import java.awt.Color;
import java.util.List;
import kz.aumaq.gis.text.LocalizedText;

/**
 * The built-in styles of the administrative layers: a quiet reference map whose detail grows with
 * the scale (scale denominators: zoom 5 ≈ 17M, zoom 7 ≈ 4.4M, zoom 9 ≈ 1.1M, zoom 11 ≈ 270k).
 * The {@code plain} styles are unlabelled fills and outlines, equivalent to the MapServer
 * benchmark's mapfile.
 */
public final class DefaultStyles {

    public static final String FONT = "DejaVu Sans";
    private static final Color HALO = Color.WHITE;

    private DefaultStyles() {
    }

    public static List<Style> all() {
        return List.of(regions(), districts(), okrugs(), settlements(), plainRegions(), plainDistricts());
    }

    public static Style regions() {
        return new Style("regions", new LocalizedText("Облыстар", "Области", "Regions"), List.of(
                new Rule("boundary", new LocalizedText("Облыс шекарасы", "Граница области", "Region boundary"), null, 0, 0,
                        List.of(new Symbolizer.Line(Stroke.solid(new Color(0x6a4c93), 1.6)))),
                new Rule("label", new LocalizedText("Облыс атауы", "Название области", "Region name"), null, 0, 40e6,
                        List.of(new Symbolizer.Text("name", FONT, 12, true, new Color(0x4a3470), HALO, 2, 100)))));
    }

    public static Style districts() {
        return new Style("districts", new LocalizedText("Аудандар", "Районы", "Districts"), List.of(
                new Rule("area", new LocalizedText("Аудан", "Район", "District"), null, 0, 0,
                        List.of(new Symbolizer.Polygon(Fill.solid(new Color(0xf3efe6)), Stroke.solid(new Color(0x9a8f80), 0.7)))),
                new Rule("label", new LocalizedText("Аудан атауы", "Название района", "District name"), null, 0, 5e6,
                        List.of(new Symbolizer.Text("name", FONT, 10, false, new Color(0x3c3c3c), HALO, 1.5, 50)))));
    }

    public static Style okrugs() {
        return new Style("okrugs", new LocalizedText("Ауылдық округтер", "Сельские округа", "Rural okrugs"), List.of(
                new Rule("boundary", new LocalizedText("Округ шекарасы", "Граница округа", "Okrug boundary"), null, 0, 3e6,
                        List.of(new Symbolizer.Line(new Stroke(new Color(0xb0a898), 0.6, 1, new float[] {3, 2})))),
                new Rule("label", new LocalizedText("Округ атауы", "Название округа", "Okrug name"), null, 0, 8e5,
                        List.of(new Symbolizer.Text("name", FONT, 9, false, new Color(0x6b6356), HALO, 1.5, 20)))));
    }

    public static Style settlements() {
        return new Style("settlements", new LocalizedText("Елді мекендер", "Населённые пункты", "Settlements"), List.of(
                new Rule("point", new LocalizedText("Елді мекен", "Населённый пункт", "Settlement"), null, 0, 2.5e6,
                        List.of(new Symbolizer.Point(Mark.CIRCLE, 5, Fill.solid(new Color(0xc0392b)), Stroke.solid(Color.WHITE, 1)))),
                new Rule("label", new LocalizedText("Елді мекен атауы", "Название пункта", "Settlement name"), null, 0, 1.2e6,
                        // Beside the dot, not over it: 2.5 px radius, 1 px outline, then a gap.
                        List.of(new Symbolizer.Text("name", FONT, 10, false, new Color(0x222222), HALO, 1.5, 30,
                                LabelPlacement.rightOf(6))))));
    }

    public static Style plainRegions() {
        return new Style("plain-regions", new LocalizedText("Облыс шекаралары", "Границы областей", "Region outlines"), List.of(
                new Rule("boundary", LocalizedText.EMPTY, null, 0, 0,
                        List.of(new Symbolizer.Line(Stroke.solid(new Color(0x222222), 1.6))))));
    }

    public static Style plainDistricts() {
        return new Style("plain-districts", new LocalizedText("Аудандар (қарапайым)", "Районы (простой)", "Districts (plain)"), List.of(
                new Rule("area", LocalizedText.EMPTY, null, 0, 0,
                        List.of(new Symbolizer.Polygon(Fill.solid(new Color(0xdfe8d8)), Stroke.solid(new Color(0x555555), 0.8))))));
    }
}
