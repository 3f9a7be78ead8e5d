package uk.breachreport.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import uk.breachreport.core.model.Authority;
import uk.breachreport.core.model.FileOutcome;
import uk.breachreport.core.model.ResponseStatus;
import uk.breachreport.core.normalise.Register;
import uk.breachreport.core.quality.AnswerForms;
import uk.breachreport.core.quality.Correction;
import uk.breachreport.core.quality.Corrections;
import uk.breachreport.core.quality.Duplicates;
import uk.breachreport.core.quality.ExclusionCode;
import uk.breachreport.core.quality.FileDecision;
import uk.breachreport.core.quality.HeldCouncil;
import uk.breachreport.core.quality.Hold;
import uk.breachreport.core.quality.Plausibility;
import uk.breachreport.spark.schema.IncidentSchema;

/**
 * REVIEW: nothing counted twice, the analyst's corrections applied, implausible figures held. The
 * rules are in core ({@link Duplicates}, {@link AnswerForms}, {@link Corrections},
 * {@link Plausibility}); this step feeds them the few facts they need, collected on the driver,
 * and applies their decisions to the datasets.
 */
final class ReviewStep {

  private static final StructType DECISIONS = new StructType()
      .add("file", DataTypes.StringType, false)
      .add("outcome", DataTypes.StringType, false)
      .add("repeats", DataTypes.StringType)
      .add("reason", DataTypes.StringType);
  private static final StructType HOLDS = new StructType()
      .add("authority_code", DataTypes.StringType, false)
      .add("hold_reason", DataTypes.StringType)
      .add("breaches_held", DataTypes.LongType);
  private static final StructType STATUSES = new StructType()
      .add("authority_code", DataTypes.StringType, false)
      .add("status", DataTypes.StringType, false)
      .add("note", DataTypes.StringType);
  private static final Set<String> NOT_COUNTED = Set.of(ResponseStatus.NIL_RETURN.name(),
      ResponseStatus.REFUSED.name(), ResponseStatus.NO_RESPONSE.name());

  /** The records counted, excluded and held, and the councils held. */
  record Figures(Dataset<Row> incidents, Dataset<Row> excluded, Dataset<Row> held,
      List<HeldCouncil> heldCouncils) {}

  private final SparkSession spark;
  private final Corrections corrections;
  private final List<FileDecision> decisions = new ArrayList<>();
  private final Map<Integer, String> effects = new TreeMap<>();
  private final Map<Integer, String> refused = new TreeMap<>();

  ReviewStep(SparkSession spark, Corrections corrections) {
    this.spark = spark;
    this.corrections = corrections;
  }

  /**
   * Before normalising: identical files read once, and files the corrections exclude set aside,
   * with their records, rejected rows and warnings.
   */
  IngestStep.Result readOnce(IngestStep.Result in) {
    Map<String, String> sha256 = new TreeMap<>();
    in.files().select("file", "sha256").collectAsList()
        .forEach(r -> sha256.put(r.getString(0), r.getString(1)));
    // A rejected file keeps its own reason: the same empty or unreadable bytes twice are two
    // rejects, and only answers that count are read once.
    Map<String, String> answers = new TreeMap<>();
    in.files().where(col("outcome").notEqual(FileOutcome.REJECTED.name()))
        .select("file", "sha256").collectAsList()
        .forEach(r -> answers.put(r.getString(0), r.getString(1)));
    decisions.addAll(Duplicates.of(answers));
    Set<String> duplicates = decisions.stream().map(FileDecision::file).collect(Collectors.toSet());
    corrections.fileExclusions(sha256.keySet(), effects).stream()
        .filter(d -> !duplicates.contains(d.file())).forEach(decisions::add);
    if (decisions.isEmpty()) {
      return in;
    }
    Dataset<Row> aside = decisionsView().select("file");
    return new IngestStep.Result(in.files(), without(in.records(), aside),
        without(in.rejects(), aside), without(in.issues(), aside));
  }

  private static Dataset<Row> without(Dataset<Row> rows, Dataset<Row> files) {
    return rows.join(files, rows.col("file").equalTo(files.col("file")), "left_anti");
  }

  /**
   * After normalising: an answer given in two forms counted once, the councils' corrections
   * applied (total, status), then the plausibility checks; confirmed figures are released.
   */
  Figures review(NormaliseStep.Result normalised, Register register, Plausibility plausibility,
      String correctionsSha256) {
    normalised.corrected().collectAsList().forEach(r -> effects.put(r.getInt(0),
        "applied to " + r.getLong(1) + " record(s)"));
    Dataset<Row> incidents = normalised.incidents();
    Dataset<Row> excluded = normalised.excluded();
    incidents.createOrReplaceTempView("incidents");
    List<AnswerForms.AnswerFile> answers = Sql.run(spark, "answer_files").collectAsList().stream()
        .map(r -> new AnswerForms.AnswerFile(r.getString(0), r.getString(1), r.getLong(2),
            r.getLong(3), Set.copyOf(r.<String>getList(4))))
        .toList();
    AnswerForms.Result forms = AnswerForms.decide(answers);
    decisions.addAll(forms.superseded());
    for (FileDecision d : forms.superseded()) {
      excluded = excluded.unionByName(excluded(incidents.where(col("source_file").equalTo(d.file())),
          ExclusionCode.SUPERSEDED, d.reason()));
      incidents = incidents.where(col("source_file").notEqual(d.file()));
    }

    List<Hold> holds = new ArrayList<>(forms.holds());
    List<Row> totals = new ArrayList<>();
    for (String code : councils(Correction.Field.TOTAL)) {
      Correction c = corrections.forCouncil(code, Correction.Field.TOTAL).orElseThrow();
      Authority a = register.byCode(code).orElse(null);
      if (a == null) {
        continue; // not in this period's register: reported as matching nothing
      }
      Dataset<Row> own = incidents.where(col("authority_code").equalTo(code));
      long replaced = own.count();
      excluded = excluded.unionByName(excluded(own, ExclusionCode.REPLACED_BY_TOTAL,
          "replaced by the total set by " + c.label()));
      incidents = incidents.where(col("authority_code").notEqual(code));
      totals.add(IncidentSchema.toRow(Corrections.totalRecord(a, c, correctionsSha256)));
      effects.put(c.line(), "total set to " + c.value() + " breaches, in place of " + replaced
          + " record(s)");
    }
    if (!totals.isEmpty()) {
      incidents = incidents.unionByName(spark.createDataFrame(totals, IncidentSchema.SCHEMA));
    }
    List<Row> statuses = new ArrayList<>();
    Set<String> decidedByAnalyst = new HashSet<>();
    for (String code : councils(Correction.Field.STATUS)) {
      Correction c = corrections.forCouncil(code, Correction.Field.STATUS).orElseThrow();
      if (register.byCode(code).isEmpty()) {
        continue;
      }
      String effect = "status set to " + c.value();
      if (NOT_COUNTED.contains(c.value())) {
        Dataset<Row> own = incidents.where(col("authority_code").equalTo(code));
        long n = own.count();
        excluded = excluded.unionByName(excluded(own, ExclusionCode.STATUS_SET_BY_CORRECTION,
            "council's status set to " + c.value() + " by " + c.label()));
        incidents = incidents.where(col("authority_code").notEqual(code));
        effect += n == 0 ? "" : ", " + n + " record(s) not counted";
      }
      if (c.value().equals(ResponseStatus.HELD_FOR_REVIEW.name())) {
        holds.add(new Hold(code, "SET_BY_CORRECTION", c.note()));
      } else {
        decidedByAnalyst.add(code);
        statuses.add(RowFactory.create(code, c.value(), c.note()));
      }
      effects.put(c.line(), effect);
    }
    spark.createDataFrame(statuses, STATUSES).createOrReplaceTempView("status_corrections");

    incidents.createOrReplaceTempView("incidents");
    Map<String, Long> breaches = new HashMap<>();
    List<Plausibility.CouncilFigures> figures = new ArrayList<>();
    for (Row r : Sql.run(spark, "council_figures").collectAsList()) {
      String code = r.getString(0);
      Map<String, Long> years = new TreeMap<>();
      r.<Row>getList(3).forEach(y -> years.put(y.getString(0), y.getLong(1)));
      Authority a = register.byCode(code).orElse(null);
      breaches.put(code, r.getLong(1));
      figures.add(new Plausibility.CouncilFigures(code, a == null ? null : a.type(),
          a == null ? null : a.population(), r.getLong(1), r.getLong(2), years));
    }
    holds.addAll(plausibility.check(figures));
    // The analyst's word stands: a status they set, or a figure they confirmed, is not held.
    holds.removeIf(h -> decidedByAnalyst.contains(h.authorityCode()));
    Map<String, List<Hold>> byCouncil = holds.stream().collect(Collectors.groupingBy(
        Hold::authorityCode, TreeMap::new, Collectors.toList()));
    for (String code : councils(Correction.Field.CONFIRM)) {
      Correction c = corrections.forCouncil(code, Correction.Field.CONFIRM).orElseThrow();
      long total = breaches.getOrDefault(code, 0L);
      List<Hold> held = byCouncil.get(code);
      if (held == null) {
        refused.put(c.line(), "the council is not held for review");
      } else if (c.value() != null && Long.parseLong(c.value()) != total) {
        refused.put(c.line(), String.format("the council's total is %,d, not the %,d confirmed",
            total, Long.parseLong(c.value())));
      } else {
        byCouncil.remove(code);
        effects.put(c.line(), "confirmed " + total + " breaches held for "
            + held.stream().map(Hold::code).distinct().collect(Collectors.joining(", ")));
      }
    }

    List<HeldCouncil> heldCouncils = new ArrayList<>();
    List<Row> holdRows = new ArrayList<>();
    byCouncil.forEach((code, reasons) -> {
      HeldCouncil h = new HeldCouncil(code, register.byCode(code).map(Authority::name).orElse(code),
          breaches.getOrDefault(code, 0L), reasons);
      heldCouncils.add(h);
      holdRows.add(RowFactory.create(code, h.reasonText(), h.breaches()));
    });
    Dataset<Row> holdView = spark.createDataFrame(holdRows, HOLDS);
    holdView.createOrReplaceTempView("holds");
    Dataset<Row> held = incidents.join(holdView, "authority_code")
        .select(col("source_file").as("file"), col("source_sheet").as("sheet"),
            col("source_row").as("row"), col("authority_code"),
            col("hold_reason").as("reason"), col("description").as("raw"));
    Dataset<Row> counted = incidents.join(holdView.select("authority_code"),
        incidents.col("authority_code").equalTo(holdView.col("authority_code")), "left_anti");
    return new Figures(counted, excluded, held, heldCouncils);
  }

  /** The files view with every decision: DUPLICATE, EXCLUDED and SUPERSEDED files. */
  Dataset<Row> files(Dataset<Row> ingestedFiles) {
    ingestedFiles.createOrReplaceTempView("ingested_files");
    decisionsView();
    return Sql.run(spark, "decided_files");
  }

  /** quality.json's corrections: each applied line with its note, and the errors. */
  Map<String, Object> correctionsReport() {
    return corrections.report(effects, refused);
  }

  private Dataset<Row> decisionsView() {
    List<Row> rows = decisions.stream()
        .map(d -> RowFactory.create(d.file(), d.outcome().name(), d.repeats(), d.reason()))
        .toList();
    Dataset<Row> view = spark.createDataFrame(rows, DECISIONS);
    view.createOrReplaceTempView("file_decisions");
    return view;
  }

  private Set<String> councils(Correction.Field field) {
    Set<String> codes = new LinkedHashSet<>();
    corrections.lines().stream().filter(c -> c.field() == field && c.authorityCode() != null)
        .forEach(c -> codes.add(c.authorityCode()));
    return codes;
  }

  /** Counted records taken out, in the shape of NORMALISE's exclusions. */
  private static Dataset<Row> excluded(Dataset<Row> incidents, ExclusionCode code,
      String reason) {
    return incidents.select(col("source_file").as("file"), col("source_sheet").as("sheet"),
        col("source_row").as("row"), col("authority_code"), lit(code.name()).as("code"),
        lit(reason).as("reason"), col("description").as("raw"));
  }
}
