package kz.aumaq.server.cluster;

import java.net.InetAddress;
import java.nio.file.Path;

/**
 * This server process among the nodes sharing one database: {@code aumaq.node.id}, or the host
 * name with the data directory (stable across restarts, and different for two nodes on one host,
 * which need data directories of their own anyway: their tile caches). Jobs and changes carry it.
 */
public record NodeIdentity(String id) {

    public static NodeIdentity of(String configured, Path dataDir) {
        if (configured != null && !configured.isBlank()) return new NodeIdentity(configured.strip());
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (Exception e) {
            host = "localhost";
        }
        String id = host + ":" + dataDir.toAbsolutePath().normalize();
        return new NodeIdentity(id.length() > 200 ? id.substring(id.length() - 200) : id);
    }
}
