package uk.breachreport.sample;

import java.util.Locale;

/** A register authority as the sample needs it: GSS (or NI legacy) code and canonical name. */
record Council(String code, String name) {

  /** Lower-case, hyphenated name, the way councils' web systems name downloads. */
  String slug() {
    return name.toLowerCase(Locale.ROOT).replace("'", "").replaceAll("[^a-z0-9]+", "-");
  }
}
