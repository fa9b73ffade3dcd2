package dev.atj.crypto;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.function.Supplier;
import org.bouncycastle.crypto.digests.Blake2bDigest;
import org.bouncycastle.crypto.digests.Blake3Digest;

/**
 * The cryptographic hash functions {@link Hashes} offers. SHA-2 and SHA-3 come from the JDK
 * (with CPU intrinsics where the JVM has them); BLAKE2b and BLAKE3, which the JDK lacks, come
 * from Bouncy Castle's lightweight API.
 *
 * <pre>{@code
 * String hex = Hashes.hex(HashAlgorithm.BLAKE3, "abc");
 * MessageDigest digest = HashAlgorithm.SHA_256.newDigest();   // for streaming by hand
 * }</pre>
 */
public enum HashAlgorithm {
    /** SHA-256 (FIPS 180-4): 32-byte digest; the everyday default. */
    SHA_256("SHA-256", 32, () -> jdk("SHA-256")),
    /** SHA-512 (FIPS 180-4): 64-byte digest; faster than SHA-256 on 64-bit CPUs without SHA extensions. */
    SHA_512("SHA-512", 64, () -> jdk("SHA-512")),
    /** SHA3-256 (FIPS 202, Keccak): 32-byte digest; a different design from SHA-2, as a hedge. */
    SHA3_256("SHA3-256", 32, () -> jdk("SHA3-256")),
    /** BLAKE2b-512 (RFC 7693): 64-byte digest. */
    BLAKE2B_512("BLAKE2b-512", 64, () -> new BouncyDigestAdapter("BLAKE2b-512", new Blake2bDigest(512))),
    /** BLAKE3 with its default 32-byte output. */
    BLAKE3("BLAKE3", 32, () -> new BouncyDigestAdapter("BLAKE3", new Blake3Digest(256)));

    private final String displayName;
    private final int digestBytes;
    private final Supplier<MessageDigest> factory;

    HashAlgorithm(String displayName, int digestBytes, Supplier<MessageDigest> factory) {
        this.displayName = displayName;
        this.digestBytes = digestBytes;
        this.factory = factory;
    }

    /**
     * The usual name, for example {@code "SHA3-256"} or {@code "BLAKE3"}.
     *
     * @return the name
     */
    public String displayName() {
        return displayName;
    }

    /**
     * How long a digest is.
     *
     * @return the digest length in bytes
     */
    public int digestBytes() {
        return digestBytes;
    }

    /**
     * A fresh digest to feed with {@code update} calls. Not thread-safe: one per thread.
     *
     * @return a new {@link MessageDigest} for this algorithm
     */
    public MessageDigest newDigest() {
        return factory.get();
    }

    private static MessageDigest jdk(String name) {
        try {
            return MessageDigest.getInstance(name);
        } catch (NoSuchAlgorithmException e) {
            throw new CryptoException("This JDK has no " + name + " digest; run on JDK 17 or newer.", e);
        }
    }
}
