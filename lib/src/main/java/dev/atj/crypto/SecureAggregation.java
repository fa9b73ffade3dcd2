package dev.atj.crypto;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * A secure sum and mean among simulated parties, with additive secret sharing: every party
 * splits its input into one random share per party and sends one to each; every party adds
 * up what it received and publishes that partial sum; the partial sums add up to the total.
 * No party sees another's input, only uniformly random shares, yet everyone learns the
 * total (and so the mean).
 *
 * <p>Inputs may have up to six decimals: they are shared as whole numbers of millionths
 * (fixed point) modulo {@link AdditiveSharing#DEFAULT_MODULUS}. The protocol runs when the
 * aggregation is made; this is an honest-but-curious simulation in one JVM (no network,
 * no protection against parties that lie or drop out).
 *
 * <pre>{@code
 * Map<String, Double> patients = Map.of("Hospital A", 120.0, "Hospital B", 75.0, "Hospital C", 210.0);
 * SecureAggregation run = SecureAggregation.seeded(patients, 42);   // or .of(patients) for real use
 * run.total();         // 405.0
 * run.mean();          // 135.0
 * run.sharesSeen();    // what each hospital received: random-looking numbers
 * }</pre>
 */
public final class SecureAggregation {
    /** Inputs are multiplied by this before sharing: six decimals survive. */
    public static final long FIXED_POINT_SCALE = 1_000_000L;

    private final AdditiveSharing sharing;
    private final List<Party> parties = new ArrayList<>();
    private final BigInteger total;

    private SecureAggregation(Map<String, ? extends Number> inputs, AdditiveSharing sharing) {
        if (inputs == null || inputs.size() < 2) {
            throw new IllegalArgumentException("A secure sum needs at least 2 parties, got "
                    + (inputs == null ? 0 : inputs.size()) + ". Give one input per party, keyed by name.");
        }
        this.sharing = sharing;
        Map<String, Party> byName = new LinkedHashMap<>();
        inputs.keySet().forEach(name -> byName.put(name, new Party(name, sharing.modulus())));
        inputs.forEach((sender, value) -> {
            List<BigInteger> shares = sharing.split(encode(sender, value), inputs.size());
            int i = 0;
            for (Party receiver : byName.values()) {
                receiver.receive(sender, shares.get(i++));
            }
        });
        parties.addAll(byName.values());
        total = sharing.combine(parties.stream().map(Party::partialSum).toList());
    }

    /**
     * Runs the protocol with {@link java.security.SecureRandom} shares.
     *
     * @param inputs each party's private input, by party name (insertion order is kept
     *     when the map keeps it, for example a {@code LinkedHashMap})
     * @return the finished aggregation
     * @throws IllegalArgumentException for fewer than 2 parties or an input that is not a
     *     finite number
     */
    public static SecureAggregation of(Map<String, ? extends Number> inputs) {
        return new SecureAggregation(inputs, new AdditiveSharing());
    }

    /**
     * Runs the protocol with seeded, repeatable shares: FOR TEACHING ONLY (whoever knows the
     * seed can recompute every share).
     *
     * @param inputs each party's private input, by party name
     * @param seed the seed
     * @return the finished aggregation
     */
    public static SecureAggregation seeded(Map<String, ? extends Number> inputs, long seed) {
        return new SecureAggregation(inputs, new AdditiveSharing().seeded(seed));
    }

    /**
     * The sum of all inputs, rebuilt from the published partial sums.
     *
     * @return the total, to six decimals
     */
    public double total() {
        return new BigDecimal(sharing.signed(total)).divide(BigDecimal.valueOf(FIXED_POINT_SCALE)).doubleValue();
    }

    /**
     * The mean of the inputs: the total over the (public) number of parties.
     *
     * @return the mean
     */
    public double mean() {
        return total() / parties.size();
    }

    /**
     * The simulated parties, in input order.
     *
     * @return the parties (read-only)
     */
    public List<Party> parties() {
        return List.copyOf(parties);
    }

    /**
     * What each party received: one row per (receiver, sender) with the share and the share
     * as a fraction of the modulus, which is uniform on [0, 1) whatever the inputs were.
     *
     * @return a table with columns {@code party}, {@code from}, {@code share},
     *     {@code share_fraction}
     */
    public Table sharesSeen() {
        StringColumn party = StringColumn.create("party");
        StringColumn from = StringColumn.create("from");
        StringColumn share = StringColumn.create("share");
        DoubleColumn fraction = DoubleColumn.create("share_fraction");
        BigDecimal modulus = new BigDecimal(sharing.modulus());
        for (Party receiver : parties) {
            receiver.received().forEach((sender, value) -> {
                party.append(receiver.name());
                from.append(sender);
                share.append(value.toString());
                fraction.append(new BigDecimal(value).divide(modulus, 12, RoundingMode.HALF_EVEN).doubleValue());
            });
        }
        return Table.create("Shares seen by each party", party, from, share, fraction);
    }

    /**
     * The partial sums the parties publish; they too look random, only their sum means
     * something.
     *
     * @return a table with columns {@code party} and {@code partial_sum}
     */
    public Table partialSums() {
        StringColumn party = StringColumn.create("party");
        StringColumn sum = StringColumn.create("partial_sum");
        parties.forEach(p -> {
            party.append(p.name());
            sum.append(p.partialSum().toString());
        });
        return Table.create("Published partial sums", party, sum);
    }

    private static BigInteger encode(String party, Number value) {
        double number = value == null ? Double.NaN : value.doubleValue();
        if (!Double.isFinite(number)) {
            throw new IllegalArgumentException("The input of " + party + " is " + value + "; give a finite number.");
        }
        return BigDecimal.valueOf(number).movePointRight(6).setScale(0, RoundingMode.HALF_EVEN).toBigIntegerExact();
    }
}
