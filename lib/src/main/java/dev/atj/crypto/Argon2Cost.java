package dev.atj.crypto;

import dev.atj.viz.Progress;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * How much work one Argon2id run costs (RFC 9106 §3.1): the three knobs that make each guess
 * of a password cracker slow and memory-hungry. One type for both uses of Argon2id in this
 * package: storing login passwords ({@link PasswordHasher}) and turning a password into an
 * encryption key ({@link PasswordEncryption}, {@link FileEncryption}).
 *
 * <ul>
 * <li><b>memory</b> ({@code m}, in KiB): the size of the block array every hash fills and
 *     reads back in a data-dependent order. It is what makes Argon2 <em>memory-hard</em>: a GPU
 *     or ASIC can run many cheap cores, but each parallel guess needs its own {@code m} of fast
 *     memory, so an attacker's throughput is bounded by memory size and bandwidth, not by
 *     core count.</li>
 * <li><b>iterations</b> ({@code t}): passes over that memory. Cost in time grows linearly;
 *     memory does not.</li>
 * <li><b>parallelism</b> ({@code p}): independent lanes. The reference implementation runs
 *     them on {@code p} threads; Bouncy Castle runs them one after another, so here a higher
 *     {@code p} adds no speed for us while an attacker with threads could use it. We keep
 *     {@code p = 1} for password storage.</li>
 * </ul>
 *
 * <p><b>What we chose and why.</b> {@link #DEFAULT} is OWASP's current recommendation for
 * Argon2id, m = 19 MiB, t = 2, p = 1 (Password Storage Cheat Sheet; OWASP lists other
 * settings with the same cracking cost, such as m = 46 MiB, t = 1). It costs 20 - 45 ms per
 * hash on one core of this project's 2-core test machine (pure Java, Bouncy Castle; see
 * docs/performance.md): slow enough that a CPU attacker makes only 20 - 50 guesses per
 * second per core, fast enough for a login, and 19 MiB fits easily in a notebook's heap.
 * RFC 9106's second recommendation (64 MiB, t = 3, p = 4) is stronger and four to seven
 * times slower here, where its lanes do not run in parallel; it is {@link #KEY_DERIVATION},
 * the default for encryption with a password. {@link #DEMO} (1 MiB, t = 1, about 1 ms) is for
 * notebooks that hash many passwords to show an idea; it is <em>not</em> for real passwords.
 *
 * <p><b>Limits.</b> Every cost, whether you build it or it is read from a stored hash or a
 * ciphertext header, must stay within 1 GiB of memory, {@value #MAX_ITERATIONS} passes and
 * {@value #MAX_PARALLELISM} lanes. An edited database row or a hostile ciphertext could
 * otherwise make a login or a decryption allocate gigabytes or run for hours; within the
 * limits the worst case is 1 GiB of heap and about two minutes of one core (2 s per pass over
 * 1 GiB on the test machine). Because the same check applies when writing and when reading,
 * whatever this library writes it can read back.
 * The largest preset of libsodium, the most common native library (1 GiB, t = 4), fits.
 *
 * <pre>{@code
 * PasswordHasher hasher = PasswordHasher.argon2id(Argon2Cost.DEFAULT);
 * Argon2Cost stronger = Argon2Cost.ofMiB(64, 3, 1);
 * PasswordEncryption cheapForTests = PasswordEncryption.defaults().withCost(Argon2Cost.DEMO);
 * Table speed = Argon2Cost.sweep();   // guesses per second at several costs, about 10 s
 * }</pre>
 *
 * @param memoryKiB memory per hash in KiB (1 KiB = 1024 bytes), at least 8 × parallelism and
 *     at most {@value #MAX_MEMORY_KIB} (1 GiB)
 * @param iterations passes over the memory, 1 to {@value #MAX_ITERATIONS}
 * @param parallelism lanes, 1 to {@value #MAX_PARALLELISM}
 */
public record Argon2Cost(int memoryKiB, int iterations, int parallelism) {
    /** The largest memory accepted, in KiB (1 GiB), so a tampered stored hash or header cannot exhaust the heap. */
    public static final int MAX_MEMORY_KIB = 1024 * 1024;
    /** The most lanes accepted; Bouncy Castle computes lanes one after another, so more buy nothing here. */
    public static final int MAX_PARALLELISM = 16;
    /** The most iterations accepted, so a tampered stored hash or header cannot stall us for hours. */
    public static final int MAX_ITERATIONS = 64;

    /** OWASP's recommendation for Argon2id password storage: m = 19 MiB, t = 2, p = 1. Our default for logins. */
    public static final Argon2Cost DEFAULT = new Argon2Cost(19 * 1024, 2, 1);
    /**
     * RFC 9106's second recommended option (§4): m = 64 MiB, t = 3, p = 4. Our default for
     * deriving an encryption key from a password ({@link PasswordEncryption},
     * {@link FileEncryption}).
     *
     * <p>Why more than {@link #DEFAULT}: a login hash runs on every sign-in, often many at once
     * on one server, so its cost is capped by what the server can afford per second. A key
     * derivation runs once per file or message, where a few tenths of a second do not matter.
     * And a stolen ciphertext is attacked offline, with no rate limit or account lock-out, for
     * as long as its contents are worth anything; a stolen password database at least can be
     * answered by resetting passwords. Every guess at this cost takes 64 MiB and three passes
     * (0.2 to 0.3 s on one core of the 2-core test machine). The four lanes are RFC 9106's
     * value; Bouncy Castle computes them one after another, so here they cost the same total
     * work as one lane would.
     */
    public static final Argon2Cost KEY_DERIVATION = new Argon2Cost(64 * 1024, 3, 4);
    /** A cheap cost for notebook demonstrations and tests only: m = 1 MiB, t = 1, p = 1. Not for real passwords. */
    public static final Argon2Cost DEMO = new Argon2Cost(1024, 1, 1);

    /**
     * Checks the ranges (see <b>Limits</b> above).
     *
     * @param memoryKiB memory per hash in KiB
     * @param iterations passes over the memory
     * @param parallelism lanes
     * @throws CryptoException if a parameter is out of range, with the allowed range
     */
    public Argon2Cost {
        if (parallelism < 1 || parallelism > MAX_PARALLELISM) {
            throw new CryptoException("Argon2 parallelism must be 1 to " + MAX_PARALLELISM + ", got "
                    + parallelism + ". Use 1 unless you know why you need more.");
        }
        if (iterations < 1 || iterations > MAX_ITERATIONS) {
            throw new CryptoException("Argon2 iterations must be 1 to " + MAX_ITERATIONS + ", got " + iterations
                    + ". OWASP recommends 2 (with 19 MiB of memory) for passwords, RFC 9106 3 (with 64 MiB)"
                    + " for keys.");
        }
        if (memoryKiB < 8 * parallelism || memoryKiB > MAX_MEMORY_KIB) {
            throw new CryptoException("Argon2 memory must be " + 8 * parallelism + " KiB (8 per lane) to "
                    + MAX_MEMORY_KIB + " KiB (1 GiB), got " + memoryKiB + " KiB. OWASP recommends 19456 KiB"
                    + " (19 MiB) for passwords, RFC 9106 65536 KiB (64 MiB) for keys.");
        }
    }

    /**
     * A cost with the memory given in MiB.
     *
     * @param memoryMiB memory per hash in MiB
     * @param iterations passes over the memory
     * @param parallelism lanes
     * @return the cost
     */
    public static Argon2Cost ofMiB(int memoryMiB, int iterations, int parallelism) {
        return new Argon2Cost(Math.multiplyExact(memoryMiB, 1024), iterations, parallelism);
    }

    /**
     * Whether this cost is below another in memory or in iterations, the two knobs that make a
     * guess expensive; {@link PasswordHasher#needsRehash} uses it.
     *
     * @param other the cost to compare against, usually the current default
     * @return true if this uses less memory or fewer iterations than {@code other}
     */
    public boolean isWeakerThan(Argon2Cost other) {
        return memoryKiB < other.memoryKiB || iterations < other.iterations;
    }

    /**
     * A short label such as {@code "m=19 MiB, t=2, p=1"}.
     *
     * @return the label
     */
    public String label() {
        String memory = memoryKiB % 1024 == 0 ? memoryKiB / 1024 + " MiB" : memoryKiB + " KiB";
        return "m=" + memory + ", t=" + iterations + ", p=" + parallelism;
    }

    /**
     * Measures how many Argon2id guesses per second one core of this machine makes at several
     * costs: {@link #DEMO}, 4 MiB with t = 1, {@link #DEFAULT}, OWASP's 46 MiB with t = 1, and
     * 64 MiB with t = 3; about 1.5 s each (10 s in all on a 2-core machine). Shows a progress bar.
     *
     * @return the table described in {@link #sweep(Duration, List)}
     */
    public static Table sweep() {
        return sweep(Duration.ofMillis(1500),
                List.of(DEMO, ofMiB(4, 1, 1), DEFAULT, ofMiB(46, 1, 1), ofMiB(64, 3, 1)));
    }

    /**
     * Measures how many Argon2id guesses per second one core of this machine makes at each
     * cost (see {@link PasswordHasher#guessesPerSecond}). Timings depend on the machine and its
     * load; they are for comparing costs, not for asserting.
     *
     * @param perCost how long to keep hashing at each cost (at least one hash is timed)
     * @param costs the costs to try
     * @return one row per cost: {@code cost} (label), {@code memory_mib}, {@code iterations},
     *     {@code parallelism}, {@code ms_per_guess} (2 decimals), {@code guesses_per_second}
     *     (1 decimal), and {@code days_for_1e9_guesses} (how long one core needs for a billion
     *     guesses, 1 decimal)
     */
    public static Table sweep(Duration perCost, List<Argon2Cost> costs) {
        StringColumn label = StringColumn.create("cost");
        DoubleColumn memory = DoubleColumn.create("memory_mib");
        IntColumn iterations = IntColumn.create("iterations");
        IntColumn parallelism = IntColumn.create("parallelism");
        DoubleColumn millis = DoubleColumn.create("ms_per_guess");
        DoubleColumn perSecond = DoubleColumn.create("guesses_per_second");
        DoubleColumn days = DoubleColumn.create("days_for_1e9_guesses");
        try (Progress bar = Progress.start("Argon2id cost sweep", costs.size())) {
            for (Argon2Cost cost : costs) {
                bar.note(cost.label());
                double rate = PasswordHasher.guessesPerSecond(cost, perCost);
                label.append(cost.label());
                memory.append(cost.memoryKiB / 1024.0);
                iterations.append(cost.iterations);
                parallelism.append(cost.parallelism);
                millis.append(round(1000 / rate, 2));
                perSecond.append(round(rate, 1));
                days.append(round(1e9 / rate / 86_400, 1));
                bar.step();
            }
        }
        return Table.create("Argon2id guesses per second, one core", label, memory, iterations, parallelism,
                millis, perSecond, days);
    }

    private static double round(double value, int decimals) {
        double scale = Math.pow(10, decimals);
        return Math.round(value * scale) / scale;
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "Argon2Cost[%s]", label());
    }
}
