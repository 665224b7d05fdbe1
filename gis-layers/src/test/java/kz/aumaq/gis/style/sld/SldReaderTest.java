package kz.aumaq.gis.style.sld;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.awt.Color;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import kz.aumaq.gis.style.DefaultStyles;
import kz.aumaq.gis.image.TestIcons;
import kz.aumaq.gis.style.Fill;
import kz.aumaq.gis.style.LabelPlacement;
import kz.aumaq.gis.style.Mark;
import kz.aumaq.gis.style.PropertyFilter;
import kz.aumaq.gis.style.PropertyFilter.Op;
import kz.aumaq.gis.style.Rule;
import kz.aumaq.gis.style.Stroke;
import kz.aumaq.gis.style.Style;
import kz.aumaq.gis.style.Symbolizer;
import kz.aumaq.gis.text.LocalizedText;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SldReaderTest {

    private final SldReader reader = new SldReader();

    private SldImport fixture(String name) throws Exception {
        try (InputStream in = getClass().getResourceAsStream("/sld/" + name)) {
            return reader.read(in);
        }
    }

    private SldImport text(String xml) {
        return reader.read(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<String> problems(ThrowingCallable read) {
        SldException e = catchThrowableOfType(SldException.class, read);
        assertThat(e).as("an SldException").isNotNull();
        return e.problems();
    }

    @Test
    void qgisSymbologyEncodingExportLoads() throws Exception {
        SldImport imported = fixture("qgis-districts.sld");
        Style s = imported.style();
        assertThat(s.name()).isEqualTo("districts");
        assertThat(s.title()).isEqualTo(LocalizedText.EMPTY);
        assertThat(s.rules()).containsExactly(
                new Rule("Single symbol", LocalizedText.EMPTY, null, 0, 0, List.of(new Symbolizer.Polygon(
                        Fill.solid(new Color(0x4daf4a)), Stroke.solid(new Color(0x232323), 1)))),
                new Rule("city", LocalizedText.of("Cities of oblast significance"), new PropertyFilter("kind", Op.EQ, "city"), 0, 1e7,
                        List.of(new Symbolizer.Line(new Stroke(new Color(0xe41a1c), 2, 0.6, new float[] {4, 2})))),
                new Rule(null, LocalizedText.EMPTY, null, 0, 5e6, List.of(new Symbolizer.Text("name_ru", "Open Sans", 13, true,
                        new Color(0x323232), new Color(0xfafafa), 1, 0))));
        // What the renderer decides itself is reported, not silently dropped.
        assertThat(imported.ignored()).anySatisfy(i -> assertThat(i).startsWith("Rule[1]/PolygonSymbolizer/Stroke/SvgParameter[@name='stroke-linejoin']"))
                .anySatisfy(i -> assertThat(i).startsWith("Rule[2]/LineSymbolizer/Stroke/SvgParameter[@name='stroke-linecap']"))
                .anySatisfy(i -> assertThat(i).startsWith("Rule[3]/TextSymbolizer/VendorOption[@name='maxDisplacement']"))
                // QGIS's centred PointPlacement is followed now, so it is no longer noted as ignored.
                .noneSatisfy(i -> assertThat(i).contains("LabelPlacement"));
    }

    @Test
    void geoServerSld10Loads() throws Exception {
        SldImport imported = fixture("geoserver-settlements.sld");
        Style s = imported.style();
        assertThat(s.name()).isEqualTo("settlements-by-kind");
        assertThat(s.title()).isEqualTo(LocalizedText.of("Settlements by kind"));
        assertThat(s.rules()).hasSize(4);
        assertThat(s.rules().get(0)).isEqualTo(new Rule("city", LocalizedText.of("City"), new PropertyFilter("kind", Op.EQ, "city"), 0, 2e7,
                List.of(new Symbolizer.Point(Mark.CIRCLE, 8, Fill.solid(new Color(0xc0392b)), Stroke.solid(Color.WHITE, 1.5)))));
        assertThat(s.rules().get(1)).isEqualTo(new Rule("village", LocalizedText.of("Village"), new PropertyFilter("kind", Op.NE, "city"),
                1e5, 2.5e6, List.of(new Symbolizer.Point(Mark.TRIANGLE, 5, new Fill(new Color(0x7f8c8d), 0.8), null))));
        // "50000 < population" is "population > 50000"
        assertThat(s.rules().get(2)).isEqualTo(new Rule("large", LocalizedText.EMPTY, new PropertyFilter("population", Op.GT, "50000"), 0, 5e6,
                List.of(new Symbolizer.Text("name", "DejaVu Sans", 11, false, new Color(0x222222), Color.WHITE, 1.5, 30))));
        // The second FeatureTypeStyle draws after the first, as its rules do here.
        assertThat(s.rules().get(3)).isEqualTo(new Rule("roads", LocalizedText.EMPTY, null, 0, 0,
                List.of(new Symbolizer.Line(new Stroke(new Color(0x555555), 0.5, 1, new float[] {3, 1.5f})))));
        assertThat(imported.ignored()).anySatisfy(i -> assertThat(i).contains("UserStyle/Abstract"))
                .anySatisfy(i -> assertThat(i).startsWith("FeatureTypeStyle[1]/Rule[3]/TextSymbolizer/VendorOption[@name='spaceAround']"));
    }

    @Test
    void everythingUnsupportedIsListedWithItsPath() {
        // GraphicFill, a named colour, And, Geometry, an ExternalGraphic from the network and in SVG, Rotation,
        // a Function label, ElseFilter, RasterSymbolizer
        List<String> problems = problems(() -> fixture("unsupported.sld"));
        assertThat(problems).anySatisfy(p -> assertThat(p).startsWith("Rule[2]/PolygonSymbolizer/Fill/GraphicFill: graphic (pattern) fills"))
                .anySatisfy(p -> assertThat(p).startsWith("Rule[2]/PolygonSymbolizer/Stroke/CssParameter[@name='stroke']: not a colour"))
                .anySatisfy(p -> assertThat(p).startsWith("Rule[3]/Filter/And: combined conditions"))
                .anySatisfy(p -> assertThat(p).startsWith("Rule[3]/PointSymbolizer/Geometry:"))
                .anySatisfy(p -> assertThat(p).startsWith("Rule[3]/PointSymbolizer/Graphic/ExternalGraphic/OnlineResource: icons are never fetched over the network"))
                .anySatisfy(p -> assertThat(p).startsWith("Rule[3]/PointSymbolizer/Graphic/ExternalGraphic/Format: SVG (image/svg+xml) is not supported"))
                .anySatisfy(p -> assertThat(p).startsWith("Rule[3]/PointSymbolizer/Graphic/Rotation: rotated marks"))
                .anySatisfy(p -> assertThat(p).startsWith("Rule[4]/TextSymbolizer/Label/Function: expressions (Function)"))
                .anySatisfy(p -> assertThat(p).startsWith("Rule[5]/ElseFilter:"))
                .anySatisfy(p -> assertThat(p).startsWith("Rule[5]/RasterSymbolizer:"));
        assertThat(problems).hasSize(10);
        assertThat(problems).noneMatch(p -> p.startsWith("Rule[1]"));
    }

    @Test
    void theExceptionMessageCarriesTheWholeList() {
        SldException e = catchThrowableOfType(SldException.class, () -> text(sld("""
                <Rule><LineSymbolizer><Stroke><GraphicStroke/></Stroke><PerpendicularOffset>3</PerpendicularOffset></LineSymbolizer></Rule>
                """)));
        assertThat(e.getMessage()).contains("2 problems", "Rule[1]/LineSymbolizer/Stroke/GraphicStroke", "Rule[1]/LineSymbolizer/PerpendicularOffset");
    }

    @Test
    void defaultsAreThoseOfSld() {
        Style s = text(sld("""
                <Rule>
                  <PolygonSymbolizer><Fill/></PolygonSymbolizer>
                  <LineSymbolizer/>
                  <PointSymbolizer/>
                  <TextSymbolizer><Label><ogc:PropertyName>name</ogc:PropertyName></Label></TextSymbolizer>
                </Rule>
                """)).style();
        assertThat(s.rules().get(0).symbolizers()).containsExactly(
                new Symbolizer.Polygon(Fill.solid(new Color(0x808080)), null),
                new Symbolizer.Line(Stroke.solid(Color.BLACK, 1)),
                new Symbolizer.Point(Mark.SQUARE, 6, Fill.solid(new Color(0x808080)), Stroke.solid(Color.BLACK, 1)),
                new Symbolizer.Text("name", DefaultStyles.FONT, 10, false, Color.BLACK, null, 0, 0));
    }

    @Test
    void vendorPriorityAndLiteralValuesAreRead() {
        Style s = text(sld("""
                <Rule>
                  <TextSymbolizer>
                    <Label><ogc:PropertyName>name_kk</ogc:PropertyName></Label>
                    <Font><CssParameter name="font-size"><ogc:Literal>12</ogc:Literal></CssParameter></Font>
                    <VendorOption name="priority">70</VendorOption>
                  </TextSymbolizer>
                </Rule>
                """)).style();
        Symbolizer.Text t = (Symbolizer.Text) s.rules().get(0).symbolizers().get(0);
        assertThat(t.priority()).isEqualTo(70);
        assertThat(t.fontSize()).isEqualTo(12);
    }

    @Test
    void valuesTakenFromAttributesAreRefused() {
        List<String> problems = problems(() -> text(sld("""
                <Rule>
                  <PolygonSymbolizer><Fill><CssParameter name="fill"><ogc:PropertyName>colour</ogc:PropertyName></CssParameter></Fill></PolygonSymbolizer>
                  <PointSymbolizer><Graphic><Mark><WellKnownName>x</WellKnownName></Mark><Size><ogc:PropertyName>size</ogc:PropertyName></Size></Graphic></PointSymbolizer>
                  <TextSymbolizer><Label>Fixed text</Label><Font><CssParameter name="font-style">italic</CssParameter></Font></TextSymbolizer>
                </Rule>
                """)));
        assertThat(problems).containsExactlyInAnyOrder(
                "Rule[1]/PolygonSymbolizer/Fill/CssParameter[@name='fill']/PropertyName: expressions (PropertyName) are not supported here; use a constant value",
                "Rule[1]/PointSymbolizer/Graphic/Mark/WellKnownName: well-known name 'x' is not supported; use circle, square, triangle, star or cross",
                "Rule[1]/PointSymbolizer/Graphic/Size/PropertyName: expressions (PropertyName) are not supported here; use a constant value",
                "Rule[1]/TextSymbolizer/Label: constant labels are not supported; label with a PropertyName",
                "Rule[1]/TextSymbolizer/Font/CssParameter[@name='font-style']: font-style 'italic' is not supported; only normal");
    }

    @Test
    void scaleRangeMustBeSane() {
        assertThat(problems(() -> text(sld("""
                <Rule><MinScaleDenominator>5000000</MinScaleDenominator><MaxScaleDenominator>100000</MaxScaleDenominator><LineSymbolizer/></Rule>
                """)))).containsExactly("Rule[1]: MinScaleDenominator (5000000.0) must be below MaxScaleDenominator (100000.0)");
    }

    @Test
    void onlyOneStylePerDocument() {
        String two = """
                <StyledLayerDescriptor version="1.0.0" xmlns="http://www.opengis.net/sld">
                  <NamedLayer><Name>a</Name><UserStyle><Name>a</Name><FeatureTypeStyle><Rule><LineSymbolizer/></Rule></FeatureTypeStyle></UserStyle>
                    <UserStyle><Name>b</Name></UserStyle></NamedLayer>
                  <UserLayer/>
                </StyledLayerDescriptor>
                """;
        assertThat(problems(() -> text(two))).containsExactly(
                "StyledLayerDescriptor/NamedLayer/UserStyle[2]: one UserStyle per document; send each style on its own",
                "StyledLayerDescriptor/UserLayer: user layers (inline or remote features) are not supported; use a NamedLayer");
    }

    @Test
    void notAnSldOrNotXmlIsSaidPlainly() {
        assertThat(problems(() -> text("<html><body/></html>"))).containsExactly(
                "html: the document must be a StyledLayerDescriptor (SLD 1.0.0 or 1.1.0)");
        assertThat(problems(() -> text("<StyledLayerDescriptor>\n<NamedLayer></StyledLayerDescriptor>")).get(0)).startsWith("line 2, column");
    }

    @Test
    void externalEntitiesAreNeverResolved(@TempDir Path dir) throws Exception {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "top secret");
        String xxe = "<?xml version=\"1.0\"?>\n<!DOCTYPE StyledLayerDescriptor [<!ENTITY s SYSTEM \"" + secret.toUri() + "\">]>\n"
                + sld("<Rule><Name>&s;</Name><LineSymbolizer/></Rule>");
        assertThatThrownBy(() -> text(xxe)).isInstanceOf(SldException.class)
                .hasMessageContaining("DOCTYPE declarations are not allowed").hasMessageNotContaining("top secret");
    }

    @Test
    void namesBecomeUrlSafe() {
        assertThat(SldReader.urlSafe("Districts Green")).isEqualTo("districts-green");
        assertThat(SldReader.urlSafe("aumaq:settlements")).isEqualTo("aumaq-settlements");
        assertThat(SldReader.urlSafe("2024 plan")).isEqualTo("style-2024-plan");
        assertThat(SldReader.urlSafe("Аудандар")).isEqualTo("style");
        assertThat(SldReader.urlSafe(null)).isEqualTo("style");
        assertThat(SldReader.urlSafe("x".repeat(80))).hasSize(63);
    }

    @Test
    void aNameThatHadToChangeStaysAsTheTitle() {
        Style s = text("""
                <StyledLayerDescriptor version="1.0.0" xmlns="http://www.opengis.net/sld">
                  <NamedLayer><Name>Аудандар</Name><UserStyle><FeatureTypeStyle><Rule><LineSymbolizer/></Rule></FeatureTypeStyle></UserStyle></NamedLayer>
                </StyledLayerDescriptor>
                """).style();
        assertThat(s.name()).isEqualTo("style");
        assertThat(s.title()).isEqualTo(LocalizedText.of("Аудандар"));
    }

    @Test
    void externalGraphicsBecomeIcons() {
        String magenta = TestIcons.dataUri(TestIcons.MAGENTA, 12, 24, "png");
        Style s = text(sld("""
                <Rule>
                  <PointSymbolizer><Graphic>
                    <ExternalGraphic><OnlineResource xmlns:xlink="http://www.w3.org/1999/xlink" xlink:type="simple" xlink:href="icon:psc"/>
                      <Format>image/png</Format></ExternalGraphic>
                    <Opacity>0.8</Opacity><Size>20</Size>
                  </Graphic></PointSymbolizer>
                  <PointSymbolizer><Graphic>
                    <ExternalGraphic><OnlineResource xmlns:xlink="http://www.w3.org/1999/xlink" xlink:href="%s"/><Format>IMAGE/PNG</Format></ExternalGraphic>
                  </Graphic></PointSymbolizer>
                </Rule>
                """.formatted(magenta))).style();
        // Without a Size an external graphic keeps its own height (SLD).
        assertThat(s.rules().get(0).symbolizers()).containsExactly(
                new Symbolizer.Icon("icon:psc", "image/png", 20, 0.8),
                new Symbolizer.Icon(magenta, "image/png", 24, 1));
    }

    @Test
    void qgisSeExternalGraphicsLoadToo() {
        Style s = text("""
                <StyledLayerDescriptor version="1.1.0" xmlns="http://www.opengis.net/sld" xmlns:se="http://www.opengis.net/se"
                    xmlns:xlink="http://www.w3.org/1999/xlink">
                  <NamedLayer><se:Name>psc</se:Name><UserStyle><se:FeatureTypeStyle><se:Rule>
                    <se:PointSymbolizer><se:Graphic>
                      <se:ExternalGraphic><se:OnlineResource xlink:type="simple" xlink:href="icon:school"/><se:Format>image/png</se:Format></se:ExternalGraphic>
                      <se:Size>16</se:Size>
                    </se:Graphic></se:PointSymbolizer>
                  </se:Rule></se:FeatureTypeStyle></UserStyle></NamedLayer>
                </StyledLayerDescriptor>
                """).style();
        assertThat(s.rules().get(0).symbolizers()).containsExactly(Symbolizer.Icon.builtIn("school", 16));
    }

    @Test
    void iconsThatCannotBeDrawnAreRefusedWhereTheyAre() {
        String svg = "data:image/svg+xml;base64," + java.util.Base64.getEncoder().encodeToString("<svg/>".getBytes(StandardCharsets.UTF_8));
        List<String> problems = problems(() -> text(sld("""
                <Rule xmlns:xlink="http://www.w3.org/1999/xlink">
                  <PointSymbolizer><Graphic><ExternalGraphic><OnlineResource xlink:href="https://example.com/psc.png"/><Format>image/png</Format></ExternalGraphic></Graphic></PointSymbolizer>
                  <PointSymbolizer><Graphic><ExternalGraphic><OnlineResource xlink:href="%s"/><Format>image/png</Format></ExternalGraphic></Graphic></PointSymbolizer>
                  <PointSymbolizer><Graphic><ExternalGraphic><OnlineResource xlink:href="icon:hospital"/><Format>image/bmp</Format></ExternalGraphic></Graphic></PointSymbolizer>
                  <PointSymbolizer><Graphic><ExternalGraphic><OnlineResource xlink:href="icon:psc"/></ExternalGraphic></Graphic></PointSymbolizer>
                  <PointSymbolizer><Graphic><ExternalGraphic><Format>image/png</Format></ExternalGraphic><Mark/></Graphic></PointSymbolizer>
                  <PointSymbolizer><Graphic><Mark/><Opacity>0.5</Opacity></Graphic></PointSymbolizer>
                </Rule>
                """.formatted(svg))));
        assertThat(problems).containsExactly(
                "Rule[1]/PointSymbolizer[1]/Graphic/ExternalGraphic/OnlineResource: icons are never fetched over the network ('https://example.com/psc.png');"
                        + " embed the picture as a data:image/png;base64,… URI or use a built-in icon:<name>",
                "Rule[1]/PointSymbolizer[2]/Graphic/ExternalGraphic/OnlineResource: SVG icons are not supported; use a PNG, GIF or JPEG picture",
                "Rule[1]/PointSymbolizer[3]/Graphic/ExternalGraphic/Format: format image/bmp is not supported; use image/png, image/gif or image/jpeg",
                "Rule[1]/PointSymbolizer[3]/Graphic/ExternalGraphic/OnlineResource: no built-in icon 'hospital'; built-in icons: investment-site, psc, school",
                "Rule[1]/PointSymbolizer[4]/Graphic/ExternalGraphic: an ExternalGraphic needs a Format: image/png, image/gif or image/jpeg",
                "Rule[1]/PointSymbolizer[5]/Graphic/ExternalGraphic: an ExternalGraphic needs an OnlineResource with a data: URI or icon:<name>",
                "Rule[1]/PointSymbolizer[5]/Graphic/Mark: one Mark or ExternalGraphic per Graphic is supported",
                "Rule[1]/PointSymbolizer[6]/Graphic/Opacity: graphic opacity is not supported for marks; give the mark's Fill and Stroke an opacity");
    }

    @Test
    void pointPlacementPutsLabelsBesideTheirPoint() {
        SldImport imported = text(sld("""
                <Rule>
                  <TextSymbolizer>
                    <Label><ogc:PropertyName>name</ogc:PropertyName></Label>
                    <LabelPlacement><PointPlacement>
                      <AnchorPoint><AnchorPointX>0</AnchorPointX><AnchorPointY><ogc:Literal>0.5</ogc:Literal></AnchorPointY></AnchorPoint>
                      <Displacement><DisplacementX>6</DisplacementX><DisplacementY>-2.5</DisplacementY></Displacement>
                      <Rotation>30</Rotation>
                    </PointPlacement></LabelPlacement>
                  </TextSymbolizer>
                  <TextSymbolizer>
                    <Label><ogc:PropertyName>name</ogc:PropertyName></Label>
                    <LabelPlacement><PointPlacement><AnchorPoint><AnchorPointY>1</AnchorPointY></AnchorPoint></PointPlacement></LabelPlacement>
                  </TextSymbolizer>
                  <TextSymbolizer>
                    <Label><ogc:PropertyName>name</ogc:PropertyName></Label>
                    <LabelPlacement><LinePlacement><PerpendicularOffset>4</PerpendicularOffset></LinePlacement></LabelPlacement>
                  </TextSymbolizer>
                </Rule>
                """));
        List<Symbolizer> read = imported.style().rules().get(0).symbolizers();
        assertThat(((Symbolizer.Text) read.get(0)).placement()).isEqualTo(new LabelPlacement(0, 0.5, 6, -2.5));
        assertThat(((Symbolizer.Text) read.get(1)).placement()).isEqualTo(new LabelPlacement(0.5, 1, 0, 0));
        assertThat(((Symbolizer.Text) read.get(2)).placement()).isEqualTo(LabelPlacement.CENTRED);
        // What the renderer still does not follow stays a note, as all of LabelPlacement was before.
        assertThat(imported.ignored()).containsExactly(
                "Rule[1]/TextSymbolizer[1]/LabelPlacement/PointPlacement/Rotation: labels are drawn horizontally",
                "Rule[1]/TextSymbolizer[3]/LabelPlacement/LinePlacement: labels are placed at the feature's label point, not along lines");
    }

    @Test
    void anchorsOutsideTheLabelAreRefused() {
        assertThat(problems(() -> text(sld("""
                <Rule><TextSymbolizer><Label><ogc:PropertyName>name</ogc:PropertyName></Label>
                  <LabelPlacement><PointPlacement><AnchorPoint><AnchorPointX>1.5</AnchorPointX><AnchorPointY>x</AnchorPointY></AnchorPoint>
                    <Displacement><DisplacementX><ogc:PropertyName>dx</ogc:PropertyName></DisplacementX></Displacement></PointPlacement></LabelPlacement>
                </TextSymbolizer></Rule>
                """)))).containsExactly(
                "Rule[1]/TextSymbolizer/LabelPlacement/PointPlacement/AnchorPoint/AnchorPointX: an anchor point lies between 0 and 1, got 1.5",
                "Rule[1]/TextSymbolizer/LabelPlacement/PointPlacement/AnchorPoint/AnchorPointY: not a number: 'x'",
                "Rule[1]/TextSymbolizer/LabelPlacement/PointPlacement/Displacement/DisplacementX/PropertyName: expressions (PropertyName) are not supported here; use a constant value");
    }

    /** A minimal SLD 1.0 document around some rules. */
    static String sld(String rules) {
        return """
                <StyledLayerDescriptor version="1.0.0" xmlns="http://www.opengis.net/sld" xmlns:ogc="http://www.opengis.net/ogc">
                  <NamedLayer><Name>test</Name><UserStyle><Name>test</Name><FeatureTypeStyle>
                """ + rules + """
                  </FeatureTypeStyle></UserStyle></NamedLayer>
                </StyledLayerDescriptor>
                """;
    }
}
