package dev.atj.crypto;

/**
 * One way of storing passwords: makes stored strings with its parameters, checks a password
 * against a stored string of its kind, and tells whether a stored string used weaker
 * parameters than its own.
 */
sealed interface PasswordScheme permits PasswordArgon2id, PasswordBcrypt, PasswordScrypt {

    /** Whether {@code stored} is in this scheme's format (by its prefix only). */
    boolean recognises(String stored);

    /** A stored string for the password with a fresh random salt. */
    String hash(byte[] password);

    /** Whether the password matches; the final comparison takes constant time. */
    boolean verify(byte[] password, String stored);

    /** Whether {@code stored}, of this scheme, has weaker parameters than this scheme's own. */
    boolean weakerThanThis(String stored);

    /** A short description such as {@code "argon2id m=19 MiB, t=2, p=1"}. */
    String describe();
}
