package uk.breachreport.core.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import uk.breachreport.core.layout.Extraction;
import uk.breachreport.core.model.DatePrecision;
import uk.breachreport.core.model.RawRecord;
import uk.breachreport.core.model.SourceRef;
import uk.breachreport.core.normalise.UkDates;

/**
 * A letter that lists its incidents one a line, each a number or bullet, a day or month, then
 * what happened ("2. 3rd April 2012 - School admissions spreadsheet emailed to wrong parent."):
 * an incident log written as a list, each entry one breach dated by its line. Read only where
 * the letter gives no figure in its sentences, so a list under a stated total details it.
 */
final class DatedList {

  static final String LAYOUT = "DATED_LIST";
  /** A numbered or bulleted entry: its date, then a dash or colon, then what happened. */
  private static final Pattern ENTRY = Pattern.compile(
      "^\\s*(?:\\(?\\d{1,3}[.)]|[-\u2022*\u00b7\u2013])\\s*(?<date>[^:\u2013\u2014]{4,40}?)"
          + "\\s+[-:\u2013\u2014]\\s+(?<what>\\p{L}.*)$");
  /** Two entries at least: one dated line is a sentence, not a list. */
  private static final int MIN_ENTRIES = 2;

  private DatedList() {}

  /** The entries of {@code text} (the letter's lines) as records, or none. */
  static Extraction read(String file, List<String> text) {
    List<RawRecord> records = new ArrayList<>();
    for (int i = 0; i < text.size(); i++) {
      Matcher m = ENTRY.matcher(text.get(i));
      if (m.matches() && UkDates.parse(m.group("date")).filter(d -> d.precision()
          == DatePrecision.DAY || d.precision() == DatePrecision.MONTH).isPresent()) {
        records.add(new RawRecord(new SourceRef(file, null, i + 1), LAYOUT, 0,
            m.group("date").strip(), null, m.group("what").strip(), null, null, null, null, null,
            null, 1L, false));
      }
    }
    if (records.size() < MIN_ENTRIES) {
      records.clear();
    }
    return new Extraction(List.copyOf(records), List.of(), List.of(), text,
        records.isEmpty() ? "" : LAYOUT, records.size(), 0, 0, 0, false, List.of());
  }
}
