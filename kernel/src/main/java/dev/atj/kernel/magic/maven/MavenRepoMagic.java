package dev.atj.kernel.magic.maven;

import dev.atj.kernel.magic.LineMagic;
import dev.atj.kernel.magic.MagicContext;
import dev.atj.kernel.magic.MagicException;
import java.io.PrintStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.eclipse.aether.repository.RemoteRepository;

/** {@code %mavenRepo ID URL}: one more Maven repository for later %maven and %loadFromPOM calls. */
public final class MavenRepoMagic implements LineMagic {
    private final MavenResolver resolver;

    /** The magic as the kernel finds it (ServiceLoader): adds to the repositories %maven uses. */
    public MavenRepoMagic() {
        this(MavenResolver.shared());
    }

    MavenRepoMagic(MavenResolver resolver) {
        this.resolver = resolver;
    }

    @Override
    public String name() {
        return "mavenRepo";
    }

    @Override
    public String usage() {
        return "%mavenRepo ID URL";
    }

    @Override
    public String help() {
        return "Adds a Maven repository that later %maven and %loadFromPOM calls search after Maven Central, "
                + "e.g. %mavenRepo google https://maven.google.com/. The URL may be http(s), file: or a local folder. "
                + "An ID already in use is replaced (%mavenRepo central URL swaps Central for a mirror). "
                + "Without arguments, lists the repositories.";
    }

    @Override
    public void run(String args, MagicContext context) throws MagicException {
        PrintStream out = System.out;
        List<String> words = Arguments.split(args);
        if (words.isEmpty()) {
            resolver.repositories().forEach(r -> out.println(r.getId() + "  " + r.getUrl()));
            return;
        }
        if (words.size() != 2) {
            throw new MagicException("%mavenRepo takes an id and a URL, e.g. %mavenRepo google https://maven.google.com/ "
                    + "(got " + words.size() + " word" + (words.size() == 1 ? "" : "s") + ").");
        }
        String id = words.get(0);
        String url = url(words.get(1), context.workingDirectory());
        RemoteRepository repository = new RemoteRepository.Builder(id, "default", url).build();
        resolver.addRepository(repository).ifPresentOrElse(
                old -> out.println("Repository " + id + " now points to " + url + " (was " + old.getUrl() + ")"),
                () -> out.println("Added repository " + id + " (" + url + ")"));
    }

    /** An http(s) or file URL as given, or a local folder turned into a file URL. */
    private static String url(String text, Path workingDirectory) throws MagicException {
        try {
            URI uri = new URI(text);
            String scheme = uri.getScheme();
            if (scheme != null && scheme.length() > 1) {
                if (!List.of("http", "https", "file").contains(scheme.toLowerCase(java.util.Locale.ROOT))) {
                    throw new MagicException("'" + text + "' is a " + scheme + ": URL; Maven repositories are reached "
                            + "over https:, http: or file:.");
                }
                return text;
            }
        } catch (URISyntaxException notAUri) {
            // Perhaps a folder whose name has spaces: tried as a path below.
        }
        Path folder = workingDirectory.resolve(text).toAbsolutePath().normalize();
        if (!Files.isDirectory(folder)) {
            throw new MagicException("'" + text + "' is neither an https:// URL nor a folder (looked for " + folder + ").");
        }
        return folder.toUri().toString();
    }
}
