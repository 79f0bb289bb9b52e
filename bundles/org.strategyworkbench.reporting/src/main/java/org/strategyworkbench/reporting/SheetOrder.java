package org.strategyworkbench.reporting;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.osgi.service.component.annotations.ComponentPropertyType;

/**
 * Where a {@link SheetContributor}'s sheet stands in the workbook, as the service property
 * {@value #PROPERTY}. The built-in sheets use multiples of 100 from 100 (Summary); a plugin picks
 * a number between or after them. Without the property a sheet comes last. Sheets of the same
 * order come in the order of their names.
 *
 * @since 1.0
 */
@ComponentPropertyType
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface SheetOrder {

    /** Prefix of the derived property name. */
    String PREFIX_ = "report.";

    /** The service property: {@value}. */
    String PROPERTY = "report.sheet.order";

    /** @return the position; lower comes first */
    int value();
}
