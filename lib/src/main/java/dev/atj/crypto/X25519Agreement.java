package dev.atj.crypto;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.InvalidKeyException;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.PublicKey;
import javax.crypto.KeyAgreement;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.generators.HKDFBytesGenerator;
import org.bouncycastle.crypto.params.HKDFParameters;

/**
 * X25519 key agreement (RFC 7748): two parties each keep a private key, swap public keys, and both
 * compute the same shared secret, which an eavesdropper who saw only the public keys cannot.
 *
 * <p>Use {@link #deriveKey} rather than the raw secret as a key: the raw X25519 output is a curve
 * coordinate, not uniformly random bytes (some bits are biased), it is the same for every purpose
 * the two parties ever use it for, and it binds nothing about the context. HKDF-SHA256 (RFC 5869)
 * extracts the randomness into a uniform key and expands it with an {@code info} label, so the
 * "encryption" key and a "MAC" key made from one exchange are independent.
 *
 * <pre>{@code
 * KeyPair alice = X25519Agreement.generateKeyPair();
 * KeyPair bob = X25519Agreement.generateKeyPair();
 * SecretKey k1 = X25519Agreement.deriveKey(alice.getPrivate(), bob.getPublic(), "chat v1 AES key");
 * SecretKey k2 = X25519Agreement.deriveKey(bob.getPrivate(), alice.getPublic(), "chat v1 AES key");
 * Arrays.equals(k1.getEncoded(), k2.getEncoded());   // true
 * }</pre>
 */
public final class X25519Agreement {
    /** Length of keys from {@link #deriveKey(PrivateKey, PublicKey, String)}: 32 bytes, an AES-256 key. */
    public static final int KEY_BYTES = 32;

    private X25519Agreement() {
    }

    /**
     * Generates a fresh X25519 key pair (JDK provider).
     *
     * @return a new key pair; send the public key to the other party
     */
    public static KeyPair generateKeyPair() {
        return AsymmetricKeyType.X25519.generate();
    }

    /**
     * The raw X25519 output, for checking against test vectors or feeding your own key derivation.
     * Do not use it directly as a key (see the class description); use {@link #deriveKey}.
     *
     * @param myPrivateKey your X25519 private key
     * @param theirPublicKey the other party's X25519 public key
     * @return the 32-byte shared secret
     * @throws CryptoException if a key is not an X25519 key, or the public key is a low-order point
     *         (which would force an all-zero secret)
     */
    public static byte[] rawSharedSecret(PrivateKey myPrivateKey, PublicKey theirPublicKey) {
        requireX25519(myPrivateKey.getAlgorithm(), AsymmetricKeyType.of(myPrivateKey), "Your private key");
        requireX25519(theirPublicKey.getAlgorithm(), AsymmetricKeyType.of(theirPublicKey), "Their public key");
        try {
            KeyAgreement agreement = KeyAgreement.getInstance("X25519");
            agreement.init(myPrivateKey);
            agreement.doPhase(theirPublicKey, true);
            return agreement.generateSecret();
        } catch (InvalidKeyException e) {
            throw new CryptoException("X25519 refused the other party's public key (" + e.getMessage() + "); it is"
                    + " not a usable curve point, so no shared secret was made.", e);
        } catch (GeneralSecurityException e) {
            throw new CryptoException("X25519 key agreement failed: " + e.getMessage(), e);
        } catch (IllegalStateException e) {
            throw new CryptoException("X25519 produced an all-zero secret: the other party's public key is a"
                    + " low-order point. Reject that key.", e);
        }
    }

    /**
     * Agrees on a 32-byte key (AES-256) for one purpose: HKDF-SHA256 over the X25519 secret, with
     * no salt and {@code purpose} as the info label.
     *
     * @param myPrivateKey your X25519 private key
     * @param theirPublicKey the other party's X25519 public key
     * @param purpose a label both sides use, naming the protocol and what the key is for
     * @return a 32-byte key with algorithm name "AES"
     * @throws CryptoException if the keys are not X25519 keys or the public key is invalid
     */
    public static SecretKey deriveKey(PrivateKey myPrivateKey, PublicKey theirPublicKey, String purpose) {
        return deriveKey(myPrivateKey, theirPublicKey, new byte[0], purpose, KEY_BYTES);
    }

    /**
     * Agrees on a key of any length: HKDF-SHA256 (RFC 5869) with the given salt and info label over
     * the X25519 secret.
     *
     * @param myPrivateKey your X25519 private key
     * @param theirPublicKey the other party's X25519 public key
     * @param salt optional public randomness both sides know (may be empty)
     * @param purpose the info label naming the protocol and what the key is for
     * @param lengthBytes key length, 1 to 8160 bytes
     * @return the key, with algorithm name "AES"
     * @throws CryptoException if the keys are not X25519 keys or the public key is invalid
     * @throws IllegalArgumentException if {@code lengthBytes} is out of range
     */
    public static SecretKey deriveKey(PrivateKey myPrivateKey, PublicKey theirPublicKey, byte[] salt, String purpose,
            int lengthBytes) {
        if (lengthBytes < 1 || lengthBytes > 255 * 32) {
            throw new IllegalArgumentException("HKDF-SHA256 makes 1 to 8160 bytes, not " + lengthBytes + ".");
        }
        byte[] secret = rawSharedSecret(myPrivateKey, theirPublicKey);
        HKDFBytesGenerator hkdf = new HKDFBytesGenerator(new SHA256Digest());
        hkdf.init(new HKDFParameters(secret, salt, purpose.getBytes(StandardCharsets.UTF_8)));
        byte[] key = new byte[lengthBytes];
        hkdf.generateBytes(key, 0, lengthBytes);
        java.util.Arrays.fill(secret, (byte) 0);
        return new SecretKeySpec(key, "AES");
    }

    private static void requireX25519(String algorithm, AsymmetricKeyType type, String which) {
        if (type != AsymmetricKeyType.X25519) {
            throw new CryptoException(which + " is a " + type + " key (" + algorithm + "), not an X25519 key; make"
                    + " both with X25519Agreement.generateKeyPair().");
        }
    }
}
