package uk.breachreport.spark;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.apache.commons.codec.digest.DigestUtils;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import uk.breachreport.core.ReferenceData;
import uk.breachreport.core.ingest.Manifest;
import uk.breachreport.core.quality.Corrections;
import uk.breachreport.core.quality.Plausibility;
import uk.breachreport.core.reference.ReferenceSource;

/**
 * What the run reads before the answers: the reference data, and the analyst's two control files
 * at the input's root ({@code manifest.csv}, {@code corrections.csv}), which are not answers.
 */
record RunInputs(ReferenceData reference, Plausibility plausibility, List<InputFile> answers,
    Optional<InputFile> manifestFile, Manifest manifest, Optional<InputFile> correctionsFile,
    Corrections corrections, String correctionsSha256) {

  static RunInputs read(Options options, List<InputFile> listed, Configuration conf)
      throws BreachReportJob.InputException, BreachReportJob.ReferenceException {
    ReferenceData reference;
    Plausibility plausibility;
    try (Reader thresholds = referenceSource(options, conf).open("plausibility.csv")) {
      reference = ReferenceData.load(referenceSource(options, conf), options.period());
      plausibility = Plausibility.load(thresholds);
    } catch (IOException | UncheckedIOException | IllegalArgumentException e) {
      throw new BreachReportJob.ReferenceException("reference data: " + e.getMessage(), e);
    }
    Optional<InputFile> manifestFile = atRoot(listed, Manifest.FILE_NAME);
    Manifest manifest = manifestFile.isPresent() ? manifest(manifestFile.get(), conf) : Manifest.EMPTY;
    Optional<InputFile> correctionsFile = atRoot(listed, Corrections.FILE_NAME);
    byte[] corrections = correctionsFile.isPresent() ? bytes(correctionsFile.get(), conf) : new byte[0];
    List<InputFile> answers = listed.stream()
        .filter(f -> manifestFile.map(m -> m != f).orElse(true))
        .filter(f -> correctionsFile.map(m -> m != f).orElse(true)).toList();
    return new RunInputs(reference, plausibility, answers, manifestFile, manifest, correctionsFile,
        correctionsFile.isPresent()
            ? Corrections.load(reader(corrections), reference.resolver())
            : Corrections.NONE,
        DigestUtils.sha256Hex(corrections));
  }

  private static ReferenceSource referenceSource(Options options, Configuration conf) {
    if (options.reference().isPresent()) {
      Path dir = new Path(options.reference().get());
      return name -> {
        Path file = new Path(dir, name);
        return new InputStreamReader(file.getFileSystem(conf).open(file), StandardCharsets.UTF_8);
      };
    }
    return name -> {
      InputStream in = RunInputs.class.getResourceAsStream("/reference/" + name);
      if (in == null) {
        throw new IOException("reference file " + name + " is not in the application jar");
      }
      return new InputStreamReader(in, StandardCharsets.UTF_8);
    };
  }

  private static Optional<InputFile> atRoot(List<InputFile> listed, String name) {
    return listed.stream().filter(f -> f.relative().equals(name)).findFirst();
  }

  private static byte[] bytes(InputFile file, Configuration conf)
      throws BreachReportJob.InputException {
    try (InputStream in = file.open(conf)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new BreachReportJob.InputException("cannot read " + file.relative() + ": "
          + e.getMessage(), e);
    }
  }

  private static Manifest manifest(InputFile file, Configuration conf)
      throws BreachReportJob.InputException {
    try {
      return Manifest.load(reader(bytes(file, conf)));
    } catch (UncheckedIOException | IllegalArgumentException e) {
      throw new BreachReportJob.InputException("bad " + Manifest.FILE_NAME + ": " + e.getMessage(), e);
    }
  }

  private static Reader reader(byte[] bytes) {
    return new InputStreamReader(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8);
  }
}
