package kz.aumaq.server.cluster;

import kz.aumaq.server.config.AumaqProperties;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What a node needs to be one of several on one database. */
@Configuration(proxyBeanMethods = false)
public class ClusterConfig {

    /** {@code aumaq.node.id}: this node's name among the others (default: host and data directory). */
    @Bean
    NodeIdentity nodeIdentity(@Value("${aumaq.node.id:}") String id, AumaqProperties aumaq) {
        return NodeIdentity.of(id, aumaq.dataDir());
    }
}
