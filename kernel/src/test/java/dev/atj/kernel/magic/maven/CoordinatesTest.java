package dev.atj.kernel.magic.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.atj.kernel.magic.MagicException;
import java.util.List;
import org.eclipse.aether.artifact.Artifact;
import org.junit.jupiter.api.Test;

class CoordinatesTest {
    @Test
    void threeFourAndFivePartsAreRead() throws MagicException {
        List<Artifact> artifacts = Coordinates.parseAll(
                "a.b:c:1.0, a.b:c:pom:2.0   a.b:c:jar:linux-x86_64:3.0");

        assertEquals(List.of("a.b:c:1.0", "a.b:c:pom:2.0", "a.b:c:jar:linux-x86_64:3.0"),
                artifacts.stream().map(Coordinates::format).toList());
        assertEquals("linux-x86_64", artifacts.get(2).getClassifier());
        assertEquals("pom", artifacts.get(1).getExtension());
    }

    @Test
    void emptyPartsAndTooManyPartsAreRefused() {
        assertThrows(MagicException.class, () -> Coordinates.parse("a::1.0"));
        MagicException six = assertThrows(MagicException.class, () -> Coordinates.parse("a:b:c:d:e:f"));
        assertTrue(six.getMessage().contains("it has 6 parts"), six.getMessage());
    }

    @Test
    void onlyReleaseVersionsAreFixed() {
        assertTrue(MavenResolver.isFixed("3.17.0"));
        assertFalse(MavenResolver.isFixed("[1.0,2.0)"));
        assertFalse(MavenResolver.isFixed("1.0-SNAPSHOT"));
        assertFalse(MavenResolver.isFixed("LATEST"));
    }

    @Test
    void quotesKeepSpacesInsideOneArgument() throws MagicException {
        assertEquals(List.of("/opt/my lib/x.jar", "y.jar"), Arguments.split("\"/opt/my lib/x.jar\" 'y.jar'"));
        assertThrows(MagicException.class, () -> Arguments.split("\"open"));
    }
}
