package kz.aumaq.gis.style.sld;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import kz.aumaq.gis.image.TestIcons;
import kz.aumaq.gis.style.DefaultStyles;
import kz.aumaq.gis.style.Fill;
import kz.aumaq.gis.style.LabelPlacement;
import kz.aumaq.gis.style.Mark;
import kz.aumaq.gis.style.PropertyFilter;
import kz.aumaq.gis.style.PropertyFilter.Op;
import kz.aumaq.gis.style.Rule;
import kz.aumaq.gis.style.Stroke;
import kz.aumaq.gis.style.Style;
import kz.aumaq.gis.style.Symbolizer;
import kz.aumaq.gis.text.Lang;
import kz.aumaq.gis.text.LocalizedText;
import org.junit.jupiter.api.Test;

class SldWriterTest {

    private final SldWriter writer = new SldWriter();
    private final SldReader reader = new SldReader();

    private SldImport readBack(String sld) {
        return reader.read(new ByteArrayInputStream(sld.getBytes(StandardCharsets.UTF_8)));
    }

    static Style everything() {
        return new Style("planning-sites", LocalizedText.of("Planning sites & <zones>"), List.of(
                new Rule("zones", LocalizedText.of("Zones"), new PropertyFilter("zone", Op.EQ, "industrial"), 0, 0,
                        List.of(new Symbolizer.Polygon(new Fill(new Color(0x12ab34), 0.35), new Stroke(new Color(0x0a0b0c), 0.7, 0.9, new float[] {4, 2.5f})),
                        new Symbolizer.Polygon(null, Stroke.solid(Color.RED, 2)))),
                new Rule("roads", LocalizedText.EMPTY, new PropertyFilter("lanes", Op.GE, "4"), 12_500, 1.5e6,
                        List.of(new Symbolizer.Line(Stroke.solid(new Color(0x333333), 1.25)))),
                new Rule(null, LocalizedText.EMPTY, new PropertyFilter("population", Op.LT, "1000"), 0, 3e5,
                        List.of(new Symbolizer.Point(Mark.STAR, 9.5, Fill.solid(Color.YELLOW), null),
                                new Symbolizer.Point(Mark.CROSS, 4, null, Stroke.solid(Color.BLUE, 1)))),
                new Rule("labels", LocalizedText.of("Labels"), new PropertyFilter("kind", Op.NE, "hamlet"), 0, 4e7,
                        List.of(new Symbolizer.Text("name", "DejaVu Sans", 10.5, true, new Color(0x3c3c3c), Color.WHITE, 1.5, 50),
                                new Symbolizer.Text("kato", "Noto Sans", 8, false, Color.BLACK, null, 0, 0))),
                new Rule("other-ops", LocalizedText.EMPTY, new PropertyFilter("area_km2", Op.LE, "12.5"), 0, 0,
                        List.of(new Symbolizer.Line(Stroke.solid(Color.GRAY, 0)))),
                new Rule("more", LocalizedText.EMPTY, new PropertyFilter("area_km2", Op.GT, "-3"), 0, 0, List.of()),
                new Rule("sites", LocalizedText.of("Investment sites"), null, 0, 5e5,
                        List.of(Symbolizer.Icon.builtIn("investment-site", 24),
                                new Symbolizer.Icon(TestIcons.dataUri(TestIcons.MAGENTA, 6, 6, "gif"), "image/gif", 7.5, 0.6),
                                new Symbolizer.Text("name", "DejaVu Sans", 10, false, Color.BLACK, Color.WHITE, 1, 5,
                                        new LabelPlacement(0, 1, 14, -3.5))))));
    }

    @Test
    void aStyleReadsBackEqual() {
        Style style = everything();
        SldImport back = readBack(writer.write(style, Lang.EN));
        assertThat(back.style()).isEqualTo(style);
        assertThat(back.ignored()).isEmpty();
    }

    @Test
    void builtInStylesReadBackWithTheirTitlesInOneLanguage() {
        for (Style s : DefaultStyles.all()) {
            Style back = readBack(writer.write(s, Lang.RU)).style();
            assertThat(back).isEqualTo(inOneLanguage(s, Lang.RU));
        }
    }

    @Test
    void theDocumentIsPlainSld10() {
        String sld = writer.write(DefaultStyles.settlements(), Lang.KK);
        assertThat(sld).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>")
                .contains("<StyledLayerDescriptor xmlns=\"http://www.opengis.net/sld\"", "xmlns:ogc=\"http://www.opengis.net/ogc\"",
                        "xmlns:xlink=\"http://www.w3.org/1999/xlink\"", "version=\"1.0.0\"",
                        "http://schemas.opengis.net/sld/1.0.0/StyledLayerDescriptor.xsd",
                        "<Title>Елді мекендер</Title>", "<CssParameter name=\"fill\">#c0392b</CssParameter>",
                        "<WellKnownName>circle</WellKnownName>", "<MaxScaleDenominator>2500000</MaxScaleDenominator>",
                        "<ogc:PropertyName>name</ogc:PropertyName>", "<VendorOption name=\"priority\">30</VendorOption>",
                        "<AnchorPointX>0</AnchorPointX>", "<DisplacementX>6</DisplacementX>")
                .doesNotContain("se:", "SvgParameter", "E7");
        String filtered = writer.write(everything(), Lang.EN);
        assertThat(filtered).contains("<ogc:PropertyIsEqualTo>", "<ogc:Literal>industrial</ogc:Literal>", "Planning sites &amp; &lt;zones&gt;");
    }

    @Test
    void iconsAndPlacementAreWrittenAsSld10() {
        String sld = writer.write(everything(), Lang.EN);
        assertThat(sld).contains("<ExternalGraphic>", "<OnlineResource xlink:type=\"simple\" xlink:href=\"icon:investment-site\"/>",
                "<Format>image/png</Format>", "xlink:href=\"data:image/gif;base64,", "<Opacity>0.6</Opacity>", "<Size>7.5</Size>",
                "<AnchorPointX>0</AnchorPointX>", "<AnchorPointY>1</AnchorPointY>", "<DisplacementX>14</DisplacementX>",
                "<DisplacementY>-3.5</DisplacementY>");
        // Schema order: Font, LabelPlacement, Halo; centred labels carry no placement at all.
        assertThat(sld.indexOf("<LabelPlacement>")).isBetween(sld.lastIndexOf("<Font>"), sld.lastIndexOf("<Halo>"));
        assertThat(writer.write(DefaultStyles.districts(), Lang.EN)).doesNotContain("LabelPlacement");
    }

    @Test
    void numbersAreWrittenPlainly() {
        assertThat(SldWriter.number(5e6)).isEqualTo("5000000");
        assertThat(SldWriter.number(0.7)).isEqualTo("0.7");
        assertThat(Double.parseDouble(SldWriter.number(1.234e20))).isEqualTo(1.234e20);
    }

    private static Style inOneLanguage(Style s, Lang lang) {
        return new Style(s.name(), one(s.title(), lang), s.rules().stream()
                .map(r -> new Rule(r.name(), one(r.title(), lang), r.filter(), r.minScale(), r.maxScale(), r.symbolizers())).toList());
    }

    private static LocalizedText one(LocalizedText t, Lang lang) {
        return t.isEmpty() ? t : LocalizedText.of(t.in(lang));
    }
}
