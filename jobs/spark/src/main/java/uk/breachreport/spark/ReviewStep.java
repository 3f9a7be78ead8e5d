package uk.breachreport.spark;

import static org.apache.spark.sql.functions.col;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import uk.breachreport.core.model.FileOutcome;
import uk.breachreport.core.normalise.Register;
import uk.breachreport.core.quality.AnswerForms;
import uk.breachreport.core.quality.Corrections;
import uk.breachreport.core.quality.CorrectionsReport;
import uk.breachreport.core.quality.CouncilReview;
import uk.breachreport.core.quality.CouncilStatus;
import uk.breachreport.core.quality.Duplicates;
import uk.breachreport.core.quality.ExclusionCode;
import uk.breachreport.core.quality.FileDecision;
import uk.breachreport.core.quality.HeldCouncil;
import uk.breachreport.core.quality.Hold;
import uk.breachreport.core.quality.Plausibility;
import uk.breachreport.core.quality.RecordCells;
import uk.breachreport.core.quality.TotalsFarApart;
import uk.breachreport.spark.schema.IncidentSchema;
import uk.breachreport.spark.schema.Rows;
import uk.breachreport.spark.schema.Views;

/**
 * REVIEW: nothing counted twice, the analyst's corrections applied, implausible figures held. The
 * rules are in core ({@link Duplicates}, {@link AnswerForms}, {@link Corrections},
 * {@link CouncilReview}, {@link Plausibility}); this step feeds them the few facts they need, collected on the driver,
 * and applies their decisions to the datasets.
 */
final class ReviewStep {

  /**
   * The records counted, excluded and held, the councils held, and the statuses corrections.csv
   * sets.
   */
  record Figures(Dataset<Row> incidents, Dataset<Row> excluded, Dataset<Row> held,
      List<HeldCouncil> heldCouncils, List<CouncilStatus> statusCorrections) {

    /** Kept once computed: every output, table and count after REVIEW reads these. */
    Figures persisted() {
      return new Figures(incidents.persist(StorageLevel.MEMORY_AND_DISK()),
          excluded.persist(StorageLevel.MEMORY_AND_DISK()),
          held.persist(StorageLevel.MEMORY_AND_DISK()), heldCouncils, statusCorrections);
    }
  }

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
    Set<String> read = new TreeSet<>();
    // A rejected file keeps its own reason: the same empty or unreadable bytes twice are two
    // rejects, and only answers that count are read once.
    Map<String, String> answers = new TreeMap<>();
    in.files().select("file", "sha256", "outcome").collectAsList().forEach(r -> {
      read.add(r.getString(0));
      if (!r.getString(2).equals(FileOutcome.REJECTED.name())) {
        answers.put(r.getString(0), r.getString(1));
      }
    });
    decisions.addAll(Duplicates.setAside(answers, read, corrections, effects));
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
   * applied (total, status), then the plausibility checks and the answers whose stated total and
   * breakdown are far apart ({@code issues}: ingest's warnings); confirmed figures are released.
   */
  Figures review(NormaliseStep.Result normalised, Dataset<Row> issues, Register register,
      Plausibility plausibility, String correctionsSha256) {
    normalised.records().createOrReplaceTempView("normalised");
    RecordCells cells = new RecordCells(Sql.run(spark, "record_cells").collectAsList().stream()
        .map(Rows::cell).toList());
    cells.editedByLine().forEach((line, records) -> effects.put(line,
        "applied to " + records + " record(s)"));
    Counted counted = new Counted(normalised.incidents(), normalised.excluded());
    AnswerForms.Result forms = AnswerForms.decide(cells.answerFiles());
    decisions.addAll(forms.superseded());
    forms.superseded().forEach(d -> counted.exclude(col("source_file").equalTo(d.file()),
        ExclusionCode.SUPERSEDED, d.reason()));
    Set<String> superseded = forms.superseded().stream().map(FileDecision::file)
        .collect(Collectors.toSet());
    CouncilReview.Corrected corrected = CouncilReview.correct(corrections, register,
        cells.councilRecords(new RecordCells.Without(superseded, Set.of())), correctionsSha256,
        effects);
    corrected.replaced().forEach(e -> counted.exclude(col("authority_code").equalTo(
        e.authorityCode()), e.code(), e.reason()));
    if (!corrected.totals().isEmpty()) {
      counted.add(spark.createDataFrame(corrected.totals().stream().map(IncidentSchema::toRow)
          .toList(), IncidentSchema.SCHEMA));
    }
    corrected.notCounted().forEach(e -> counted.exclude(col("authority_code").equalTo(
        e.authorityCode()), e.code(), e.reason()));
    // As the records went: the replaced councils' out, their totals in, then the councils not
    // counted out, totals and all.
    Set<String> notCounted = corrected.notCounted().stream()
        .map(CouncilReview.Exclusion::authorityCode)
        .collect(Collectors.toSet());
    Set<String> councilsOut = new HashSet<>(notCounted);
    corrected.replaced().forEach(e -> councilsOut.add(e.authorityCode()));
    List<Plausibility.CouncilFigures> figures = cells.councilFigures(
        new RecordCells.Without(superseded, councilsOut), corrected.totals().stream()
            .filter(t -> !notCounted.contains(t.authorityCode())).toList(), register);
    Map<String, Long> breaches = figures.stream().collect(Collectors.toMap(
        Plausibility.CouncilFigures::code, Plausibility.CouncilFigures::breaches));
    List<Hold> holds = new ArrayList<>(forms.holds());
    holds.addAll(corrected.holds());
    holds.addAll(plausibility.check(figures));
    holds.addAll(TotalsFarApart.holds(issues.where(col("code").equalTo(TotalsFarApart.CODE))
        .collectAsList().stream().map(Rows::issue).toList(),
        TotalsFarApart.countedFiles(cells.answerFiles(), superseded)));
    List<HeldCouncil> heldCouncils = CouncilReview.held(corrections, register, holds,
        corrected.decidedByAnalyst(), breaches, effects, refused);
    Dataset<Row> holdView = Views.holds(spark, heldCouncils);
    holdView.createOrReplaceTempView("holds");
    Dataset<Row> incidents = counted.incidents();
    Dataset<Row> held = incidents.join(holdView, "authority_code")
        .select(col("source_file").as("file"), col("source_sheet").as("sheet"),
            col("source_row").as("row"), col("authority_code"),
            col("hold_reason").as("reason"), col("description").as("raw"));
    return new Figures(incidents.join(holdView.select("authority_code"),
        incidents.col("authority_code").equalTo(holdView.col("authority_code")), "left_anti"),
        counted.excluded(), held, heldCouncils, corrected.statuses());
  }

  /** The files view with every decision: DUPLICATE, EXCLUDED and SUPERSEDED files. */
  Dataset<Row> files(Dataset<Row> ingestedFiles) {
    ingestedFiles.createOrReplaceTempView("ingested_files");
    decisionsView();
    return Sql.run(spark, "decided_files");
  }

  /** quality.json's corrections: each applied line with its note, and the errors. */
  CorrectionsReport correctionsReport() {
    return corrections.report(effects, refused);
  }

  private Dataset<Row> decisionsView() {
    Dataset<Row> view = Views.decisions(spark, decisions);
    view.createOrReplaceTempView("file_decisions");
    return view;
  }
}
