package kz.aumaq.server.config;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code aumaq.wms.*}: per-request limits of the map services.
 *
 * @param maxWidth         largest WIDTH a GetMap may ask for
 * @param maxHeight        largest HEIGHT
 * @param maxRenderMillis  rendering time budget per request (0 = none); beyond it the request fails
 * @param maxMemoryMb      largest image buffer one request may allocate
 * @param attribution      credit shown with the administrative layers
 */
@ConfigurationProperties("aumaq.wms")
public record WmsProperties(Integer maxWidth, Integer maxHeight, Long maxRenderMillis, Integer maxMemoryMb, String attribution) {

    public WmsProperties {
        if (maxWidth == null) maxWidth = 4096;
        if (maxHeight == null) maxHeight = 4096;
        if (maxRenderMillis == null) maxRenderMillis = 60_000L;
        if (maxMemoryMb == null) maxMemoryMb = 128;
        if (attribution == null) attribution = "Aumaq";
    }
}
