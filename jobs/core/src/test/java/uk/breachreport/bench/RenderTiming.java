package uk.breachreport.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Collectors;
import uk.breachreport.core.model.Authority;
import uk.breachreport.core.normalise.Period;
import uk.breachreport.core.normalise.Register;
import uk.breachreport.core.quality.CorrectionsReport;
import uk.breachreport.core.quality.QualityReport;
import uk.breachreport.core.reference.ReferenceSource;
import uk.breachreport.core.report.BreakdownRow;
import uk.breachreport.core.report.ChangeSection;
import uk.breachreport.core.report.CouncilRow;
import uk.breachreport.core.report.CouncilSheet;
import uk.breachreport.core.report.Headline;
import uk.breachreport.core.report.IncidentLine;
import uk.breachreport.core.report.Rankings;
import uk.breachreport.core.report.ReportAssembler;
import uk.breachreport.core.report.ReportModel;
import uk.breachreport.core.report.ReportRenderer;
import uk.breachreport.core.report.SourceFile;
import uk.breachreport.core.report.TablesWorkbook;

/**
 * Times RENDER on a report of N councils: the register's councils of 2011-2014 and "twin" copies
 * of them with their own codes (as the benchmark corpus at scale N/433 has), each with a few
 * breakdown rows, files and incidents. Prints, per N, the milliseconds of assembling the model,
 * of {@link ReportRenderer#render} (on its worker threads), and of each output made alone on one
 * thread: index, factsheets, PDF, workbook.
 *
 * <pre>RenderTiming REFERENCE_DIR OUT_DIR N...</pre>
 */
public final class RenderTiming {

  private static final LocalDate FROM = LocalDate.of(2011, 4, 1);
  private static final LocalDate TO = LocalDate.of(2014, 3, 31);
  private static final String[] STATUSES = {
      "RESPONDED", "RESPONDED", "RESPONDED", "RESPONDED", "RESPONDED", "RESPONDED", "RESPONDED",
      "RESPONDED", "NIL_RETURN", "REFUSED", "NO_RESPONSE"};
  private static final List<String> CATEGORIES = List.of("SENT_TO_WRONG_RECIPIENT",
      "UNAUTHORISED_DISCLOSURE", "LOSS_OR_THEFT_DEVICE", "LOSS_OR_THEFT_PAPER", "UNSPECIFIED");
  private static final List<String> ACTIONS =
      List.of("DISCIPLINARY", "NONE", "UNKNOWN", "RESIGNATION");
  private static final List<String> YEARS = List.of("2011-12", "2012-13", "2013-14");

  private RenderTiming() {}

  public static void main(String[] args) throws IOException {
    List<Authority> register = Register.forPeriod(
        ReferenceSource.folder(Path.of(args[0])), new Period(FROM, TO)).all();
    Path out = Path.of(args[1]);
    for (int i = 2; i < args.length; i++) {
      time(register, Integer.parseInt(args[i]), out.resolve("n" + args[i]));
    }
  }

  private static void time(List<Authority> register, int n, Path dir) throws IOException {
    long[] at = new long[7];
    long[] cpu = new long[7];
    mark(at, cpu, 0);
    ReportModel model = model(register, n);
    mark(at, cpu, 1);
    ReportRenderer renderer = new ReportRenderer();
    renderer.render(model, dir);
    mark(at, cpu, 2);

    String index = renderer.indexHtml(model);
    mark(at, cpu, 3);
    long chars = 0;
    for (CouncilSheet sheet : model.councils()) {
      chars += renderer.councilHtml(model, sheet).length();
    }
    mark(at, cpu, 4);
    try (OutputStream pdf = Files.newOutputStream(dir.resolve("alone.pdf"))) {
      renderer.pdf(model, dir, pdf);
    }
    mark(at, cpu, 5);
    try (OutputStream xlsx = Files.newOutputStream(dir.resolve("alone.xlsx"))) {
      TablesWorkbook.write(model, xlsx);
    }
    mark(at, cpu, 6);
    System.out.printf("N=%d assemble=%d render=%d | alone: index=%d factsheets=%d pdf=%d xlsx=%d"
            + " (index %,d chars, factsheets %,d chars, pdf %,d bytes)%n"
            + "  cpu ms (process, GC and compiler included): assemble=%d render=%d | alone:"
            + " index=%d factsheets=%d pdf=%d xlsx=%d%n", n,
        ms(at, 1), ms(at, 2), ms(at, 3), ms(at, 4), ms(at, 5), ms(at, 6), index.length(),
        chars, Files.size(dir.resolve(ReportRenderer.PDF)),
        ms(cpu, 1), ms(cpu, 2), ms(cpu, 3), ms(cpu, 4), ms(cpu, 5), ms(cpu, 6));
  }

  /** The clock and the process's CPU time (every thread's): the machine may be shared. */
  private static void mark(long[] at, long[] cpu, int i) {
    at[i] = System.nanoTime();
    cpu[i] = ((com.sun.management.OperatingSystemMXBean)
        ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
  }

  /** The report of n councils, ranked and assembled as the job does it. */
  public static ReportModel model(List<Authority> register, int n) {
    Random random = new Random(n);
    List<CouncilRow> rows = new ArrayList<>();
    Map<String, List<BreakdownRow>> byCategory = new HashMap<>();
    Map<String, List<BreakdownRow>> byAction = new HashMap<>();
    Map<String, List<BreakdownRow>> byYear = new HashMap<>();
    Map<String, List<SourceFile>> files = new HashMap<>();
    Map<String, List<IncidentLine>> incidents = new HashMap<>();
    for (int i = 0; i < n; i++) {
      Authority a = register.get(i % register.size());
      int twin = i / register.size();
      String code = twin == 0 ? a.code() : a.code() + "T" + twin;
      String name = twin == 0 ? a.name() : a.name() + " (twin " + twin + ")";
      String status = STATUSES[random.nextInt(STATUSES.length)];
      Long breaches = switch (status) {
        case "RESPONDED" -> 1L + random.nextInt(300);
        case "NIL_RETURN" -> 0L;
        default -> null;
      };
      Double per100k = breaches == null || a.population() == null ? null
          : 100_000.0 * breaches / a.population();
      long b = breaches == null ? 0 : breaches;
      rows.add(new CouncilRow(null, code, name, a.type(), a.nation(), a.region(), status,
          breaches, random.nextInt(10) == 0, per100k, null, b / 7, b / 11, b / 13, b / 50,
          b / 60, b / 90, b / 5, a.population()));
      if (breaches != null && breaches > 0) {
        byCategory.put(code, split(CATEGORIES, b));
        byAction.put(code, split(ACTIONS, b));
        byYear.put(code, split(YEARS, b));
        incidents.put(code, List.of(
            new IncidentLine("2012-05-04", "Sent to the wrong recipient",
                "Letter about a child sent to the wrong address (SO14 7LY); complainant on 023 8083 3000",
                "Disciplinary action"),
            new IncidentLine("2013-01-17", "Unauthorised disclosure",
                "Officer e-mailed records to j.smith@example.com", "Not stated"),
            new IncidentLine("2013-09-30", "Loss or theft of a device",
                "Laptop stolen from an officer's car", "No action")));
      }
      if (!status.equals("NO_RESPONSE")) {
        files.put(code, List.of(new SourceFile(code + "/FOI response.xlsx", "USED",
            "INCIDENT_LOG", b, 1, null, "file name: " + name)));
      }
    }
    List<CouncilRow> league = Rankings.league(rows);
    return ReportAssembler.assemble(FROM, TO, "1 January 2026", "bench",
        national(league), league,
        new ReportAssembler.PerCouncil(byCategory, byAction, byYear, files, incidents),
        QualityReport.build(List.of(), Map.of(), Map.of(), List.of(), 0, List.of(), List.of(),
            CorrectionsReport.NONE),
        ChangeSection.NONE);
  }

  private static ReportAssembler.National national(List<CouncilRow> league) {
    long total = league.stream().mapToLong(c -> c.breaches() == null ? 0 : c.breaches()).sum();
    long responded = league.stream().filter(c -> c.status().equals("RESPONDED")).count();
    long nil = league.stream().filter(c -> c.status().equals("NIL_RETURN")).count();
    long refused = league.stream().filter(c -> c.status().equals("REFUSED")).count();
    Headline headline = new Headline(league.size(), responded, nil, refused,
        league.size() - responded - nil - refused, total, true, total / 9, total / 11,
        total / 3, total / 4, total / 7, total / 20, total / 13, total / 60, total / 50,
        total / 90, total / 4, total / 5, total * 3);
    return new ReportAssembler.National(headline, split(CATEGORIES, total), split(YEARS, total),
        split(ACTIONS, total), totals(league, CouncilRow::nation),
        totals(league, CouncilRow::region), totals(league, CouncilRow::type));
  }

  private static List<BreakdownRow> totals(List<CouncilRow> league,
      Function<CouncilRow, String> key) {
    return league.stream().filter(c -> key.apply(c) != null)
        .collect(Collectors.groupingBy(key,
            Collectors.summingLong(c -> c.breaches() == null ? 0 : c.breaches())))
        .entrySet().stream().sorted(Map.Entry.comparingByKey())
        .map(e -> new BreakdownRow(e.getKey(), e.getKey(), e.getValue())).toList();
  }

  /** The whole split over the keys, most to the first. */
  private static List<BreakdownRow> split(List<String> keys, long whole) {
    List<BreakdownRow> rows = new ArrayList<>();
    long left = whole;
    for (int i = 0; i < keys.size(); i++) {
      long part = i == keys.size() - 1 ? left : left / 2;
      left -= part;
      rows.add(new BreakdownRow(keys.get(i), keys.get(i).replace('_', ' ').toLowerCase(), part));
    }
    rows.sort(Comparator.comparingLong(BreakdownRow::breaches).reversed());
    return rows;
  }

  /** Milliseconds from mark {@code i - 1} to mark {@code i}. */
  private static long ms(long[] marks, int i) {
    return (marks[i] - marks[i - 1]) / 1_000_000;
  }
}
