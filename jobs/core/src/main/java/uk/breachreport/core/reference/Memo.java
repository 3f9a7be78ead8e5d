package uk.breachreport.core.reference;

import java.io.Serializable;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Answers already worked out from reference rules, by the text asked: councils repeat their
 * wording row after row and the patterns are slow. Bounded (a memo, not a store: cleared when
 * full), shared by an executor's threads (so concurrent), and not shipped with the rules: a
 * deserialised copy starts empty.
 */
public final class Memo<K, V> implements Serializable {

  private static final long serialVersionUID = 1L;

  private final int entries;
  private transient Map<K, V> answers;

  /** @param entries how many answers are kept before the memo starts again */
  public Memo(int entries) {
    this.entries = entries;
  }

  /** The answer for {@code key}, worked out by {@code answer} (never null) the first time. */
  public V get(K key, Function<? super K, ? extends V> answer) {
    Map<K, V> memo = answers;
    if (memo == null) {
      memo = new ConcurrentHashMap<>();
      answers = memo;
    }
    V known = memo.get(key);
    if (known == null) {
      known = answer.apply(key);
      if (memo.size() >= entries) {
        memo.clear();
      }
      memo.put(key, known);
    }
    return known;
  }
}
