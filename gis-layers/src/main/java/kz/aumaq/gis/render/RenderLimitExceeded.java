package kz.aumaq.gis.render;

/** Rendering ran out of its time budget (like GeoServer's WMS rendering time limit). */
public class RenderLimitExceeded extends RuntimeException {

    public RenderLimitExceeded(String message) {
        super(message);
    }
}
