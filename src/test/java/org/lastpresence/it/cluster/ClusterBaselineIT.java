package org.lastpresence.it.cluster;

import org.junit.jupiter.api.extension.RegisterExtension;

/** Openfire 4.2.0 alone (no plugin) across two real cluster nodes: the ground the plugin's cluster rules stand on. */
class ClusterBaselineIT extends CrossNodeChecks {
    @RegisterExtension
    static final OpenfireCluster CLUSTER = OpenfireCluster.withoutPlugin();

    @Override
    OpenfireCluster cluster() {
        return CLUSTER;
    }
}
