package uk.breachreport.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class Utf8OrderTest {

  @Test
  void ordersByCodePointAsUtf8BytesDo() {
    List<String> strings = new ArrayList<>(List.of("b", "\uD83D\uDE00", "\uFFFD", "ab", "a", "",
        "\u00E9"));
    strings.sort(Utf8Order.INSTANCE);
    assertEquals(List.of("", "a", "ab", "b", "\u00E9", "\uFFFD", "\uD83D\uDE00"), strings);
    // String's own order puts the surrogate pair before U+FFFD.
    assertEquals(true, "\uD83D\uDE00".compareTo("\uFFFD") < 0);
  }
}
