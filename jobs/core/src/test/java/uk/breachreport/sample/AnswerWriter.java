package uk.breachreport.sample;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

/** Writes one council's breaches to {@code file} in one layout and says what a pipeline must count. */
@FunctionalInterface
interface AnswerWriter {
  Written write(Path file, Council council, List<Breach> breaches, Random random) throws IOException;
}
