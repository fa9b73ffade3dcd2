package dev.atj.crypto;

import java.math.BigInteger;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One simulated participant of a {@link SecureAggregation}, for example a hospital. It
 * keeps its own input to itself, receives one additive share from every party (itself
 * included) and publishes only the sum of what it received.
 *
 * <pre>{@code
 * Party first = aggregation.parties().get(0);
 * first.received();     // {Hospital A=..., Hospital B=..., Hospital C=...}: random numbers
 * first.partialSum();   // what it publishes
 * }</pre>
 */
public final class Party {
    private final String name;
    private final Map<String, BigInteger> received = new LinkedHashMap<>();
    private final BigInteger modulus;

    Party(String name, BigInteger modulus) {
        this.name = name;
        this.modulus = modulus;
    }

    void receive(String from, BigInteger share) {
        received.put(from, share);
    }

    /**
     * The party's name.
     *
     * @return the name given with its input
     */
    public String name() {
        return name;
    }

    /**
     * Everything this party saw of the others' inputs: one share from each party, by
     * sender. Each is uniformly random modulo the sharing's modulus.
     *
     * @return shares by sender, in party order (read-only)
     */
    public Map<String, BigInteger> received() {
        return Collections.unmodifiableMap(received);
    }

    /**
     * The sum of the shares this party received, modulo the sharing's modulus: the only
     * number it publishes.
     *
     * @return the partial sum
     */
    public BigInteger partialSum() {
        return received.values().stream().reduce(BigInteger.ZERO, BigInteger::add).mod(modulus);
    }

    @Override
    public String toString() {
        return "Party " + name + " (received " + received.size() + " shares)";
    }
}
