package org.lastpresence.bench.ab;

import java.util.ArrayList;
import java.util.List;

/** What one load-generator run does: accounts layout, phase lengths and rates; passed to the child as arguments. */
final class LoadPlan {
    final int users;
    final double warmUpSeconds;
    /** At most this many warm-up cycles, fewer once the server's JIT compiler has gone quiet. */
    final int warmUpCycles;
    final int contacts;
    final int absentEvery;
    final double fixedSeconds;
    final double saturationSeconds;
    final double probeSeconds;
    final double deliveriesPerSecond;
    final double probesPerSecond;
    final int saturationWindow;

    LoadPlan(int users, int contacts, int absentEvery, double warmUpSeconds, int warmUpCycles, double fixedSeconds,
             double saturationSeconds, double probeSeconds, double deliveriesPerSecond, double probesPerSecond,
             int saturationWindow) {
        this.users = users;
        this.contacts = contacts;
        this.absentEvery = absentEvery;
        this.warmUpSeconds = warmUpSeconds;
        this.warmUpCycles = warmUpCycles;
        this.fixedSeconds = fixedSeconds;
        this.saturationSeconds = saturationSeconds;
        this.probeSeconds = probeSeconds;
        this.deliveriesPerSecond = deliveriesPerSecond;
        this.probesPerSecond = probesPerSecond;
        this.saturationWindow = saturationWindow;
    }

    RingRoster roster() {
        return new RingRoster(users, contacts, absentEvery);
    }

    List<String> asArgs() {
        List<String> args = new ArrayList<>();
        args.add(Integer.toString(users));
        args.add(Integer.toString(contacts));
        args.add(Integer.toString(absentEvery));
        args.add(Double.toString(warmUpSeconds));
        args.add(Integer.toString(warmUpCycles));
        args.add(Double.toString(fixedSeconds));
        args.add(Double.toString(saturationSeconds));
        args.add(Double.toString(probeSeconds));
        args.add(Double.toString(deliveriesPerSecond));
        args.add(Double.toString(probesPerSecond));
        args.add(Integer.toString(saturationWindow));
        return args;
    }

    /** Reads the arguments {@link #asArgs()} wrote, starting at {@code from}. */
    static LoadPlan fromArgs(String[] args, int from) {
        return new LoadPlan(Integer.parseInt(args[from]), Integer.parseInt(args[from + 1]),
                Integer.parseInt(args[from + 2]), Double.parseDouble(args[from + 3]), Integer.parseInt(args[from + 4]),
                Double.parseDouble(args[from + 5]), Double.parseDouble(args[from + 6]),
                Double.parseDouble(args[from + 7]), Double.parseDouble(args[from + 8]),
                Double.parseDouble(args[from + 9]), Integer.parseInt(args[from + 10]));
    }
}
