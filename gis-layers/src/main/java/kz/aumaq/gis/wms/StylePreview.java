package kz.aumaq.gis.wms;

import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import kz.aumaq.gis.image.ImageWriter;
import kz.aumaq.gis.layer.LayerAccess;
import kz.aumaq.gis.render.MapRenderer;
import kz.aumaq.gis.render.RenderOptions;
import kz.aumaq.gis.render.StyledLayer;
import kz.aumaq.gis.style.Style;

/**
 * A GetMap drawn with a draft style instead of the layers' own: the style editor's live preview,
 * before anything is saved. The map parameters are the GetMap's and are checked as GetMap checks
 * them (so the same limits apply); nothing is cached.
 */
public final class StylePreview {

    private final WmsRequestParser parser;
    private final MapRenderer renderer;
    private final WmsLimits limits;

    public StylePreview(WmsRequestParser parser, MapRenderer renderer, WmsLimits limits) {
        this.parser = parser;
        this.renderer = renderer;
        this.limits = limits;
    }

    /**
     * The picture, in the requested FORMAT; a bad parameter throws its {@link WmsException}. Layers
     * the viewer may not see ({@code access}) do not exist here either.
     */
    public byte[] render(Map<String, String> getMap, Style draft, LayerAccess access) {
        Map<String, String> kvp = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        kvp.putAll(getMap);
        kvp.putIfAbsent("VERSION", "1.3.0");
        kvp.putIfAbsent("STYLES", "");
        GetMapRequest r = parser.map(kvp, access);
        List<StyledLayer> layers = r.layers().stream().map(l -> new StyledLayer(l.layer(), draft)).toList();
        long deadline = limits.maxRenderMillis() <= 0 ? Long.MAX_VALUE : System.nanoTime() + limits.maxRenderMillis() * 1_000_000;
        BufferedImage image = renderer.render(r.view(), layers, new RenderOptions(r.background(), r.transparent(), r.lang(), r.date(), deadline));
        return ImageWriter.write(image, r.format());
    }
}
