package uk.breachreport.core.quality;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * A council whose figures are not published until reviewed: a stable {@code code} for the check
 * that held it ({@code ABOVE_POPULATION}, {@code FAR_ABOVE_TYPE}, {@code HUGE_CELL},
 * {@code YEAR_OUT_OF_LINE}, {@code ANSWERS_DISAGREE}, {@code SET_BY_CORRECTION}) and a message
 * with the figures. quality.json lists them under their council, without its code.
 */
public record Hold(@JsonIgnore String authorityCode, String code, String message) {}
