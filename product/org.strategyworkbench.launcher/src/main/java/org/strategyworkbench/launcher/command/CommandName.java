package org.strategyworkbench.launcher.command;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.osgi.service.component.annotations.ComponentPropertyType;

/**
 * The name under which a {@link WorkbenchCommand} is called, as the service property
 * {@value #PROPERTY}. Put it on the component class:
 *
 * <pre>{@code
 * @Component
 * @CommandName("bundles")
 * public class BundlesCommand implements WorkbenchCommand { ... }
 * }</pre>
 *
 * Names are lower case words joined by hyphens.
 *
 * @since 0.1
 */
@ComponentPropertyType
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface CommandName {

    /** Prefix of the derived property name. */
    String PREFIX_ = "workbench.";

    /** The service property that carries the name: {@value}. */
    String PROPERTY = "workbench.command.name";

    /** @return the command's name, for example {@code "export"} */
    String value();
}
