package uk.breachreport.sample;

import java.util.List;

/**
 * What a written answer amounts to: the in-period breaches a correct pipeline must count, whether
 * that is only a lower bound (suppressed cells with no total), and the rows it must exclude as
 * dated outside the period.
 */
record Written(int breaches, boolean lowerBound, int excludedRows) {

  static Written log(List<Breach> breaches) {
    int inPeriod = (int) breaches.stream().filter(b -> Breaches.inPeriod(b.date())).count();
    return new Written(inPeriod, false, breaches.size() - inPeriod);
  }

  static Written exact(int breaches) {
    return new Written(breaches, false, 0);
  }
}
