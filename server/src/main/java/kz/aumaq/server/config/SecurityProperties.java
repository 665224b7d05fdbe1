package kz.aumaq.server.config;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code aumaq.security.*}: sign-in, lockout and the limits that protect the server.
 *
 * @param adminPassword     password of the first administrator {@code admin}, created on first start (no users yet); empty: a
 *                          random one is generated, logged once and written to {@code <data-dir>/initial-admin-password}.
 *                          Set by {@code AUMAQ_ADMIN_PASSWORD}.
 * @param minPasswordLength shortest password accepted for new users and changes
 * @param lockout           repeated failed sign-ins lock the account for a while
 * @param rateLimit         requests per client address that anonymous visitors may make
 * @param maxRequestKb      largest request body outside multipart uploads (JSON, SLD, forms), in KiB; 413 above it
 */
@ConfigurationProperties("aumaq.security")
public record SecurityProperties(String adminPassword, Integer minPasswordLength, Lockout lockout, RateLimit rateLimit, Integer maxRequestKb) {

    public SecurityProperties {
        if (adminPassword != null && adminPassword.isBlank()) adminPassword = null;
        if (minPasswordLength == null) minPasswordLength = 10;
        if (lockout == null) lockout = new Lockout(null, null);
        if (rateLimit == null) rateLimit = new RateLimit(null, null, null);
        if (maxRequestKb == null) maxRequestKb = 10 * 1024;
    }

    /**
     * @param maxFailures failed sign-ins in a row that lock the account
     * @param duration    how long it stays locked
     */
    public record Lockout(Integer maxFailures, Duration duration) {
        public Lockout {
            if (maxFailures == null) maxFailures = 5;
            if (duration == null) duration = Duration.ofMinutes(15);
        }
    }

    /**
     * A token bucket per client address for requests without credentials.
     *
     * @param enabled   false: no limit (benchmarks)
     * @param burst     requests a client may make at once
     * @param perSecond requests per second the bucket refills with
     */
    public record RateLimit(Boolean enabled, Integer burst, Double perSecond) {
        public RateLimit {
            if (enabled == null) enabled = true;
            if (burst == null) burst = 2000;
            if (perSecond == null) perSecond = 200.0;
        }
    }
}
