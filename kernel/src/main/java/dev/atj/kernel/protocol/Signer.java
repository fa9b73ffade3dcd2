package dev.atj.kernel.protocol;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** HMAC signatures over the four JSON frames of a message, as the wire protocol defines. */
public final class Signer {
    private static final HexFormat HEX = HexFormat.of();
    private final SecretKeySpec key;
    private final String algorithm;

    private Signer(SecretKeySpec key, String algorithm) {
        this.key = key;
        this.algorithm = algorithm;
    }

    public static Signer of(String scheme, String key) {
        if (key == null || key.isEmpty()) {
            return new Signer(null, null);
        }
        String algorithm = switch (scheme) {
            case "hmac-sha256" -> "HmacSHA256";
            case "hmac-sha512" -> "HmacSHA512";
            case "hmac-sha1" -> "HmacSHA1";
            default -> throw new IllegalArgumentException("Unsupported signature scheme '" + scheme
                    + "'; use hmac-sha256");
        };
        return new Signer(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), algorithm), algorithm);
    }

    public String sign(List<byte[]> frames) {
        if (key == null) {
            return "";
        }
        Mac mac = newMac();
        frames.forEach(mac::update);
        return HEX.formatHex(mac.doFinal());
    }

    /** Compares in constant time so that a client cannot learn the signature byte by byte. */
    public boolean verify(String signature, List<byte[]> frames) {
        if (key == null) {
            return true;
        }
        byte[] expected = sign(frames).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, signature.getBytes(StandardCharsets.US_ASCII));
    }

    private Mac newMac() {
        try {
            Mac mac = Mac.getInstance(algorithm);
            mac.init(key);
            return mac;
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("This JDK cannot compute " + algorithm, e);
        }
    }
}
