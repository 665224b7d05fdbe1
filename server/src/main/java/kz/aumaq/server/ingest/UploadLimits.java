package kz.aumaq.server.ingest;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code aumaq.ingest.*}: how large an uploaded file may be. The multipart limits in
 * application.yml follow {@code max-upload-mb}, so Tomcat stops reading a larger body early.
 */
@ConfigurationProperties("aumaq.ingest")
public record UploadLimits(Integer maxUploadMb) {

    public UploadLimits {
        if (maxUploadMb == null || maxUploadMb <= 0) maxUploadMb = 512;
    }

    public long maxBytes() {
        return maxUploadMb * 1024L * 1024L;
    }
}
