package uk.breachreport.core.report;

import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer.SvgExternalResourceMode;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer.SvgScriptMode;
import com.openhtmltopdf.util.XRLog;
import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Pattern;
import java.util.logging.Level;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import uk.breachreport.core.Tasks;

/**
 * Renders a {@link ReportModel} to the published report: {@code index.html}, {@code
 * councils/<code>.html}, {@code national-breach-report.pdf} and {@code
 * downloads/breach-report-tables.xlsx}, from the templates packaged under {@code templates/}.
 */
public final class ReportRenderer {

  public static final String INDEX = "index.html";
  public static final String PDF = "national-breach-report.pdf";
  public static final String XLSX = "downloads/breach-report-tables.xlsx";

  private static final Pattern SAFE_CODE = Pattern.compile("[A-Za-z0-9_-]{1,32}");

  private final Configuration freemarker;
  private final AtomicReference<Shared> lastShared = new AtomicReference<>();

  /** Templates from the classpath, en-GB, UTC; each compiled once, on first use, then shared. */
  public ReportRenderer() {
    this.freemarker = configuration(
        new ClassTemplateLoader(ReportRenderer.class.getClassLoader(), "templates"), Locale.UK,
        ZoneId.of("UTC"));
  }

  /**
   * Writes every output under {@code reportDir}, creating folders as needed. The PDF, the index,
   * the workbook and the factsheets share nothing mutable (a compiled template is safe to run from
   * many threads), so they are made on worker threads, one per core: one after another on the
   * driver they were the whole of RENDER (docs/profile.md).
   */
  public void render(ReportModel model, Path reportDir) throws IOException {
    Shared safe = shared(model);
    Files.createDirectories(reportDir.resolve("councils"));
    Files.createDirectories(reportDir.resolve("downloads"));
    int threads = Math.max(2, Runtime.getRuntime().availableProcessors());
    ExecutorService workers = Executors.newFixedThreadPool(threads);
    try {
      List<Future<?>> tasks = new ArrayList<>();
      // The PDF takes longest: started first so the rest fills the other threads around it.
      tasks.add(workers.submit(() -> {
        try (OutputStream out = Files.newOutputStream(reportDir.resolve(PDF))) {
          writePdf(process("index.ftlh", dataModel(safe, null, true)), safe.model(), reportDir,
              out);
        }
        return null;
      }));
      tasks.add(workers.submit(() -> {
        write(reportDir.resolve(INDEX), "index.ftlh", dataModel(safe, null, false));
        return null;
      }));
      tasks.add(workers.submit(() -> {
        try (OutputStream out = Files.newOutputStream(reportDir.resolve(XLSX))) {
          TablesWorkbook.write(safe.model(), out);
        }
        return null;
      }));
      // Every thread takes the next factsheet until none is left, so the threads finish together
      // whichever of the PDF, the index and the workbook each was given first: fixed batches left
      // one thread a batch behind the other.
      List<CouncilSheet> sheets = model.councils();
      AtomicInteger next = new AtomicInteger();
      for (int t = 0; t < threads; t++) {
        tasks.add(workers.submit(() -> {
          for (int i = next.getAndIncrement(); i < sheets.size(); i = next.getAndIncrement()) {
            CouncilSheet sheet = sheets.get(i);
            write(reportDir.resolve("councils").resolve(factsheetFileName(sheet.row().code())),
                "council.ftlh", dataModel(safe, sheet.masked(), false));
          }
          return null;
        }));
      }
      for (Future<?> task : tasks) {
        Tasks.await(task);
      }
    } finally {
      workers.shutdownNow();
    }
  }

  /** The national report as one self-contained (X)HTML page, for screen or for print. */
  public String indexHtml(ReportModel model) {
    return process("index.ftlh", dataModel(shared(model), null, false));
  }

  public String printHtml(ReportModel model) {
    return process("index.ftlh", dataModel(shared(model), null, true));
  }

  /** One factsheet; it prints only its own council's incidents, so only those are masked. */
  public String councilHtml(ReportModel model, CouncilSheet sheet) {
    return process("council.ftlh", dataModel(shared(model), sheet.masked(), false));
  }

  /** The printable report: the print form of index.html laid out on A4 by openhtmltopdf. */
  public void pdf(ReportModel model, Path baseDir, OutputStream out) throws IOException {
    writePdf(printHtml(model), model, baseDir, out);
  }

  static {
    // openhtmltopdf's INFO lines (timings, "Prepare to fly") tell a user nothing to act on; its
    // warnings (a broken image, bad CSS) still show.
    XRLog.listRegisteredLoggers().forEach(logger -> XRLog.setLevel(logger, Level.WARNING));
  }

  private static void writePdf(String xhtml, ReportModel model, Path baseDir, OutputStream out)
      throws IOException {
    PdfRendererBuilder builder = new PdfRendererBuilder();
    builder.useSVGDrawer(
        new BatikSVGDrawer(SvgScriptMode.SECURE, SvgExternalResourceMode.SECURE));
    builder.withHtmlContent(xhtml, baseDir.toUri().toString());
    builder.withProducer("breach-report " + model.version());
    try (PdfBoxRenderer renderer = builder.buildPdfRenderer();
        PDDocument pdf = renderer.createPDFKeepOpen()) {
      // The clock would make every run's PDF differ; the page says when it was generated.
      pdf.getDocumentInformation().setCreationDate(null);
      pdf.getDocumentInformation().setModificationDate(null);
      pdf.getDocument().setDocumentID(contentId(xhtml));
      pdf.save(out);
    }
  }

  /** A document ID from the content, where PDFBox would use the clock. */
  private static COSArray contentId(String xhtml) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256")
          .digest(xhtml.getBytes(StandardCharsets.UTF_8));
      byte[] id = Arrays.copyOf(digest, 16);
      COSArray ids = new COSArray();
      ids.add(new COSString(id));
      ids.add(new COSString(id));
      return ids;
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }

  static String factsheetFileName(String code) {
    if (code == null || !SAFE_CODE.matcher(code).matches()) {
      throw new IllegalArgumentException(
          "Authority code '" + code + "' cannot name a factsheet file; expected letters, digits,"
              + " '-' or '_' (a GSS code such as E06000045)");
    }
    return code + ".html";
  }

  /**
   * The model's {@link Shared} part, kept for the next call with the same model: a caller
   * rendering the factsheets one by one ({@link #councilHtml}) would otherwise count the ranked
   * councils and strip their incidents again for each, quadratic in the councils.
   */
  private Shared shared(ReportModel model) {
    Shared last = lastShared.get();
    if (last == null || last.source() != model) {
      last = Shared.of(model);
      lastShared.set(last);
    }
    return last;
  }

  /**
   * What the index, its print form and every factsheet share of the model, made once per render:
   * made for each factsheet, the national charts (the top 20 sorted out of the whole league) and
   * the count of ranked councils made rendering quadratic in the councils. {@code model} is the
   * source without any council's incidents: the national pages print none, and a factsheet is
   * given its own council's, masked; masking every council's up front, on the caller's thread,
   * cost almost half as much as rendering all the factsheets.
   */
  private record Shared(ReportModel source, ReportModel model, ReportText text,
      long rankedCount) {

    static Shared of(ReportModel m) {
      ReportModel model = new ReportModel(
          m.title(), m.periodStart(), m.periodEnd(), m.generatedOn(), m.version(), m.headline(),
          m.byCategory(), m.byYear(), m.byAction(), m.byNation(), m.byRegion(), m.byType(),
          m.rankings(), m.councils().stream().map(CouncilSheet::withoutIncidents).toList(),
          m.quality(), m.change());
      return new Shared(m, model, new ReportText(model), model.rankedCount());
    }
  }

  /** The national report's data ({@code sheet} null) or a factsheet's. */
  private Map<String, Object> dataModel(Shared shared, CouncilSheet sheet, boolean print) {
    ReportModel model = shared.model();
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("m", model);
    data.put("text", shared.text());
    data.put("print", print);
    if (sheet == null) {
      data.put("charts", charts(model, model.headline().lowerBound()));
    } else {
      boolean own = sheet.row().lowerBound();
      data.put("c", sheet);
      data.put("rankedCount", shared.rankedCount());
      data.put(
          "sheetCharts",
          Map.of(
              "category",
              Breakdown.of("c-category", "Breaches by category", "Category", sheet.byCategory(),
                  own),
              "action",
              Breakdown.of("c-action", "Most severe action taken", "Action", sheet.byAction(),
                  own),
              "year",
              Breakdown.of("c-year", "Breaches by financial year", "Financial year",
                  sheet.byYear(), own)));
    }
    return data;
  }

  private static Map<String, Breakdown> charts(ReportModel m, boolean lower) {
    Map<String, Breakdown> charts = new LinkedHashMap<>();
    charts.put("category",
        Breakdown.of("category", "Breaches by category", "Category", m.byCategory(), lower));
    charts.put("year",
        Breakdown.of("year", "Breaches by financial year", "Financial year", m.byYear(), lower));
    charts.put("action",
        Breakdown.of("action", "Most severe action taken", "Action", m.byAction(), lower));
    charts.put("top",
        Breakdown.topCouncils("top", "The 20 councils with most breaches", m.rankings(), 20));
    charts.put("nation", Breakdown.of("nation", "Breaches by nation", "Nation", m.byNation(), lower));
    charts.put("region",
        Breakdown.of("region", "Breaches by English region", "Region", m.byRegion(), lower));
    charts.put("type",
        Breakdown.of("type", "Breaches by type of authority", "Type", m.byType(), lower));
    return charts;
  }

  private String process(String template, Map<String, Object> data) {
    StringWriter out = new StringWriter();
    process(template, data, out);
    return out.toString();
  }

  /** The page written to its file, without making it a String first (see {@link PageFiles}). */
  private void write(Path file, String template, Map<String, Object> data) throws IOException {
    PageFiles.write(file, out -> process(template, data, out));
  }

  private void process(String template, Map<String, Object> data, Writer out) {
    try {
      freemarker.getTemplate(template).process(data, out);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot load or write report template " + template, e);
    } catch (TemplateException e) {
      throw new IllegalStateException(
          "Report template " + template + " failed: " + e.getMessageWithoutStackTop(), e);
    }
  }

  private static Configuration configuration(TemplateLoader loader, Locale locale, ZoneId zone) {
    Configuration cfg = new Configuration(Configuration.VERSION_2_3_34);
    cfg.setTemplateLoader(loader);
    cfg.setRecognizeStandardFileExtensions(true);
    cfg.setDefaultEncoding("UTF-8");
    cfg.setOutputEncoding("UTF-8");
    cfg.setLocale(locale);
    cfg.setTimeZone(TimeZone.getTimeZone(zone));
    cfg.setNumberFormat("#,##0.##");
    cfg.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
    cfg.setLogTemplateExceptions(false);
    cfg.setWrapUncheckedExceptions(true);
    cfg.setFallbackOnNullLoopVariable(false);
    cfg.setAPIBuiltinEnabled(false);
    cfg.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
    return cfg;
  }
}
