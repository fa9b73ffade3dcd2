package dev.atj.crypto;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A keyed message authentication code (RFC 2104 HMAC over SHA-256 or SHA-512, from the JDK).
 * Only someone with the key can make a tag that {@link #verify} accepts, so a tag proves a
 * message came from a key holder and was not changed.
 *
 * <pre>{@code
 * byte[] key = Hmac.newKey();
 * Hmac mac = Hmac.sha256(key);
 * byte[] tag = mac.tag("amount=100");
 * mac.verify("amount=100".getBytes(UTF_8), tag);   // true
 * mac.verify("amount=900".getBytes(UTF_8), tag);   // false
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class Hmac {
    private static final SecureRandom RANDOM = new SecureRandom();

    private final String algorithm;
    private final SecretKeySpec key;

    private Hmac(String algorithm, byte[] key) {
        Objects.requireNonNull(key, "key");
        if (key.length == 0) {
            throw new CryptoException("An HMAC key must not be empty; use Hmac.newKey() for a random 32-byte key.");
        }
        this.algorithm = algorithm;
        this.key = new SecretKeySpec(key.clone(), algorithm);
        newMac();
    }

    /**
     * HMAC-SHA-256 with the given key (32 random bytes is the usual choice).
     *
     * @param key the secret key, not empty; copied
     * @return the MAC
     */
    public static Hmac sha256(byte[] key) {
        return new Hmac("HmacSHA256", key);
    }

    /**
     * HMAC-SHA-512 with the given key (64 random bytes is the usual choice).
     *
     * @param key the secret key, not empty; copied
     * @return the MAC
     */
    public static Hmac sha512(byte[] key) {
        return new Hmac("HmacSHA512", key);
    }

    /**
     * A new random 32-byte key from {@link SecureRandom}. Keep it secret and keep it: a tag can
     * only be checked with the key that made it.
     *
     * @return 32 random bytes
     */
    public static byte[] newKey() {
        byte[] key = new byte[32];
        RANDOM.nextBytes(key);
        return key;
    }

    /**
     * The JDK name of the MAC, {@code "HmacSHA256"} or {@code "HmacSHA512"}.
     *
     * @return the algorithm name
     */
    public String algorithm() {
        return algorithm;
    }

    /**
     * The tag of some bytes.
     *
     * @param message the bytes to authenticate
     * @return the tag (32 bytes for SHA-256, 64 for SHA-512)
     */
    public byte[] tag(byte[] message) {
        return newMac().doFinal(Objects.requireNonNull(message, "message"));
    }

    /**
     * The tag of a text's UTF-8 bytes.
     *
     * @param message the text to authenticate
     * @return the tag
     */
    public byte[] tag(String message) {
        return tag(message.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The tag of a text's UTF-8 bytes, as lowercase hex.
     *
     * @param message the text to authenticate
     * @return the tag in hex
     */
    public String tagHex(String message) {
        return Hashes.toHex(tag(message));
    }

    /**
     * Whether a tag belongs to a message under this key, compared in constant time
     * ({@link MessageDigest#isEqual}) so that timing reveals nothing about the right tag.
     *
     * @param message the message as received
     * @param tag the tag as received
     * @return true only if the tag is exactly this key's tag of the message
     */
    public boolean verify(byte[] message, byte[] tag) {
        return MessageDigest.isEqual(tag(message), Objects.requireNonNull(tag, "tag"));
    }

    private Mac newMac() {
        try {
            Mac mac = Mac.getInstance(algorithm);
            mac.init(key);
            return mac;
        } catch (GeneralSecurityException e) {
            throw new CryptoException("The JDK could not set up " + algorithm + ": " + e.getMessage(), e);
        }
    }

    @Override
    public String toString() {
        return "Hmac[" + algorithm + ", key hidden]";
    }
}
