package org.lastpresence.bench.ab;

import java.io.IOException;
import java.time.Duration;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.function.BooleanSupplier;

/**
 * The phases of one benchmark run against one server, on one {@link LoadLoop} thread: logins, broadcasts at a
 * fixed rate, broadcasts at saturation, probes at a fixed rate, relogin waves. Server CPU is the server
 * process's own CPU time (utime + stime), read before and after each phase ({@link ServerCpu}).
 */
final class LoadRun implements LoadLoop.Receiver {
    private enum Phase { ABSENTEES, SETTLE, FIXED, SATURATION, PROBES, LOGOUT, RELOGIN, END }

    private static final Duration LOGIN_LIMIT = Duration.ofSeconds(120);
    private static final Duration DRAIN_LIMIT = Duration.ofSeconds(60);
    private static final int LOGIN_CONCURRENCY = 50;
    private static final String BROADCAST_MARK = "b:";
    private static final double IDLE_SECONDS = 3;
    /** A warm-up cycle in which the JIT compiler used at most this share of the server's CPU ends the warm-up. */
    private static final double QUIET_COMPILER_SHARE = 0.05;

    private final LoadPlan plan;
    private final RingRoster roster;
    private final boolean replaysExpected;
    private final ServerCpu cpu;
    private final LoadLoop loop;
    private final LoadClient[] clients;
    private final int[] online;
    private final int[][] onlineContacts;
    private final Map<Metric, Double> results = new EnumMap<>(Metric.class);

    private Phase phase = Phase.ABSENTEES;
    private String failure;
    private int loggedIn;
    private int pongs;
    private int closed;
    private long settled;
    private long delivered;
    private long deliveredBytes;
    private long expectedDeliveries;
    private int nextSender;
    private long saturatedNanos;
    private Percentiles latencies;
    private final Map<Long, ArrayDeque<Long>> probesInFlight = new HashMap<>();
    private long probesSent;
    private long probesAnswered;
    private long probeBytes;
    private Percentiles probeTimes;
    private final boolean[] inWave;
    private long waveUnavailables;
    private int waveLogins;
    private long loginPresences;
    private Percentiles loginTimes;

    LoadRun(LoadPlan plan, boolean replaysExpected, ProcessHandle server, LoadLoop loop) {
        this.plan = plan;
        this.roster = plan.roster();
        this.replaysExpected = replaysExpected;
        this.cpu = new ServerCpu(server);
        this.loop = loop;
        this.clients = new LoadClient[roster.users()];
        for (int i = 0; i < clients.length; i++) {
            clients[i] = new LoadClient(i);
        }
        this.online = roster.onlineUsers();
        this.onlineContacts = new int[roster.users()][];
        for (int i = 0; i < clients.length; i++) {
            onlineContacts[i] = roster.onlineContactsOf(i);
        }
        this.inWave = new boolean[roster.users()];
        loop.receiver(this);
    }

    /** Runs every phase; throws when one does not complete in time. */
    Map<Metric, Double> run() throws IOException {
        int completed = 0;
        absenteesComeAndGo();
        loginEveryoneElse();
        warmUp();
        idle();
        ServerCpu.Mark measured = cpu.mark();
        fixedRateBroadcasts();
        completed++;
        saturatedBroadcasts();
        completed++;
        probes();
        completed++;
        reloginWaves();
        completed++;
        results.put(Metric.MEASURED_COMPILER_MS, measured.usedNanos(ServerCpu.Kind.COMPILER) / 1e6);
        logoutAll();
        completed++;
        results.put(Metric.PHASES_COMPLETED, (double) completed);
        return results;
    }

    /** Absentees log in and out once: in (b) the plugin then holds their records, to replay at others' logins. */
    private void absenteesComeAndGo() throws IOException {
        phase = Phase.ABSENTEES;
        int[] absentees = roster.absentees();
        closed = 0;
        loginAll(absentees);
        await("absentees to log out", LOGIN_LIMIT, () -> closed == absentees.length);
        log("absentees logged in and out: " + absentees.length);
    }

    /** Every other user logs in and stays; done when each has seen the presence of each online contact. */
    private void loginEveryoneElse() throws IOException {
        phase = Phase.SETTLE;
        settled = 0;
        long expected = 0;
        for (int user : online) {
            expected += onlineContacts[user].length;
        }
        loginAll(online);
        // Logins that overlap race (one's broadcast can precede the other's availability), so once every initial
        // presence is processed (a ping answered behind it on each stream), everyone says it again.
        pongs = 0;
        for (int user : online) {
            loop.send(clients[user], "<iq type='get' id='settle' to='localhost'><ping xmlns='urn:xmpp:ping'/></iq>");
        }
        await("pings after the initial presences", LOGIN_LIMIT, () -> pongs == online.length);
        for (int user : online) {
            loop.send(clients[user], "<presence/>");
        }
        long all = expected;
        try {
            await("every online user to see every online contact (" + all + " presences)", LOGIN_LIMIT,
                    () -> settled >= all);
        } catch (IOException e) {
            throw new IOException(e.getMessage() + "; seen " + settled + ", missing: " + missingPairs(), e);
        }
        log("online: " + online.length + " users, " + all + " contact presences seen");
    }

    private String missingPairs() {
        StringBuilder missing = new StringBuilder();
        for (int user : online) {
            for (int contact : onlineContacts[user]) {
                if (!clients[user].presenceFrom.get(contact) && missing.length() < 500) {
                    missing.append(clients[user].name).append("<-").append(RingRoster.name(contact)).append(' ');
                }
            }
        }
        return missing.toString();
    }

    private void loginAll(int[] users) throws IOException {
        loggedIn = 0;
        int started = 0;
        long deadline = System.nanoTime() + LOGIN_LIMIT.toNanos();
        while (loggedIn < users.length) {
            while (started < users.length && started - loggedIn < LOGIN_CONCURRENCY) {
                loop.connect(clients[users[started++]]);
            }
            poll(deadline, "logins (" + loggedIn + " of " + users.length + ")");
        }
    }

    /**
     * Not measured: cycles of every phase's load (fixed-rate and saturating broadcasts, probes, one relogin of every
     * online user) until the server's JIT compiler has gone quiet, so the measured phases see compiled code in both
     * variants, as an operator's server does after its first minutes, not the compiler's work.
     */
    private void warmUp() throws IOException {
        for (int cycle = 1; cycle <= plan.warmUpCycles; cycle++) {
            ServerCpu.Mark before = cpu.mark();
            broadcastAtFixedRate(plan.warmUpSeconds / 2);
            saturate(plan.warmUpSeconds / 4);
            probeAtFixedRate(plan.warmUpSeconds / 4);
            reloginEveryOnlineUser();
            long used = before.usedNanos();
            log("warm-up " + cycle + ": server CPU " + used / 1_000_000 + " ms" + before.split());
            results.put(Metric.WARM_UP_CYCLES, (double) cycle);
            if (before.usedNanos(ServerCpu.Kind.COMPILER) <= used * QUIET_COMPILER_SHARE) {
                return;
            }
        }
        log("warm-up: the compiler was still busy after " + plan.warmUpCycles + " cycles");
    }

    /** The server's own background CPU with every user online and nothing sent, to read the other figures by. */
    private void idle() throws IOException {
        ServerCpu.Mark before = cpu.mark();
        long started = System.nanoTime();
        long end = started + seconds(IDLE_SECONDS);
        while (System.nanoTime() < end) {
            poll(end + DRAIN_LIMIT.toNanos(), "idle");
        }
        long used = before.usedNanos();
        results.put(Metric.IDLE_CPU_MS_PER_S, used / 1e6 / ((System.nanoTime() - started) / 1e9));
    }

    private void fixedRateBroadcasts() throws IOException {
        ServerCpu.Mark before = cpu.mark();
        long started = System.nanoTime();
        broadcastAtFixedRate(plan.fixedSeconds);
        long elapsed = System.nanoTime() - started;
        long used = before.usedNanos();
        results.put(Metric.FIXED_DELIVERIES_PER_S, delivered / (elapsed / 1e9));
        results.put(Metric.CPU_US_PER_DELIVERY, used / 1e3 / delivered);
        results.put(Metric.BROADCAST_P50_MS, latencies.percentile(50) / 1e6);
        results.put(Metric.BROADCAST_P99_MS, latencies.percentile(99) / 1e6);
        results.put(Metric.BYTES_PER_PRESENCE, (double) deliveredBytes / delivered);
        log("fixed rate: " + delivered + " presences delivered in " + elapsed / 1_000_000 + " ms, server CPU "
                + used / 1_000_000 + " ms" + before.split());
    }

    /** Broadcasts for this long at {@link LoadPlan#deliveriesPerSecond}, then waits until all are delivered. */
    private void broadcastAtFixedRate(double durationSeconds) throws IOException {
        phase = Phase.FIXED;
        resetDeliveries();
        latencies = new Percentiles();
        long started = System.nanoTime();
        long end = started + seconds(durationSeconds);
        long now = started;
        while (now < end) {
            double due = plan.deliveriesPerSecond * (now - started) / 1e9;
            while (expectedDeliveries < due) {
                broadcast();
            }
            poll(end + DRAIN_LIMIT.toNanos(), "fixed-rate broadcasts");
            now = System.nanoTime();
        }
        drainDeliveries("fixed-rate");
    }

    private void saturatedBroadcasts() throws IOException {
        ServerCpu.Mark before = cpu.mark();
        long started = System.nanoTime();
        long deliveredInTime = saturate(plan.saturationSeconds);
        long elapsed = System.nanoTime() - started;
        long used = before.usedNanos();
        results.put(Metric.SATURATED_DELIVERIES_PER_S, deliveredInTime / (saturatedNanos / 1e9));
        results.put(Metric.SATURATED_CPU_US_PER_DELIVERY, used / 1e3 / delivered);
        log("saturation: " + deliveredInTime + " presences delivered in " + saturatedNanos / 1_000_000
                + " ms (all by " + elapsed / 1_000_000 + " ms), server CPU " + used / 1_000_000 + " ms"
                + before.split());
    }

    /**
     * Keeps {@link LoadPlan#saturationWindow} deliveries outstanding for this long, then waits until all are
     * delivered; returns how many were delivered in that time.
     */
    private long saturate(double durationSeconds) throws IOException {
        phase = Phase.SATURATION;
        resetDeliveries();
        long started = System.nanoTime();
        long end = started + seconds(durationSeconds);
        long now = started;
        while (now < end) {
            while (expectedDeliveries - delivered < plan.saturationWindow) {
                broadcast();
            }
            poll(end + DRAIN_LIMIT.toNanos(), "saturating broadcasts");
            now = System.nanoTime();
        }
        long deliveredInTime = delivered;
        saturatedNanos = now - started;
        drainDeliveries("saturation");
        return deliveredInTime;
    }

    private void resetDeliveries() {
        delivered = 0;
        deliveredBytes = 0;
        expectedDeliveries = 0;
    }

    /** The next online user (round robin) changes status; its status text carries the send time. */
    private void broadcast() throws IOException {
        int user = online[nextSender++ % online.length];
        loop.send(clients[user], "<presence><status>" + BROADCAST_MARK + System.nanoTime() + "</status></presence>");
        expectedDeliveries += onlineContacts[user].length;
    }

    private void drainDeliveries(String what) throws IOException {
        await(what + " deliveries (" + expectedDeliveries + " expected)", DRAIN_LIMIT,
                () -> delivered >= expectedDeliveries);
    }

    /** Each online user probes its online contacts in turn, at a fixed total rate; every probe must be answered. */
    private void probes() throws IOException {
        ServerCpu.Mark before = cpu.mark();
        probeAtFixedRate(plan.probeSeconds);
        long used = before.usedNanos();
        results.put(Metric.PROBE_P50_MS, probeTimes.percentile(50) / 1e6);
        results.put(Metric.PROBE_P99_MS, probeTimes.percentile(99) / 1e6);
        results.put(Metric.CPU_US_PER_PROBE, used / 1e3 / probesSent);
        results.put(Metric.BYTES_PER_PROBE_ANSWER, (double) probeBytes / probesAnswered);
        results.put(Metric.PROBES_SENT, (double) probesSent);
        results.put(Metric.PROBES_ANSWERED, (double) probesAnswered);
        log("probes: " + probesSent + " sent, " + probesAnswered + " answered, server CPU " + used / 1_000_000
                + " ms" + before.split());
    }

    /** Probes for this long at {@link LoadPlan#probesPerSecond}, then waits until every probe is answered. */
    private void probeAtFixedRate(double durationSeconds) throws IOException {
        phase = Phase.PROBES;
        probeTimes = new Percentiles();
        probesInFlight.clear();
        probesSent = 0;
        probesAnswered = 0;
        probeBytes = 0;
        int[] cursor = new int[roster.users()];
        int nextProber = 0;
        long started = System.nanoTime();
        long end = started + seconds(durationSeconds);
        long now = started;
        while (now < end) {
            double due = plan.probesPerSecond * (now - started) / 1e9;
            while (probesSent < due) {
                int prober = online[nextProber++ % online.length];
                int[] targets = onlineContacts[prober];
                int target = targets[cursor[prober]++ % targets.length];
                probesInFlight.computeIfAbsent(key(prober, target), k -> new ArrayDeque<>()).add(System.nanoTime());
                loop.send(clients[prober], "<presence type='probe' to='" + RingRoster.name(target) + "@localhost'/>");
                probesSent++;
            }
            poll(end + DRAIN_LIMIT.toNanos(), "probes");
            now = System.nanoTime();
        }
        await("answers to all " + probesSent + " probes", DRAIN_LIMIT, () -> probesAnswered >= probesSent);
    }

    private long key(int prober, int target) {
        return (long) prober * roster.users() + target;
    }

    /**
     * Wave by wave, users log out (done when all their online contacts saw it) and log in again at once (done,
     * per user, when the presence of every online contact and, in (b), the replayed offline presence of every
     * absent contact arrived). Server CPU covers all waves, logouts included.
     */
    private void reloginWaves() throws IOException {
        ServerCpu.Mark before = cpu.mark();
        reloginEveryOnlineUser();
        long used = before.usedNanos();
        int logins = loginTimes.count();
        results.put(Metric.LOGIN_P50_MS, loginTimes.percentile(50) / 1e6);
        results.put(Metric.LOGIN_P99_MS, loginTimes.percentile(99) / 1e6);
        results.put(Metric.CPU_MS_PER_RELOGIN, used / 1e6 / logins);
        results.put(Metric.PRESENCES_PER_LOGIN, (double) loginPresences / logins);
        results.put(Metric.RELOGINS, (double) logins);
        log("relogin: " + logins + " logins, server CPU " + used / 1_000_000 + " ms" + before.split());
    }

    /** Every online user logs out and in again once, wave by wave; login times and presences are counted anew. */
    private void reloginEveryOnlineUser() throws IOException {
        loginTimes = new Percentiles();
        loginPresences = 0;
        for (int[] wave : roster.reloginWaves()) {
            phase = Phase.LOGOUT;
            waveUnavailables = 0;
            closed = 0;
            long unavailables = 0;
            for (int user : wave) {
                inWave[user] = true;
                unavailables += onlineContacts[user].length;
                loop.logout(clients[user], "<presence type='unavailable'/>");
            }
            long expected = unavailables;
            await("logouts of a wave of " + wave.length, LOGIN_LIMIT,
                    () -> waveUnavailables >= expected && closed == wave.length);
            phase = Phase.RELOGIN;
            waveLogins = 0;
            for (int user : wave) {
                LoadClient client = clients[user];
                client.presenceFrom.clear();
                client.presencesAwaited = onlineContacts[user].length
                        + (replaysExpected ? roster.absentContactsOf(user).length : 0);
                client.loginCounted = false;
                loop.connect(client);
            }
            try {
                await("relogins of a wave of " + wave.length, LOGIN_LIMIT, () -> waveLogins == wave.length);
            } catch (IOException e) {
                throw new IOException(e.getMessage() + "; still logging in: " + stuckLogins(wave), e);
            }
            for (int user : wave) {
                inWave[user] = false;
            }
        }
    }

    /** One by one, so the server never writes a contact's unavailable presence to a socket already closed. */
    private void logoutAll() throws IOException {
        phase = Phase.END;
        closed = 0;
        for (int i = 0; i < online.length; i++) {
            loop.logout(clients[online[i]], "<presence type='unavailable'/>");
            int done = i + 1;
            await("user " + clients[online[i]].name + " to log out", LOGIN_LIMIT, () -> closed == done);
        }
    }

    @Override
    public void loggedIn(LoadClient client, long nowNanos) {
        loggedIn++;
        if (phase == Phase.ABSENTEES) {
            try {
                loop.logout(client, "<presence type='unavailable'/>");
            } catch (IOException e) {
                failure = client.name + " could not log out: " + e;
            }
        } else if (phase == Phase.RELOGIN && client.presencesAwaited == 0) {
            loginDone(client, nowNanos);
        }
    }

    @Override
    public void received(LoadClient client, String stanza, long nowNanos) {
        if (!stanza.startsWith("<presence")) {
            if (phase == Phase.SETTLE && stanza.startsWith("<iq") && "settle".equals(Xml.attribute(stanza, "id"))) {
                pongs++;
            }
            return;
        }
        int sender = RingRoster.indexOf(Xml.attribute(stanza, "from"));
        // The server echoes a user's own presence to its resources (RFC 6121): not a contact's presence.
        if (sender < 0 || sender == client.user) {
            return;
        }
        String type = Xml.attribute(stanza, "type");
        switch (phase) {
            case SETTLE:
                if (type == null && !roster.isAbsentee(sender) && !client.presenceFrom.get(sender)) {
                    client.presenceFrom.set(sender);
                    settled++;
                }
                break;
            case FIXED:
            case SATURATION:
                String status = type == null ? Xml.childText(stanza, "status") : null;
                if (status != null && status.startsWith(BROADCAST_MARK)) {
                    delivered++;
                    deliveredBytes += stanza.length();
                    if (phase == Phase.FIXED) {
                        latencies.add(nowNanos - Long.parseLong(status.substring(BROADCAST_MARK.length())));
                    }
                }
                break;
            case PROBES:
                ArrayDeque<Long> sent = probesInFlight.get(key(client.user, sender));
                if (sent != null && !sent.isEmpty()) {
                    probeTimes.add(nowNanos - sent.poll());
                    probesAnswered++;
                    probeBytes += stanza.length();
                }
                break;
            case LOGOUT:
                if ("unavailable".equals(type) && inWave[sender] && !inWave[client.user]) {
                    waveUnavailables++;
                }
                break;
            case RELOGIN:
                if (inWave[client.user] && !client.presenceFrom.get(sender) && awaitedAtLogin(sender, type)) {
                    client.presenceFrom.set(sender);
                    loginPresences++;
                    if (--client.presencesAwaited == 0) {
                        loginDone(client, nowNanos);
                    }
                }
                break;
            default:
                break;
        }
    }

    /** Who of the wave has not finished logging in: at which step, and whose presence is missing. */
    private String stuckLogins(int[] wave) {
        StringBuilder stuck = new StringBuilder();
        for (int user : wave) {
            LoadClient client = clients[user];
            if (client.loginCounted) {
                continue;
            }
            stuck.append(client.name).append(" at ").append(client.step).append(" missing");
            for (int contact : onlineContacts[user]) {
                if (!client.presenceFrom.get(contact)) {
                    stuck.append(' ').append(RingRoster.name(contact));
                }
            }
            if (replaysExpected) {
                for (int contact : roster.absentContactsOf(user)) {
                    if (!client.presenceFrom.get(contact)) {
                        stuck.append(' ').append(RingRoster.name(contact)).append(" (replay)");
                    }
                }
            }
            stuck.append("; ");
        }
        return stuck.toString();
    }

    /** Online contacts send their presence; absent ones (b only) their replayed offline presence. */
    private boolean awaitedAtLogin(int sender, String type) {
        return roster.isAbsentee(sender) ? replaysExpected && "unavailable".equals(type) : type == null;
    }

    private void loginDone(LoadClient client, long nowNanos) {
        if (!client.loginCounted) {
            client.loginCounted = true;
            loginTimes.add(nowNanos - client.loginStartedNanos);
            waveLogins++;
        }
    }

    @Override
    public void closed(LoadClient client, long nowNanos) {
        closed++;
        if (phase != Phase.ABSENTEES && phase != Phase.LOGOUT && phase != Phase.END) {
            failure = "the server closed the stream of " + client.name + " during " + phase;
        }
    }

    private void await(String what, Duration limit, BooleanSupplier done) throws IOException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (!done.getAsBoolean()) {
            poll(deadline, what);
        }
    }

    private void poll(long deadlineNanos, String what) throws IOException {
        if (failure != null) {
            throw new IOException(failure);
        }
        if (System.nanoTime() - deadlineNanos > 0) {
            throw new IOException("Timed out waiting for " + what);
        }
        loop.poll(1);
    }

    private static long seconds(double value) {
        return (long) (value * 1e9);
    }

    /** With the time of day, so a phase can be found in the server's log and flight recording. */
    private static void log(String line) {
        System.out.println(LocalTime.now().truncatedTo(ChronoUnit.MILLIS) + " " + line);
    }
}
