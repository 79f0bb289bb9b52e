package org.strategyworkbench.reporting;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Contributes one sheet to every implementation-plan workbook. Register as a service with a
 * {@link SheetOrder}; sheets are written from the lowest order to the highest.
 *
 * <p>Called on the thread writing the report; several reports may be written at once, so an
 * implementation keeps no state between calls. An exception ends the report with an error naming
 * the sheet; an {@link IllegalArgumentException}, meant for a request the sheet cannot serve (such
 * as an unknown round), reaches the caller as it is.
 *
 * <p>Service properties: {@value SheetOrder#PROPERTY} (an integer, see {@link SheetOrder}). A
 * sheet registered or removed takes effect from the next report.
 *
 * @since 1.0
 */
@ConsumerType
public interface SheetContributor {

    /**
     * The sheet's name: at most 31 characters, none of {@code : \ / ? * [ ]}.
     *
     * @return the name, the same on every call; a name that breaks these rules fails every report
     *         with an {@link IllegalArgumentException}
     */
    String sheetName();

    /**
     * Writes the sheet's content.
     *
     * @param sheet the sheet to write to, valid only during this call
     * @param request what the workbook is written from; its snapshot holds only the records the
     *        request's audience may see
     */
    void write(SheetWriter sheet, ReportRequest request);
}
