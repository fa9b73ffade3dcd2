package dev.atj.crypto;

import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.Signature;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.crypto.params.AsymmetricKeyParameter;
import org.bouncycastle.crypto.params.ECPrivateKeyParameters;
import org.bouncycastle.crypto.params.Ed25519PrivateKeyParameters;
import org.bouncycastle.crypto.params.MLDSAPrivateKeyParameters;
import org.bouncycastle.crypto.params.MLKEMPrivateKeyParameters;
import org.bouncycastle.crypto.params.X25519PrivateKeyParameters;
import org.bouncycastle.crypto.util.PrivateKeyFactory;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/** Builds {@link KeyPairs#sizes()}: raw key, signature and ciphertext sizes measured on real keys. */
final class KeySizeTable {
    private static final byte[] MESSAGE = new byte[32];

    private final StringColumn algorithm = StringColumn.create("algorithm");
    private final StringColumn purpose = StringColumn.create("purpose");
    private final StringColumn family = StringColumn.create("family");
    private final IntColumn publicBytes = IntColumn.create("public key bytes");
    private final IntColumn privateBytes = IntColumn.create("private key bytes");
    private final IntColumn outputBytes = IntColumn.create("signature or ciphertext bytes");
    private final StringColumn notes = StringColumn.create("notes");

    private KeySizeTable() {
    }

    static Table build() {
        KeySizeTable table = new KeySizeTable();
        for (SignatureAlgorithm signature : SignatureAlgorithm.values()) {
            KeyPair keys = KeyPairs.generate(signature);
            boolean ecdsa = signature == SignatureAlgorithm.ECDSA_P256;
            table.add(signature.keyType(), "signature", keys,
                    ecdsa ? fixedLengthEcdsa(keys.getPrivate()) : Signatures.sign(keys.getPrivate(), MESSAGE).length,
                    ecdsa ? "fixed r||s form; the DER form from Signatures.sign is 70 to 72 bytes" : "");
        }
        KeyPair x25519 = X25519Agreement.generateKeyPair();
        table.add(AsymmetricKeyType.X25519, "key agreement", x25519, 32,
                "sends its public key instead of a ciphertext; 32-byte shared secret");
        KeyPair mlKem = Kem.generateKeyPair();
        table.add(AsymmetricKeyType.ML_KEM_768, "key encapsulation", mlKem,
                Kem.encapsulate(mlKem.getPublic()).ciphertext().length, "32-byte shared secret");
        return Table.create("Classical vs post-quantum key sizes", table.algorithm, table.purpose, table.family,
                table.publicBytes, table.privateBytes, table.outputBytes, table.notes);
    }

    private void add(AsymmetricKeyType type, String use, KeyPair keys, int output, String note) {
        algorithm.append(type.displayName());
        purpose.append(use);
        family.append(type.postQuantum() ? "post-quantum" : "classical");
        publicBytes.append(SubjectPublicKeyInfo.getInstance(keys.getPublic().getEncoded()).getPublicKeyData()
                .getOctets().length);
        privateBytes.append(rawPrivateKeyLength(keys.getPrivate()));
        outputBytes.append(output);
        notes.append(note);
    }

    private static int rawPrivateKeyLength(PrivateKey key) {
        AsymmetricKeyParameter parameters;
        try {
            parameters = PrivateKeyFactory.createKey(key.getEncoded());
        } catch (IOException e) {
            throw new CryptoException("Could not decode a freshly made " + key.getAlgorithm() + " key", e);
        }
        if (parameters instanceof Ed25519PrivateKeyParameters ed25519) {
            return ed25519.getEncoded().length;
        }
        if (parameters instanceof X25519PrivateKeyParameters x25519) {
            return x25519.getEncoded().length;
        }
        if (parameters instanceof ECPrivateKeyParameters ec) {
            return (ec.getParameters().getCurve().getFieldSize() + 7) / 8;
        }
        if (parameters instanceof MLDSAPrivateKeyParameters mlDsa) {
            return mlDsa.getEncoded().length;
        }
        if (parameters instanceof MLKEMPrivateKeyParameters mlKem) {
            return mlKem.getEncoded().length;
        }
        throw new IllegalStateException("No size rule for " + parameters.getClass().getSimpleName());
    }

    private static int fixedLengthEcdsa(PrivateKey key) {
        try {
            Signature signer = Signature.getInstance("SHA256withECDSAinP1363Format");
            signer.initSign(key);
            signer.update(MESSAGE);
            return signer.sign().length;
        } catch (GeneralSecurityException e) {
            throw new CryptoException("ECDSA signing failed: " + e.getMessage(), e);
        }
    }
}
