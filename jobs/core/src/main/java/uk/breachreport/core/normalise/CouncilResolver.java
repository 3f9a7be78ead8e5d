package uk.breachreport.core.normalise;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import uk.breachreport.core.model.Authority;
import uk.breachreport.core.normalise.NameTokens.Token;
import uk.breachreport.core.normalise.Resolution.Ambiguous;
import uk.breachreport.core.normalise.Resolution.NotCounted;
import uk.breachreport.core.normalise.Resolution.Resolved;
import uk.breachreport.core.normalise.Resolution.Unresolved;

/**
 * Finds the council a manifest entry, a file name or a file's first rows name, by register code or
 * by whole-token name. Never guesses: no fuzzy distance; a name two councils could own is
 * {@link Ambiguous}; when one match lies inside a longer one ("Lancashire" in "West Lancashire")
 * the longer wins.
 *
 * <p>Keys are each authority's name and aliases as written (full keys) and the same with generic
 * words such as "council" or "borough" removed (core keys). A core key is dropped when it is
 * shared, or when it is only the start of another council's name ("Newcastle City Council" gives
 * no core key "newcastle", which "Newcastle-under-Lyme" starts with).
 *
 * <p>Councils abolished before the register's day are found too, by code or by a name no council
 * in force claims: one abolished during the period resolves to its one successor in force, saying
 * so in {@code how}; one abolished before the period starts, or split between successors, is
 * {@link NotCounted}. Councils created after the day are not found.
 */
public final class CouncilResolver implements Serializable {

  private static final long serialVersionUID = 1L;
  /** In a file's resolved_how, what marks a predecessor's answer counted for its successor. */
  public static final String COUNTED_FOR = ", counted for ";

  private static final Pattern CODE =
      Pattern.compile("(?<![A-Za-z0-9])([EWSNewsn]\\d{8}|95[A-Za-z])(?![A-Za-z0-9])");

  /** Tokens that make a line look like a council's name rather than an address or a heading. */
  private static final Set<String> COUNCIL_WORDS =
      Set.of("council", "councils", "comhairle", "cyngor", "corporation", "borough");

  /** Words that start many council names, so a name that starts with one is no hint on its own. */
  private static final Set<String> COMMON_STARTS =
      Set.of(
          "north", "south", "east", "west", "mid", "central", "great", "greater", "new", "st",
          "isle", "isles", "vale", "forest", "castle", "three", "high", "and", "upon", "under",
          "on", "with", "in", "a", "y");

  private static final int PARTIAL_MIN_LENGTH = 4;

  private final Register register;
  private final Map<String, String> fullKeys;
  private final Map<String, String> coreKeys;
  private final Map<String, Set<String>> corePrefixes;
  /** Names of councils abolished before the period's last day, by the code of their register row. */
  private final Map<String, String> formerFullKeys;
  private final Map<String, String> formerCoreKeys;
  private final int longestKey;

  public CouncilResolver(Register register) {
    this.register = register;
    Map<String, Set<String>> full = new HashMap<>();
    Map<String, Set<String>> core = new HashMap<>();
    for (Authority a : register.all()) {
      addNames(full, core, a);
    }
    this.fullKeys = unique(full);
    this.coreKeys = coreKeys(core, fullKeys, full, core);
    this.corePrefixes = prefixes(core.entrySet().stream().toList());
    // Former councils' names are keys only where no council in force claims them, so "Somerset"
    // stays today's Somerset Council and a longer former name ("West Somerset") still wins.
    Map<String, Set<String>> formerFull = new HashMap<>();
    Map<String, Set<String>> formerCore = new HashMap<>();
    register.history().stream().filter(this::former).forEach(e -> addNames(formerFull, formerCore, e.authority()));
    Map<String, Set<String>> allFull = merged(full, formerFull);
    Map<String, Set<String>> allCore = merged(core, formerCore);
    Map<String, String> formerFullUnique = unique(formerFull);
    formerFullUnique.keySet().removeIf(k -> full.containsKey(k) || core.containsKey(k));
    this.formerFullKeys = formerFullUnique;
    Map<String, String> formerCoreUnique = coreKeys(formerCore, formerFullKeys, allFull, allCore);
    formerCoreUnique.keySet().removeIf(k -> full.containsKey(k) || core.containsKey(k));
    this.formerCoreKeys = formerCoreUnique;
    this.longestKey =
        Stream.of(fullKeys, coreKeys, formerFullKeys, formerCoreKeys)
            .flatMap(m -> m.keySet().stream())
            .mapToInt(k -> k.split(" ").length)
            .max()
            .orElse(0);
  }

  /** A council code or name as a manifest or a person writes it. */
  public Resolution resolve(String text) {
    if (text == null || text.isBlank()) {
      return new Unresolved(text == null ? "" : text);
    }
    Optional<String> byCode = knownCode(text.trim());
    if (byCode.isPresent()) {
      return of(byCode.get(), Resolution.MANIFEST);
    }
    return byName(text, Resolution.MANIFEST)
        .or(() -> partial(text))
        .orElseGet(() -> new Unresolved(text.trim()));
  }

  /**
   * A register code delimited anywhere in the path ({@code E06000045_foi.xlsx}, {@code
   * 95A-response.csv}), else a council name in the file name, else in the folders above it.
   */
  public Resolution fromFileName(String relativePath) {
    String path = relativePath.replace('\\', '/');
    Set<String> coded = new LinkedHashSet<>();
    Matcher m = CODE.matcher(path);
    while (m.find()) {
      knownCode(m.group(1)).ifPresent(coded::add);
    }
    if (coded.size() == 1) {
      return of(coded.iterator().next(), Resolution.CODE_IN_FILE_NAME);
    }
    if (coded.size() > 1) {
      return new Ambiguous(relativePath, byName(coded.stream().map(this::authority).toList()));
    }
    int slash = path.lastIndexOf('/');
    String fileName = withoutExtension(path.substring(slash + 1));
    String folders = slash < 0 ? "" : path.substring(0, slash);
    return byName(fileName, Resolution.NAME_IN_FILE_NAME)
        .or(() -> byName(folders, Resolution.NAME_IN_FILE_NAME))
        .or(() -> partial(fileName))
        .or(() -> partial(folders))
        .orElseGet(() -> new Unresolved(relativePath));
  }

  /**
   * A council name in the first rows of a file: the first line that looks like a council's name
   * ("... Council", "Comhairle ...", "Cyngor ...", "Borough of ...") and names one; failing that,
   * a line that is nothing but a council's name. An address line naming a town is not enough.
   */
  public Resolution fromContent(List<String> firstLines) {
    List<String> lines = firstLines.stream().filter(l -> l != null && !l.isBlank()).toList();
    for (String line : lines) {
      if (looksLikeCouncilName(line)) {
        Optional<Resolution> found = byName(line, Resolution.NAME_IN_CONTENT);
        if (found.isPresent()) {
          return found.get();
        }
      }
    }
    for (String line : lines) {
      Optional<String> whole = wholeName(line);
      if (whole.isPresent()) {
        return of(whole.get(), Resolution.NAME_IN_CONTENT);
      }
    }
    return new Unresolved("the first " + firstLines.size() + " lines of content");
  }

  private record Match(String code, int start, int end) {
    boolean inside(Match other) {
      return other.start <= start && end <= other.end && other.end - other.start > end - start;
    }
  }

  private Optional<Resolution> byName(String text, String how) {
    List<Token> full = NameTokens.tokens(text);
    List<Token> core = NameTokens.core(full);
    List<Match> matches = new ArrayList<>(find(full, fullKeys));
    matches.addAll(find(core, coreKeys));
    matches.addAll(find(full, formerFullKeys));
    matches.addAll(find(core, formerCoreKeys));
    List<Match> outermost =
        matches.stream().filter(m -> matches.stream().noneMatch(m::inside)).toList();
    Set<String> codes = new LinkedHashSet<>();
    outermost.forEach(m -> codes.add(m.code()));
    if (codes.isEmpty()) {
      return Optional.empty();
    }
    if (codes.size() == 1) {
      return Optional.of(of(codes.iterator().next(), how));
    }
    return Optional.of(new Ambiguous(text.strip(), byName(codes.stream().map(this::authority).toList())));
  }

  private List<Match> find(List<Token> tokens, Map<String, String> keys) {
    List<Match> out = new ArrayList<>();
    for (int i = 0; i < tokens.size(); i++) {
      // NameTokens.key of tokens i..end, grown a token at a time: every file name is looked up
      // this way, and building each key afresh was a tenth of reading 8,440 answers.
      StringBuilder key = new StringBuilder();
      for (int end = i + 1; end <= Math.min(tokens.size(), i + longestKey); end++) {
        key.append(end > i + 1 ? " " : "").append(tokens.get(end - 1).text());
        String code = keys.get(key.toString());
        if (code != null) {
          out.add(new Match(code, tokens.get(i).start(), tokens.get(end - 1).end()));
        }
      }
    }
    return out;
  }

  /**
   * A name no council owns but two or more start with, as whole tokens ("Newcastle", "Kingston",
   * "Cheshire") or as X / Xshire ("Richmond": Richmond upon Thames, Richmondshire).
   */
  private Optional<Resolution> partial(String text) {
    List<Token> core = NameTokens.core(NameTokens.tokens(text));
    for (int i = 0; i < core.size(); i++) {
      for (int end = Math.min(core.size(), i + longestKey); end > i; end--) {
        List<Token> fragment = core.subList(i, end);
        if (fragment.stream().allMatch(t -> COMMON_STARTS.contains(t.text()))
            || NameTokens.key(fragment).length() < PARTIAL_MIN_LENGTH) {
          continue;
        }
        Set<String> codes = new HashSet<>(corePrefixes.getOrDefault(NameTokens.key(fragment), Set.of()));
        if (fragment.size() == 1) {
          codes.addAll(corePrefixes.getOrDefault(fragment.get(0).text() + "shire", Set.of()));
          String shire = coreKeys.get(fragment.get(0).text() + "shire");
          if (shire != null) {
            codes.add(shire);
          }
        }
        if (codes.size() > 1) {
          String written = text.substring(fragment.get(0).start(), fragment.get(fragment.size() - 1).end());
          return Optional.of(new Ambiguous(written, byName(codes.stream().map(this::authority).toList())));
        }
      }
    }
    return Optional.empty();
  }

  private Optional<String> wholeName(String line) {
    List<Token> full = NameTokens.tokens(line);
    String fullKey = NameTokens.key(full);
    String coreKey = NameTokens.key(NameTokens.core(full));
    return Stream.of(fullKeys.get(fullKey), coreKeys.get(coreKey), formerFullKeys.get(fullKey), formerCoreKeys.get(coreKey))
        .filter(c -> c != null)
        .findFirst();
  }

  /**
   * The resolution for a register code: the council itself when in force; for a council abolished
   * during the period, its one successor in force, saying so in {@code how}; for one abolished
   * before the period starts, or split between several successors, {@link NotCounted}.
   */
  private Resolution of(String code, String how) {
    Optional<Authority> inForce = register.byCode(code);
    if (inForce.isPresent()) {
      return new Resolved(inForce.get(), how);
    }
    Register.Entry e = register.entry(code).orElseThrow();
    Authority a = e.authority();
    Optional<Period> period = register.period();
    if (period.isPresent() && e.end().isBefore(period.get().from())) {
      return new NotCounted(a, how, a.label() + " was abolished on " + e.end() + ", before the period "
          + period.get() + " starts: an answer from the wrong period");
    }
    List<Authority> successors = register.successorsInForce(code);
    if (successors.size() == 1) {
      return new Resolved(successors.get(0), how + ": " + a.name() + ", abolished " + e.end()
          + COUNTED_FOR + successors.get(0).name());
    }
    String names = successors.stream().map(Authority::label).collect(Collectors.joining(" and "));
    return new NotCounted(a, how, successors.isEmpty()
        ? a.label() + " was abolished on " + e.end() + " and the register names no successor in force"
        : a.label() + " was abolished on " + e.end() + " and split between " + names
            + ": its answer cannot be credited to one of them");
  }

  /** A register code, as the code of its row, when in force or a former council's. */
  private Optional<String> knownCode(String code) {
    return register.entry(code)
        .filter(e -> register.byCode(e.authority().code()).isPresent() || former(e))
        .map(e -> e.authority().code());
  }

  /** Abolished before the register's day: an answer naming it may belong to a successor. */
  private boolean former(Register.Entry e) {
    return register.day() != null && e.end() != null && e.end().isBefore(register.day());
  }

  private static boolean looksLikeCouncilName(String line) {
    return NameTokens.tokens(line).stream().anyMatch(t -> COUNCIL_WORDS.contains(t.text()));
  }

  private Authority authority(String code) {
    return register.entry(code).orElseThrow().authority();
  }

  private static void addNames(Map<String, Set<String>> full, Map<String, Set<String>> core, Authority a) {
    for (String name : names(a)) {
      List<Token> tokens = NameTokens.tokens(name);
      add(full, NameTokens.key(tokens), a.code());
      add(core, NameTokens.key(NameTokens.core(tokens)), a.code());
    }
  }

  /**
   * The unique core keys of {@code core}, less the empty one, those that are another council's
   * full key and those that only start another council's name among {@code allFull} and {@code
   * allCore}.
   */
  private static Map<String, String> coreKeys(Map<String, Set<String>> core,
      Map<String, String> fullUnique, Map<String, Set<String>> allFull, Map<String, Set<String>> allCore) {
    Map<String, Set<String>> allPrefixes =
        prefixes(Stream.concat(allFull.entrySet().stream(), allCore.entrySet().stream()).toList());
    Map<String, String> coreUnique = unique(core);
    coreUnique.entrySet()
        .removeIf(
            e -> e.getKey().isEmpty()
                || otherThan(e.getValue(), fullUnique.get(e.getKey()))
                || otherThan(e.getValue(), allPrefixes.get(e.getKey())));
    return coreUnique;
  }

  private static Map<String, Set<String>> merged(Map<String, Set<String>> a, Map<String, Set<String>> b) {
    Map<String, Set<String>> out = new HashMap<>();
    a.forEach((k, v) -> out.computeIfAbsent(k, x -> new HashSet<>()).addAll(v));
    b.forEach((k, v) -> out.computeIfAbsent(k, x -> new HashSet<>()).addAll(v));
    return out;
  }

  private static List<String> names(Authority a) {
    List<String> names = new ArrayList<>();
    names.add(a.name());
    names.addAll(a.aliases());
    return names;
  }

  private static List<Authority> byName(Collection<Authority> authorities) {
    return authorities.stream().sorted(Comparator.comparing(Authority::name)).toList();
  }

  private static void add(Map<String, Set<String>> keys, String key, String code) {
    keys.computeIfAbsent(key, k -> new HashSet<>()).add(code);
  }

  private static Map<String, String> unique(Map<String, Set<String>> keys) {
    Map<String, String> out = new HashMap<>();
    keys.forEach((k, codes) -> {
      if (codes.size() == 1) {
        out.put(k, codes.iterator().next());
      }
    });
    return out;
  }

  /** Every proper whole-token prefix of every key, with the codes of the keys it starts. */
  private static Map<String, Set<String>> prefixes(List<Map.Entry<String, Set<String>>> keys) {
    Map<String, Set<String>> out = new HashMap<>();
    for (Map.Entry<String, Set<String>> e : keys) {
      String[] words = e.getKey().split(" ");
      for (int n = 1; n < words.length; n++) {
        String prefix = String.join(" ", Arrays.asList(words).subList(0, n));
        out.computeIfAbsent(prefix, k -> new HashSet<>()).addAll(e.getValue());
      }
    }
    return out;
  }

  private static boolean otherThan(String code, String other) {
    return other != null && !other.equals(code);
  }

  private static boolean otherThan(String code, Set<String> others) {
    return others != null && others.stream().anyMatch(o -> !o.equals(code));
  }

  private static String withoutExtension(String fileName) {
    int dot = fileName.lastIndexOf('.');
    return dot > 0 ? fileName.substring(0, dot) : fileName;
  }
}
