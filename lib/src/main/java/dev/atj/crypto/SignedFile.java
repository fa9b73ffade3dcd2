package dev.atj.crypto;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Signs data files with a detached signature file beside them, and reads them back only after the
 * signature checks out, so a changed data file is never used. {@code data.csv} is signed into
 * {@code data.csv.sig}, a small text file naming the algorithm and holding the Base64 signature
 * over the file's exact bytes.
 *
 * <pre>{@code
 * KeyPair keys = KeyPairs.generate(SignatureAlgorithm.ED25519);
 * SignedFile.sign(Path.of("results.csv"), keys.getPrivate());          // writes results.csv.sig
 * String csv = SignedFile.readString(Path.of("results.csv"), keys.getPublic());
 * // after someone edits results.csv: CryptoException "results.csv does not match its signature ..."
 * }</pre>
 */
public final class SignedFile {
    /** The extension appended to the data file's name for its signature file. */
    public static final String SIGNATURE_EXTENSION = ".sig";

    private static final String HEADER = "ATJ detached signature v1";

    private SignedFile() {
    }

    /**
     * The signature file that belongs to a data file: the same path with {@code .sig} appended.
     *
     * @param dataFile the data file
     * @return its signature file's path
     */
    public static Path signatureFileFor(Path dataFile) {
        return dataFile.resolveSibling(dataFile.getFileName() + SIGNATURE_EXTENSION);
    }

    /**
     * Signs a file's current bytes and writes the signature file beside it (replacing an old one).
     * Nothing is written if signing fails.
     *
     * @param dataFile the file to sign
     * @param privateKey an Ed25519, ECDSA P-256 or ML-DSA private key
     * @return the signature file written
     * @throws CryptoException if the key cannot sign
     * @throws UncheckedIOException if the data cannot be read or the signature cannot be written
     */
    public static Path sign(Path dataFile, PrivateKey privateKey) {
        byte[] data = readBytes(dataFile);
        SignatureAlgorithm algorithm = SignatureAlgorithm.of(privateKey);
        byte[] signature = Signatures.sign(privateKey, data);
        String text = HEADER + "\n"
                + "algorithm: " + algorithm.displayName() + "\n"
                + "file: " + dataFile.getFileName() + "\n"
                + "bytes: " + data.length + "\n"
                + "signature: " + Base64.getEncoder().encodeToString(signature) + "\n";
        Path signatureFile = signatureFileFor(dataFile);
        try {
            Files.writeString(signatureFile, text, StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the signature file " + signatureFile, e);
        }
        return signatureFile;
    }

    /**
     * Checks a file against its signature file and throws unless it matches.
     *
     * @param dataFile the signed file
     * @param publicKey the signer's public key
     * @throws CryptoException if the signature file is missing or malformed, was made with another
     *         algorithm, or does not match the file's bytes and this key
     * @throws UncheckedIOException if the data file cannot be read
     */
    public static void verifyOrThrow(Path dataFile, PublicKey publicKey) {
        read(dataFile, publicKey);
    }

    /**
     * Reads a signed file, returning its bytes only after checking that exactly these bytes carry a
     * valid signature from {@code publicKey}.
     *
     * @param dataFile the signed file
     * @param publicKey the signer's public key
     * @return the verified contents
     * @throws CryptoException if the signature file is missing or malformed, or does not match
     * @throws UncheckedIOException if the data file cannot be read
     */
    public static byte[] read(Path dataFile, PublicKey publicKey) {
        Map<String, String> fields = readSignatureFile(dataFile);
        SignatureAlgorithm expected = SignatureAlgorithm.of(publicKey);
        String algorithm = fields.get("algorithm");
        if (!expected.displayName().equals(algorithm)) {
            throw new CryptoException(signatureFileFor(dataFile).getFileName() + " was made with " + algorithm
                    + " but the key given is a " + expected + " key; use the signer's " + algorithm + " public key.");
        }
        byte[] signature = decodeSignature(dataFile, fields.get("signature"));
        // The bytes checked are the bytes returned: no second read that could see a different file.
        byte[] data = readBytes(dataFile);
        if (!Signatures.verify(publicKey, data, signature)) {
            throw new CryptoException(dataFile.getFileName() + " does not match its signature "
                    + signatureFileFor(dataFile).getFileName() + ": the file was changed after signing, or it was"
                    + " signed with a different key. Its contents were not returned; do not use them.");
        }
        return data;
    }

    /**
     * Reads a signed text file (UTF-8) after checking its signature, as {@link #read} does.
     *
     * @param dataFile the signed file
     * @param publicKey the signer's public key
     * @return the verified text
     * @throws CryptoException if the signature file is missing or malformed, or does not match
     * @throws UncheckedIOException if the data file cannot be read
     */
    public static String readString(Path dataFile, PublicKey publicKey) {
        return new String(read(dataFile, publicKey), StandardCharsets.UTF_8);
    }

    private static Map<String, String> readSignatureFile(Path dataFile) {
        Path signatureFile = signatureFileFor(dataFile);
        String text;
        try {
            text = Files.readString(signatureFile, StandardCharsets.ISO_8859_1);
        } catch (NoSuchFileException e) {
            throw new CryptoException("No signature file " + signatureFile + " for " + dataFile.getFileName()
                    + "; an unsigned file cannot be verified. Ask the sender for it.", e);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the signature file " + signatureFile, e);
        }
        String[] lines = text.split("\n");
        if (!lines[0].strip().equals(HEADER)) {
            throw new CryptoException(signatureFile.getFileName() + " is not a signature file made by SignedFile.sign"
                    + " (its first line should be '" + HEADER + "').");
        }
        Map<String, String> fields = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            if (colon > 0) {
                fields.put(lines[i].substring(0, colon).strip(), lines[i].substring(colon + 1).strip());
            }
        }
        for (String required : new String[] {"algorithm", "signature"}) {
            if (!fields.containsKey(required)) {
                throw new CryptoException(signatureFile.getFileName() + " has no '" + required + ":' line; the"
                        + " signature file is damaged. Sign the data again.");
            }
        }
        return fields;
    }

    private static byte[] decodeSignature(Path dataFile, String base64) {
        try {
            return Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            throw new CryptoException("The signature in " + signatureFileFor(dataFile).getFileName() + " is not valid"
                    + " Base64 (" + e.getMessage() + "); the signature file is damaged.", e);
        }
    }

    private static byte[] readBytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + file, e);
        }
    }
}
