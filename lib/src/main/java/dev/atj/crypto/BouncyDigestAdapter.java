package dev.atj.crypto;

import java.security.MessageDigest;
import org.bouncycastle.crypto.Digest;

/**
 * Lets a Bouncy Castle lightweight digest be used as a JDK {@link MessageDigest}, so every
 * {@link HashAlgorithm} streams the same way without registering Bouncy Castle as a global
 * security provider.
 */
final class BouncyDigestAdapter extends MessageDigest {
    private final Digest digest;

    BouncyDigestAdapter(String name, Digest digest) {
        super(name);
        this.digest = digest;
    }

    @Override
    protected int engineGetDigestLength() {
        return digest.getDigestSize();
    }

    @Override
    protected void engineUpdate(byte input) {
        digest.update(input);
    }

    @Override
    protected void engineUpdate(byte[] input, int offset, int length) {
        digest.update(input, offset, length);
    }

    @Override
    protected byte[] engineDigest() {
        byte[] out = new byte[digest.getDigestSize()];
        digest.doFinal(out, 0);
        return out;
    }

    @Override
    protected void engineReset() {
        digest.reset();
    }
}
