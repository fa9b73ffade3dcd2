package dev.atj.crypto;

import java.security.GeneralSecurityException;
import java.security.Provider;
import java.security.Security;
import java.security.spec.AlgorithmParameterSpec;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * The two authenticated ciphers ATJ offers. Both take a 256-bit key and a 96-bit nonce and
 * add a 128-bit tag; both come from the JDK's own provider (SunJCE).
 *
 * <ul>
 * <li>{@link #AES_256_GCM}: AES in Galois/Counter Mode, the default. Modern x86 and ARM CPUs
 * have AES and carry-less multiply instructions, and the JVM uses them, so it is the fastest
 * choice there.</li>
 * <li>{@link #CHACHA20_POLY1305}: Daniel Bernstein's stream cipher with the Poly1305 MAC
 * (RFC 8439). Fast in plain software, a good choice on CPUs without AES instructions; TLS 1.3
 * and WireGuard use it.</li>
 * </ul>
 *
 * <pre>{@code
 * Aead box = Aead.of(EncryptionKey.generate(), AeadAlgorithm.CHACHA20_POLY1305);
 * }</pre>
 */
public enum AeadAlgorithm {
    /** AES-256 in Galois/Counter Mode (NIST SP 800-38D); the default everywhere in this package. */
    AES_256_GCM(1, "AES-256-GCM", "AES/GCM/NoPadding", "AES"),
    /** ChaCha20 with the Poly1305 authenticator, as in RFC 8439. */
    CHACHA20_POLY1305(2, "ChaCha20-Poly1305", "ChaCha20-Poly1305", "ChaCha20");

    /** Key length of both algorithms. */
    static final int KEY_BYTES = 32;
    /** Nonce length of both algorithms. */
    static final int NONCE_BYTES = 12;
    /** Authentication tag length of both algorithms. */
    static final int TAG_BYTES = 16;
    /** Plaintext bytes handed to the cipher per update() call when sealing. */
    private static final int UPDATE_CHUNK = 64 * 1024;

    private final int id;
    private final String displayName;
    private final String transformation;
    private final String keyAlgorithm;

    AeadAlgorithm(int id, String displayName, String transformation, String keyAlgorithm) {
        this.id = id;
        this.displayName = displayName;
        this.transformation = transformation;
        this.keyAlgorithm = keyAlgorithm;
    }

    /**
     * The usual name of the algorithm.
     *
     * @return for example {@code "AES-256-GCM"}
     */
    public String displayName() {
        return displayName;
    }

    @Override
    public String toString() {
        return displayName;
    }

    /** The byte that names this algorithm in a ciphertext header. */
    int id() {
        return id;
    }

    static AeadAlgorithm fromId(int id) {
        for (AeadAlgorithm algorithm : values()) {
            if (algorithm.id == id) {
                return algorithm;
            }
        }
        throw new CryptoException("The header names cipher number " + id + ", which this library does not know"
                + " (1 = AES-256-GCM, 2 = ChaCha20-Poly1305). The data was changed, or it was not made by"
                + " dev.atj.crypto.");
    }

    /**
     * The raw AEAD primitive: encrypts {@code plaintext} and appends the tag. The caller must
     * never use the same key and nonce twice; {@link Aead} and the other classes of this package
     * draw a fresh random nonce for every message, which is why this method is not public.
     */
    byte[] seal(byte[] key, byte[] nonce, byte[] aad, byte[] plaintext) {
        byte[] out = new byte[plaintext.length + TAG_BYTES];
        seal(key, nonce, aad, plaintext, 0, plaintext.length, out, 0);
        return out;
    }

    /** {@link #seal(byte[], byte[], byte[], byte[])} into {@code out} at {@code outOffset}; returns bytes written. */
    int seal(byte[] key, byte[] nonce, byte[] aad, byte[] in, int offset, int length, byte[] out, int outOffset) {
        try {
            Cipher cipher = cipher(Cipher.ENCRYPT_MODE, key, nonce);
            cipher.updateAAD(aad);
            // Large messages go through update() in 64 KiB pieces: the JIT then reaches the
            // CPU-instruction (intrinsic) code path after a few calls instead of many large ones
            // (measured on JDK 25: cold 1 MiB messages went from about 80 MB/s to several GB/s).
            int written = 0;
            int done = 0;
            while (length - done > UPDATE_CHUNK) {
                written += cipher.update(in, offset + done, UPDATE_CHUNK, out, outOffset + written);
                done += UPDATE_CHUNK;
            }
            return written + cipher.doFinal(in, offset + done, length - done, out, outOffset + written);
        } catch (GeneralSecurityException e) {
            throw new CryptoException(displayName + " encryption failed in the Java runtime: " + e.getMessage(), e);
        }
    }

    /**
     * The raw AEAD primitive in reverse: checks the tag at the end of {@code sealed} and returns
     * the plaintext only if it matches.
     *
     * @throws AEADBadTagException when the key, nonce, associated data or ciphertext differ from
     *     those used to seal; callers turn this into a {@link CryptoException} that says where
     */
    byte[] open(byte[] key, byte[] nonce, byte[] aad, byte[] sealed, int offset, int length)
            throws AEADBadTagException {
        try {
            Cipher cipher = cipher(Cipher.DECRYPT_MODE, key, nonce);
            cipher.updateAAD(aad);
            return cipher.doFinal(sealed, offset, length);
        } catch (AEADBadTagException e) {
            throw e;
        } catch (GeneralSecurityException e) {
            throw new CryptoException(displayName + " decryption failed in the Java runtime: " + e.getMessage(), e);
        }
    }

    byte[] open(byte[] key, byte[] nonce, byte[] aad, byte[] sealed) throws AEADBadTagException {
        return open(key, nonce, aad, sealed, 0, sealed.length);
    }

    private Cipher cipher(int mode, byte[] key, byte[] nonce) throws GeneralSecurityException {
        if (key.length != KEY_BYTES || nonce.length != NONCE_BYTES) {
            throw new IllegalArgumentException(displayName + " needs a " + KEY_BYTES + "-byte key and a "
                    + NONCE_BYTES + "-byte nonce, not " + key.length + " and " + nonce.length + " bytes.");
        }
        Cipher cipher = jdkCipher();
        AlgorithmParameterSpec parameters = this == AES_256_GCM
                ? new GCMParameterSpec(TAG_BYTES * 8, nonce)
                : new IvParameterSpec(nonce);
        cipher.init(mode, new SecretKeySpec(key, keyAlgorithm), parameters);
        return cipher;
    }

    // SunJCE by name: if another library registers Bouncy Castle first, the JDK's
    // intrinsic-backed implementation still does the work.
    private Cipher jdkCipher() throws GeneralSecurityException {
        Provider sunJce = Security.getProvider("SunJCE");
        try {
            return sunJce != null ? Cipher.getInstance(transformation, sunJce) : Cipher.getInstance(transformation);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new CryptoException("This Java runtime has no " + displayName + " cipher (\"" + transformation
                    + "\"). Use a standard JDK 17 or newer, or choose the other AeadAlgorithm.", e);
        }
    }
}
