/**
 * Data security and privacy for learners, with safe defaults over real primitives: the JDK's
 * providers where they have the algorithm (AES-GCM, ChaCha20-Poly1305, SHA-2/SHA-3, HMAC,
 * Ed25519, X25519, ECDSA) and Bouncy Castle for what JDK 17 lacks (Argon2, BLAKE2b/BLAKE3,
 * bcrypt, scrypt, HKDF, ML-KEM, ML-DSA, PEM).
 *
 * <ul>
 *   <li>Encryption: {@link dev.atj.crypto.Aead} (AES-256-GCM or ChaCha20-Poly1305, random nonces
 *       chosen for you, a versioned self-describing {@link dev.atj.crypto.Ciphertext}),
 *       {@link dev.atj.crypto.PasswordEncryption} (Argon2id-derived keys),
 *       {@link dev.atj.crypto.FileEncryption} (segmented, all-or-nothing) and
 *       {@link dev.atj.crypto.ColumnEncryption} (one column of a Tablesaw table).</li>
 *   <li>Hashing and passwords: {@link dev.atj.crypto.Hashes}, {@link dev.atj.crypto.Hmac},
 *       {@link dev.atj.crypto.PasswordHasher} (Argon2id PHC strings, bcrypt, scrypt; constant-time
 *       verification) and {@link dev.atj.crypto.Pseudonymizer} (keyed-hash pseudonyms).</li>
 *   <li>Signatures and keys: {@link dev.atj.crypto.Signatures}, {@link dev.atj.crypto.KeyPairs}
 *       (generation, PEM), {@link dev.atj.crypto.X25519Agreement} (with HKDF),
 *       {@link dev.atj.crypto.Kem} (ML-KEM-768) and {@link dev.atj.crypto.SignedFile}.</li>
 *   <li>Computing on shared secrets: {@link dev.atj.crypto.Shamir},
 *       {@link dev.atj.crypto.AdditiveSharing} and {@link dev.atj.crypto.SecureAggregation}
 *       (simulated parties, honest but curious).</li>
 *   <li>Privacy of data: {@link dev.atj.crypto.KAnonymity} and {@link dev.atj.crypto.Generalize};
 *       differential privacy with {@link dev.atj.crypto.LaplaceMechanism} (snapping, after
 *       Mironov 2012), {@link dev.atj.crypto.GaussianMechanism},
 *       {@link dev.atj.crypto.DpQueries} and a {@link dev.atj.crypto.PrivacyBudget}. The DP code
 *       is ATJ's own, for learning: Google's differential-privacy library is not on the Maven
 *       mirror these machines reach; use it or OpenDP for real releases.</li>
 * </ul>
 *
 * <p>Failures throw {@link dev.atj.crypto.CryptoException} saying what to check; decryption never
 * returns partial plaintext and never leaves a partial file. Every {@code seeded(...)} variant is
 * for repeatable teaching only.
 */
package dev.atj.crypto;
