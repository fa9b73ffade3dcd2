package dev.atj.llm;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.atj.data.Datasets;
import java.util.List;
import org.junit.jupiter.api.Test;

class CharTokenizerTest {

    @Test
    void idsFollowCodePointOrder() {
        CharTokenizer chars = CharTokenizer.fromText("hello world");
        assertEquals(" dehlorw", chars.characters());
        assertArrayEquals(new int[] {3, 5, 4, 1}, chars.encode("hold"));
        assertEquals(List.of("h", "o", "l", "d"), chars.tokens("hold"));
    }

    @Test
    void novelRoundTrips() {
        String novel = Datasets.text("pride-and-prejudice");
        CharTokenizer chars = CharTokenizer.fromText(novel);
        assertEquals(novel, chars.decode(chars.encode(novel)));
        assertTrue(chars.vocabularySize() < 100, chars.toString());
    }

    @Test
    void rebuiltFromCharactersGivesSameIds() {
        CharTokenizer chars = CharTokenizer.fromText("naïve café 😀");
        CharTokenizer again = CharTokenizer.of(chars.characters());
        assertArrayEquals(chars.encode("café 😀"), again.encode("café 😀"));
    }

    @Test
    void unknownCharacterIsNamed() {
        CharTokenizer chars = CharTokenizer.fromText("abc");
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> chars.encode("abz"));
        assertTrue(error.getMessage().contains("'z'"), error.getMessage());
        assertThrows(IllegalArgumentException.class, () -> chars.decode(new int[] {3}));
    }
}
