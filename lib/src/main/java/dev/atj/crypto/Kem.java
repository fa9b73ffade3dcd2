package dev.atj.crypto;

import java.io.IOException;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import org.bouncycastle.crypto.SecretWithEncapsulation;
import org.bouncycastle.crypto.kems.MLKEMExtractor;
import org.bouncycastle.crypto.kems.MLKEMGenerator;
import org.bouncycastle.crypto.params.AsymmetricKeyParameter;
import org.bouncycastle.crypto.params.MLKEMPrivateKeyParameters;
import org.bouncycastle.crypto.params.MLKEMPublicKeyParameters;
import org.bouncycastle.crypto.util.PrivateKeyFactory;
import org.bouncycastle.crypto.util.PublicKeyFactory;

/**
 * ML-KEM (FIPS 203), the standardised post-quantum key encapsulation mechanism, with Bouncy Castle.
 * Where X25519 has both sides contribute a key, a KEM works one way: the sender takes the
 * recipient's public key and gets a fresh random 32-byte secret plus a ciphertext; the recipient
 * turns the ciphertext back into the same secret with the private key.
 *
 * <p>The secret is already uniform random bytes, so it can be used as an AES-256 key directly.
 * A damaged ciphertext or a wrong private key does not throw: ML-KEM's "implicit rejection" returns
 * an unrelated pseudorandom secret, so the mismatch shows up when the AEAD that uses the key fails
 * to decrypt, and an attacker learns nothing from error messages.
 *
 * <pre>{@code
 * KeyPair recipient = Kem.generateKeyPair();                      // ML-KEM-768
 * Kem.Encapsulation sent = Kem.encapsulate(recipient.getPublic());
 * byte[] received = Kem.decapsulate(recipient.getPrivate(), sent.ciphertext());
 * Arrays.equals(sent.sharedSecret(), received);                   // true
 * }</pre>
 */
public final class Kem {
    private static final SecureRandom RANDOM = new SecureRandom();

    private Kem() {
    }

    /**
     * What the sender gets from {@link Kem#encapsulate}.
     *
     * @param ciphertext send this to the recipient (1088 bytes for ML-KEM-768)
     * @param sharedSecret keep this: 32 secret bytes the recipient will also recover
     */
    public record Encapsulation(byte[] ciphertext, byte[] sharedSecret) {
        /**
         * Copies the arrays so later changes by the caller do not leak in.
         *
         * @param ciphertext the ciphertext
         * @param sharedSecret the shared secret
         */
        public Encapsulation {
            ciphertext = ciphertext.clone();
            sharedSecret = sharedSecret.clone();
        }

        /**
         * The ciphertext to send.
         *
         * @return a copy of the ciphertext
         */
        @Override
        public byte[] ciphertext() {
            return ciphertext.clone();
        }

        /**
         * The shared secret to keep.
         *
         * @return a copy of the 32-byte secret
         */
        @Override
        public byte[] sharedSecret() {
            return sharedSecret.clone();
        }

        /**
         * Says the sizes, never the secret.
         *
         * @return for example {@code Encapsulation[ciphertext=1088 bytes, sharedSecret=32 bytes (hidden)]}
         */
        @Override
        public String toString() {
            return "Encapsulation[ciphertext=" + ciphertext.length + " bytes, sharedSecret=" + sharedSecret.length
                    + " bytes (hidden)]";
        }
    }

    /**
     * Generates an ML-KEM-768 key pair (NIST security category 3, the general-purpose choice).
     *
     * @return a new key pair
     */
    public static KeyPair generateKeyPair() {
        return AsymmetricKeyType.ML_KEM_768.generate();
    }

    /**
     * Makes a fresh shared secret for the holder of {@code recipientPublicKey}.
     *
     * @param recipientPublicKey an ML-KEM public key (512, 768 or 1024)
     * @return the ciphertext to send and the secret to keep
     * @throws CryptoException if the key is not an ML-KEM public key
     */
    public static Encapsulation encapsulate(PublicKey recipientPublicKey) {
        requireMlKem(recipientPublicKey, "The recipient's public key");
        MLKEMPublicKeyParameters key;
        try {
            key = (MLKEMPublicKeyParameters) PublicKeyFactory.createKey(recipientPublicKey.getEncoded());
        } catch (IOException | IllegalArgumentException e) {
            throw new CryptoException("The ML-KEM public key could not be read: " + e.getMessage(), e);
        }
        SecretWithEncapsulation result = new MLKEMGenerator(RANDOM).generateEncapsulated(key);
        return new Encapsulation(result.getEncapsulation(), result.getSecret());
    }

    /**
     * Recovers the shared secret from a ciphertext. A wrong key or a changed ciphertext gives a
     * different, unrelated secret rather than an error (implicit rejection, see the class description).
     *
     * @param privateKey the recipient's ML-KEM private key
     * @param ciphertext the ciphertext from {@link #encapsulate}
     * @return the 32-byte shared secret
     * @throws CryptoException if the key is not an ML-KEM private key or the ciphertext has the wrong length
     */
    public static byte[] decapsulate(PrivateKey privateKey, byte[] ciphertext) {
        AsymmetricKeyType type = requireMlKem(privateKey, "The private key");
        AsymmetricKeyParameter key;
        try {
            key = PrivateKeyFactory.createKey(privateKey.getEncoded());
        } catch (IOException | IllegalArgumentException e) {
            throw new CryptoException("The ML-KEM private key could not be read: " + e.getMessage(), e);
        }
        MLKEMExtractor extractor = new MLKEMExtractor((MLKEMPrivateKeyParameters) key);
        if (ciphertext.length != extractor.getEncapsulationLength()) {
            throw new CryptoException("A " + type + " ciphertext is " + extractor.getEncapsulationLength()
                    + " bytes, but this one is " + ciphertext.length + "; it was cut short or made for another"
                    + " ML-KEM level.");
        }
        return extractor.extractSecret(ciphertext);
    }

    private static AsymmetricKeyType requireMlKem(java.security.Key key, String which) {
        AsymmetricKeyType type = AsymmetricKeyType.of(key);
        if (type != AsymmetricKeyType.ML_KEM_512 && type != AsymmetricKeyType.ML_KEM_768
                && type != AsymmetricKeyType.ML_KEM_1024) {
            throw new CryptoException(which + " is a " + type + " key, not an ML-KEM key; make one with"
                    + " Kem.generateKeyPair().");
        }
        return type;
    }
}
