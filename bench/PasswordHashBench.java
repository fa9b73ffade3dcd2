import dev.atj.crypto.Argon2Cost;
import dev.atj.crypto.HashAlgorithm;
import dev.atj.crypto.Hashes;
import dev.atj.crypto.PasswordHasher;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;

/**
 * Speed of dev.atj.crypto's password hashing and plain hashing, on one thread. Run from the
 * repository root after `mvn -q -B -pl lib package -DskipTests`:
 *
 *   java -cp "lib/target/atj-lib.jar:lib/target/deps/*" bench/PasswordHashBench.java [SECONDS] [RUNS]
 *
 * - Password hashes per second (PasswordHasher.hash, fresh salt each time): Argon2id at
 *   Argon2Cost.DEFAULT (19 MiB, t=2, p=1), DEMO (1 MiB, t=1), and RFC 9106's second
 *   recommendation (64 MiB, t=3, p=4); bcrypt at cost 10 and 12; scrypt at N=2^15 and at our
 *   default N=2^17 (r=8, p=1). Each is hashed once untimed, then for SECONDS (default 3) or
 *   at least twice.
 * - Plain hashing MB/s (10^6 bytes per second) of a 64 MiB random array for every
 *   HashAlgorithm: one warm-up, then the median of RUNS (default 3).
 * Prints one line per measurement and one JSON object on its last line.
 */
public class PasswordHashBench {
    public static void main(String[] args) {
        double seconds = args.length > 0 ? Double.parseDouble(args[0]) : 3;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        Map<String, Double> results = new LinkedHashMap<>();

        Map<String, PasswordHasher> hashers = new LinkedHashMap<>();
        hashers.put("argon2id_default_19MiB_t2_p1", PasswordHasher.argon2id(Argon2Cost.DEFAULT));
        hashers.put("argon2id_demo_1MiB_t1_p1", PasswordHasher.argon2id(Argon2Cost.DEMO));
        hashers.put("argon2id_rfc9106_64MiB_t3_p4", PasswordHasher.argon2id(Argon2Cost.ofMiB(64, 3, 4)));
        hashers.put("bcrypt_cost10", PasswordHasher.bcrypt(10));
        hashers.put("bcrypt_cost12", PasswordHasher.bcrypt(12));
        hashers.put("scrypt_N2^15_r8_p1", PasswordHasher.scrypt(15, 8, 1));
        hashers.put("scrypt_default_N2^17_r8_p1", PasswordHasher.scrypt());
        for (Map.Entry<String, PasswordHasher> e : hashers.entrySet()) {
            double rate = hashesPerSecond(e.getValue(), seconds);
            results.put(e.getKey() + "_hashes_per_s", rate);
            System.out.printf(Locale.ROOT, "%-32s %8.1f hashes/s  (%7.1f ms each)%n", e.getKey(), rate, 1000 / rate);
        }

        byte[] data = new byte[64 << 20];
        new Random(1).nextBytes(data);
        for (HashAlgorithm algorithm : HashAlgorithm.values()) {
            double mbPerSecond = data.length / 1e6 / median(runs, () -> Hashes.hash(algorithm, data));
            results.put(algorithm.name().toLowerCase(Locale.ROOT) + "_MB_per_s", mbPerSecond);
            System.out.printf(Locale.ROOT, "%-32s %8.1f MB/s on 64 MiB%n", algorithm.displayName(), mbPerSecond);
        }
        System.out.println(results.entrySet().stream()
                .map(e -> String.format(Locale.ROOT, "\"%s\": %.1f", e.getKey(), e.getValue()))
                .collect(Collectors.joining(", ", "{\"java\": \"" + System.getProperty("java.version") + "\", ", "}")));
    }

    /** One untimed hash, then hashes for {@code seconds} (at least two); hashes per second. */
    static double hashesPerSecond(PasswordHasher hasher, double seconds) {
        hasher.hash("warm-up");
        long start = System.nanoTime();
        long elapsed;
        int count = 0;
        do {
            hasher.hash("password-" + count);
            count++;
            elapsed = System.nanoTime() - start;
        } while (elapsed < seconds * 1e9 || count < 2);
        return count / (elapsed / 1e9);
    }

    /** Runs once to warm up, then {@code runs} times; the median time in seconds. */
    static double median(int runs, Runnable work) {
        work.run();
        List<Double> times = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            work.run();
            times.add((System.nanoTime() - start) / 1e9);
        }
        double[] sorted = times.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(sorted);
        return sorted[runs / 2];
    }
}
