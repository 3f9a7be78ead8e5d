package uk.breachreport.core.model;

import java.time.LocalDate;

/**
 * SPEC's unified record: one incident record of the national dataset. Its lineage goes beyond
 * file, sheet, row and checksum to the table layout and header row the record was read under.
 */
public record Incident(
    String authorityCode,
    String authorityName,
    String authorityType,
    String nation,
    String region,
    String financialYear,
    LocalDate incidentDate,
    DatePrecision datePrecision,
    Category category,
    Channel channel,
    Long incidentCount,
    boolean suppressed,
    Long peopleAffected,
    Boolean involvesChildren,
    Boolean sensitiveData,
    Action actionTaken,
    Boolean reportedToIco,
    String description,
    String sourceFile,
    String sourceSheet,
    int sourceRow,
    String sourceSha256,
    String sourceLayout,
    int sourceHeaderRow) implements java.io.Serializable {}
