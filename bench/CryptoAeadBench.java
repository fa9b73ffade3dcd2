import dev.atj.crypto.Aead;
import dev.atj.crypto.AeadAlgorithm;
import dev.atj.crypto.Argon2Cost;
import dev.atj.crypto.Ciphertext;
import dev.atj.crypto.EncryptionKey;
import dev.atj.crypto.PasswordEncryption;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.TimeUnit;

/**
 * Throughput of dev.atj.crypto's authenticated encryption beside OpenSSL on the same machine.
 * Run from the repository root after `mvn -q -B -pl lib package -DskipTests`:
 *
 *   java -cp "lib/target/atj-lib.jar:lib/target/deps/*" bench/CryptoAeadBench.java [SECONDS] [RUNS]
 *
 * - Aead.encrypt and Aead.decrypt (header, random nonce, tag check included) of 16 KiB and
 *   1 MiB messages with AES-256-GCM and ChaCha20-Poly1305: each case is repeated for SECONDS
 *   (default 0.5) RUNS times (default 5) after one unmeasured run, and all cases are first run
 *   once unmeasured (JIT warm-up); the median run gives MB/s
 *   (10^6 bytes per second, OpenSSL's unit).
 * - `openssl speed -evp aes-256-gcm` and `-evp chacha20-poly1305` with -seconds 1, the 16384-byte
 *   column (median of 3 runs), and the ratio ours / OpenSSL for 16 KiB encryption. Target: AES-GCM at least 50 %.
 * - Argon2id key derivation at Argon2Cost.KEY_DERIVATION (PasswordEncryption's default): derivations per second
 *   (median of RUNS after one warm-up).
 * Prints a markdown table, then one JSON object on its last line.
 */
public class CryptoAeadBench {
    private static final int[] SIZES = {16 * 1024, 1024 * 1024};

    public static void main(String[] args) throws Exception {
        double seconds = args.length > 0 ? Double.parseDouble(args[0]) : 0.5;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        System.out.println(machine());

        EncryptionKey key = EncryptionKey.generate();
        warmUp(key, seconds);
        StringBuilder json = new StringBuilder("{");
        double aesRatio = Double.NaN;
        System.out.println("| algorithm | message | encrypt MB/s | decrypt MB/s | OpenSSL MB/s (16384 B) | encrypt / OpenSSL |");
        System.out.println("|---|---|---|---|---|---|");
        for (AeadAlgorithm algorithm : AeadAlgorithm.values()) {
            Double openssl = opensslMegabytesPerSecond(algorithm);
            for (int size : SIZES) {
                byte[] message = new byte[size];
                new Random(size).nextBytes(message);
                Aead box = Aead.of(key, algorithm);
                Ciphertext sealed = box.encrypt(message);
                double encrypt = megabytesPerSecond(size, seconds, runs, () -> box.encrypt(message));
                double decrypt = megabytesPerSecond(size, seconds, runs, () -> box.decrypt(sealed));
                String ratio = openssl == null || size != 16 * 1024 ? "" : String.format(Locale.ROOT, "%.0f %%",
                        100 * encrypt / openssl);
                System.out.printf(Locale.ROOT, "| %s | %s | %.0f | %.0f | %s | %s |%n", algorithm,
                        size == 16 * 1024 ? "16 KiB" : "1 MiB", encrypt, decrypt,
                        openssl == null ? "openssl not found" : String.format(Locale.ROOT, "%.0f", openssl), ratio);
                if (algorithm == AeadAlgorithm.AES_256_GCM && size == 16 * 1024 && openssl != null) {
                    aesRatio = encrypt / openssl;
                }
                String name = algorithm.name().toLowerCase(Locale.ROOT) + "_" + size;
                json.append(String.format(Locale.ROOT, "\"%s_encrypt_mb_s\": %.1f, \"%s_decrypt_mb_s\": %.1f, ",
                        name, encrypt, name, decrypt));
            }
            json.append(String.format(Locale.ROOT, "\"%s_openssl_mb_s\": %s, ",
                    algorithm.name().toLowerCase(Locale.ROOT), openssl == null ? "null" : String.format(Locale.ROOT, "%.1f", openssl)));
        }

        System.out.println(Double.isNaN(aesRatio) ? "\nTarget (AES-256-GCM >= 50 % of OpenSSL): not checked, no OpenSSL"
                : String.format(Locale.ROOT, "%nTarget (AES-256-GCM 16 KiB encryption >= 50 %% of OpenSSL): %s (%.0f %%)",
                        aesRatio >= 0.5 ? "met" : "NOT met", 100 * aesRatio));
        Argon2Cost cost = Argon2Cost.KEY_DERIVATION;
        PasswordEncryption locker = PasswordEncryption.defaults().withCost(cost);
        byte[] nothing = new byte[0];
        char[] password = "correct horse battery staple".toCharArray();
        double derivation = medianSeconds(runs, () -> locker.encrypt(nothing, password));
        System.out.printf(Locale.ROOT, "%nArgon2id at the key-derivation default (%s): %.3f s per derivation, %.2f derivations/s%n",
                cost.label(), derivation, 1 / derivation);
        json.append(String.format(Locale.ROOT, "\"argon2id_default_s\": %.4f, \"argon2id_default_per_s\": %.2f}",
                derivation, 1 / derivation));
        System.out.println(json);
    }

    /**
     * Runs every case once, unmeasured, so that the JIT has compiled the cipher code paths
     * (the JDK's AES-GCM and ChaCha20 CPU intrinsics only apply to compiled callers) before
     * any case is timed; otherwise the first case timed pays for the warm-up of all.
     */
    static void warmUp(EncryptionKey key, double seconds) {
        for (AeadAlgorithm algorithm : AeadAlgorithm.values()) {
            for (int size : SIZES) {
                byte[] message = new byte[size];
                Aead box = Aead.of(key, algorithm);
                Ciphertext sealed = box.encrypt(message);
                megabytesPerSecond(size, seconds, 1, () -> box.encrypt(message));
                megabytesPerSecond(size, seconds, 1, () -> box.decrypt(sealed));
            }
        }
    }

    /** Bytes processed per second over a median run of {@code seconds}, in 10^6 bytes. */
    static double megabytesPerSecond(int size, double seconds, int runs, Runnable work) {
        long budget = (long) (seconds * 1e9);
        double[] rates = new double[runs + 1];
        for (int run = 0; run <= runs; run++) {
            long start = System.nanoTime();
            long count = 0;
            long elapsed;
            do {
                work.run();
                count++;
                elapsed = System.nanoTime() - start;
            } while (elapsed < budget);
            rates[run] = count * (double) size / (elapsed / 1e9) / 1e6;
        }
        double[] measured = Arrays.copyOfRange(rates, 1, rates.length); // the first run warms up the JIT
        Arrays.sort(measured);
        return measured[measured.length / 2];
    }

    static double medianSeconds(int runs, Runnable work) {
        work.run();
        double[] times = new double[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            work.run();
            times[i] = (System.nanoTime() - start) / 1e9;
        }
        Arrays.sort(times);
        return times[runs / 2];
    }

    /**
     * The median of 3 runs of OpenSSL's 16384-byte figure for the same algorithm, in 10^6 bytes/s,
     * or null without openssl (one 1-second run swings by a third on a shared 2-core machine).
     */
    static Double opensslMegabytesPerSecond(AeadAlgorithm algorithm) {
        double[] runs = new double[3];
        for (int i = 0; i < runs.length; i++) {
            Double run = opensslOnce(algorithm);
            if (run == null) {
                return null;
            }
            runs[i] = run;
        }
        Arrays.sort(runs);
        return runs[1];
    }

    static Double opensslOnce(AeadAlgorithm algorithm) {
        String name = algorithm == AeadAlgorithm.AES_256_GCM ? "aes-256-gcm" : "chacha20-poly1305";
        List<String> command = List.of("openssl", "speed", "-evp", name, "-seconds", "1", "-bytes", "16384");
        try {
            Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                System.out.println("openssl speed " + name + " failed; no OpenSSL comparison");
                return null;
            }
            return parse16384Column(output, name);
        } catch (IOException e) {
            System.out.println("openssl is not installed (" + e.getMessage() + "); no OpenSSL comparison");
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    /** Finds the "16384 bytes" column in the header row and reads it from the algorithm's row. */
    static Double parse16384Column(String output, String name) {
        List<String> header = null;
        for (String line : output.split("\n")) {
            List<String> cells = new ArrayList<>(Arrays.asList(line.trim().split("\\s+")));
            if (line.startsWith("type")) {
                header = cells;
            } else if (header != null && line.toLowerCase(Locale.ROOT).startsWith(name)) {
                int column = header.indexOf("16384");
                // header: "type", then "<n>", "bytes" pairs; the data row: name, then one value per size
                int index = 1 + (column - 1) / 2;
                String value = cells.get(index);
                return Double.parseDouble(value.substring(0, value.length() - 1)) / 1000; // "1234.56k" = 1000s of bytes/s
            }
        }
        System.out.println("Could not find the 16384-byte column in openssl's output for " + name);
        return null;
    }

    static String machine() throws IOException {
        String cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                .findFirst().map(l -> l.substring(l.indexOf(':') + 1).trim()).orElse("unknown CPU");
        String load = Files.readString(Path.of("/proc/loadavg")).trim();
        return String.format("Machine: %s, %d cores, Java %s (%s), load average %s", cpu,
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
                System.getProperty("java.vm.name"), load);
    }
}
