package uk.breachreport.core.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PersonalDataMaskTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock = """
          sent to j.smith@example.com by mistake        | sent to [email] by mistake
          copied to A.N.Other+foi@council.gov.uk today    | copied to [email] today
          rang 023 8083 3000 to complain                  | rang [phone] to complain
          rang 02380 833000                               | rang [phone]
          mobile 07700 900123 lost                        | mobile [phone] lost
          mobile 07700900123 lost                         | mobile [phone] lost
          call (023) 8083 3000                            | call [phone]
          call +44 7700 900123                            | call [phone]
          call +44 (0)23 8083 3000                        | call [phone]
          call 01632-960-123                              | call [phone]
          NI number AB123456C on form                     | NI number [NI number] on form
          NI number AB 12 34 56 C on form                 | NI number [NI number] on form
          ni ab123456c                                    | ni [NI number]
          lives at SO14 7LY                               | lives at [postcode]
          lives at SW1A 1AA.                              | lives at [postcode].
          lives at M1 1AE                                 | lives at [postcode]
          lives at b33 8th                                | lives at [postcode]
          letter to 1 High St, SO147LY and 07700 900123   | letter to 1 High St, [postcode] and [phone]
          write to a@b.co                                 | write to [email]
          AB123456C                                       | [NI number]
          0770090012                                      | [phone]
          Girobank, GIR 0AA                               | Girobank, [postcode]
          """)
  void masks(String text, String expected) {
    assertEquals(expected, PersonalDataMask.mask(text));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock = """
          Letter sent to wrong address on 05/06/2012
          Laptop stolen from car in 2012-13
          3 files lost; 12 people affected
          Reference FOI/2014/0123456789
          Case 12345678 closed
          QA123456Z is not an NI number
          Email sent to wrong recipient
          """)
  void leavesOrdinaryTextAlone(String text) {
    assertEquals(text, PersonalDataMask.mask(text));
  }

  @Test
  void nullStaysNull() {
    assertNull(PersonalDataMask.mask(null));
  }
}
