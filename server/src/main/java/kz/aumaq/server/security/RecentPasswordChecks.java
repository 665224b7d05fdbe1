package kz.aumaq.server.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Passwords checked a moment ago. QGIS and ArcGIS send HTTP Basic with every tile, and bcrypt is
 * deliberately slow (~75 ms here): a tile must not cost that. For a minute after a successful
 * check, the same username and password are known to have matched that password hash; the caller
 * still reads the account afresh and accepts only while the hash, the account's state and its
 * lock are unchanged. Neither the password nor a plain hash of it is kept: the key is an HMAC
 * under a random key of this process.
 */
final class RecentPasswordChecks {

    private final Cache<String, String> matched = Caffeine.newBuilder().maximumSize(10_000).expireAfterWrite(Duration.ofMinutes(1)).build();
    private final SecretKeySpec key;

    RecentPasswordChecks() {
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        key = new SecretKeySpec(secret, "HmacSHA256");
    }

    /** The password hash these credentials matched within the last minute, or null. */
    String matchedHash(String username, String password) {
        return matched.getIfPresent(id(username, password));
    }

    void remember(String username, String password, String hash) {
        matched.put(id(username, password), hash);
    }

    void forget(String username, String password) {
        matched.invalidate(id(username, password));
    }

    private String id(String username, String password) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            mac.update(username.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            return HexFormat.of().formatHex(mac.doFinal(password.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
