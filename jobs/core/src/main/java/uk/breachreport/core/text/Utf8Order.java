package uk.breachreport.core.text;

import java.util.Comparator;

/**
 * Strings in the order of their UTF-8 bytes, which is Spark SQL's order for strings (and code
 * point order): a list sorted on the driver comes out as the same query sorting it in Spark would.
 * {@link String#compareTo} differs from it for characters above U+FFFF against U+E000-U+FFFF.
 */
public final class Utf8Order implements Comparator<String> {

  public static final Utf8Order INSTANCE = new Utf8Order();

  private Utf8Order() {}

  @Override
  public int compare(String a, String b) {
    int i = 0;
    int j = 0;
    while (i < a.length() && j < b.length()) {
      int x = a.codePointAt(i);
      int y = b.codePointAt(j);
      if (x != y) {
        return Integer.compare(x, y);
      }
      i += Character.charCount(x);
      j += Character.charCount(y);
    }
    return Integer.compare(a.length() - i, b.length() - j);
  }
}
