package kz.aumaq.gis.wms;

import java.util.Map;
import java.util.TreeMap;
import kz.aumaq.gis.image.ImageWriter;
import kz.aumaq.gis.layer.LayerAccess;
import kz.aumaq.gis.style.Style;

/**
 * A GetMap drawn with a draft style instead of the layers' own: the style editor's live preview,
 * before anything is saved. The map parameters are the GetMap's and are checked as GetMap checks
 * them (so the same limits apply); nothing is cached.
 */
public final class StylePreview {

    private final WmsRequestParser parser;
    private final WmsService wms;

    public StylePreview(WmsRequestParser parser, WmsService wms) {
        this.parser = parser;
        this.wms = wms;
    }

    /**
     * The picture, in the requested FORMAT; a bad parameter throws its {@link WmsException}. Layers
     * the viewer may not see ({@code access}) do not exist here either. Drawn by GetMap's own path.
     */
    public byte[] render(Map<String, String> getMap, Style draft, LayerAccess access) {
        Map<String, String> kvp = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        kvp.putAll(getMap);
        kvp.putIfAbsent("VERSION", "1.3.0");
        kvp.putIfAbsent("STYLES", "");
        GetMapRequest r = parser.map(kvp, access).withStyle(draft);
        return ImageWriter.write(wms.renderMap(r), r.format());
    }
}
