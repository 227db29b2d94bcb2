package org.lastpresence.bench.ab;

/** One figure the load generator measures per run; {@link #compared} ones get b/a ratios. */
enum Metric {
    IDLE_CPU_MS_PER_S("idle: server CPU (ms per s)", true),
    FIXED_DELIVERIES_PER_S("fixed rate: delivered presences/s (to contacts)", true),
    CPU_US_PER_DELIVERY("fixed rate: server CPU per delivered presence (us)", true),
    BROADCAST_P50_MS("fixed rate: broadcast latency p50 (ms)", true),
    BROADCAST_P99_MS("fixed rate: broadcast latency p99 (ms)", true),
    BYTES_PER_PRESENCE("fixed rate: bytes per delivered presence", true),
    SATURATED_DELIVERIES_PER_S("saturation: delivered presences/s", true),
    SATURATED_CPU_US_PER_DELIVERY("saturation: server CPU per delivered presence (us)", true),
    PROBE_P50_MS("probes: round trip p50 (ms)", true),
    PROBE_P99_MS("probes: round trip p99 (ms)", true),
    CPU_US_PER_PROBE("probes: server CPU per probe (us)", true),
    BYTES_PER_PROBE_ANSWER("probes: bytes per answer", true),
    PROBES_SENT("probes: sent", false),
    PROBES_ANSWERED("probes: answered", false),
    LOGIN_P50_MS("relogin: login time p50 (ms)", true),
    LOGIN_P99_MS("relogin: login time p99 (ms)", true),
    CPU_MS_PER_RELOGIN("relogin: server CPU per logout+login (ms)", true),
    PRESENCES_PER_LOGIN("relogin: presences received per login", true),
    RELOGINS("relogin: logins", false),
    WARM_UP_CYCLES("warm-up cycles (until the JIT compiler was quiet)", false),
    MEASURED_COMPILER_MS("JIT compiler CPU in the measured phases (ms)", false),
    PHASES_COMPLETED("phases completed", false);

    final String label;
    final boolean compared;

    Metric(String label, boolean compared) {
        this.label = label;
        this.compared = compared;
    }

    /** The number of phases a complete run reports in {@link #PHASES_COMPLETED}. */
    static final int PHASES = 5;
}
