package uk.breachreport.core.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.StringReader;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Header answers are remembered by cell text: asked again, or of a copy shipped to an executor
 * (serialised without its memo), the rules give the same field.
 */
class ColumnRulesMemoTest {

  private static final String COLUMNS = """
      field,pattern
      DATE,(?i)\\bdate\\b
      CATEGORY,(?i)type of breach
      """;

  @Test
  void theSameFieldAskedTwiceAndAfterShipping() throws Exception {
    ColumnRules rules = ColumnRules.load(new StringReader(COLUMNS));
    for (int i = 0; i < 2; i++) {
      assertEquals(Optional.of(Field.DATE), rules.field("Incident date"));
      assertEquals(Optional.of(Field.CATEGORY), rules.field("Type of breach"));
      assertEquals(Optional.empty(), rules.field("Outcome"));
      assertEquals(Optional.empty(), rules.field(null));
    }
    ColumnRules shipped = copy(rules);
    assertEquals(Optional.of(Field.DATE), shipped.field("Incident date"));
    assertEquals(Optional.empty(), shipped.field("Outcome"));
  }

  private static ColumnRules copy(ColumnRules rules) throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(rules);
    }
    try (ObjectInputStream in = new ObjectInputStream(
        new ByteArrayInputStream(bytes.toByteArray()))) {
      return (ColumnRules) in.readObject();
    }
  }
}
