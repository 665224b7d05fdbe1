package kz.aumaq.gis.wms;

/**
 * Per-request limits, like GeoServer's WMS resource limits.
 *
 * @param maxWidth        largest WIDTH accepted
 * @param maxHeight       largest HEIGHT accepted
 * @param maxRenderMillis rendering time budget; 0 for none
 * @param maxMemoryBytes  largest image buffer (width × height × 4 bytes) one request may allocate
 */
public record WmsLimits(int maxWidth, int maxHeight, long maxRenderMillis, long maxMemoryBytes) {

    public static final WmsLimits DEFAULT = new WmsLimits(4096, 4096, 60_000, 128L * 1024 * 1024);
}
