package dev.atj.crypto;

import java.security.Provider;
import org.bouncycastle.jce.provider.BouncyCastleProvider;

/**
 * The one Bouncy Castle JCA provider this package asks for ML-DSA and ML-KEM keys. It is passed
 * to {@code getInstance(name, provider)} and never added with {@code Security.addProvider}, so the
 * JDK's own defaults stay untouched for every other caller in the JVM.
 */
final class PostQuantumProvider {
    static final Provider INSTANCE = new BouncyCastleProvider();

    private PostQuantumProvider() {
    }
}
