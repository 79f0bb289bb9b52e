package org.strategyworkbench.workbench.contribution;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.osgi.service.component.annotations.ComponentPropertyType;

/**
 * The service properties of a {@link CommandHandler}.
 *
 * @since 1.0
 */
@ComponentPropertyType
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface CommandProperties {

    /** The prefix of every property of this type. */
    String PREFIX_ = "workbench.command.";

    /** The service property naming the command's id. */
    String ID = PREFIX_ + "id";

    /**
     * The identifier, unique in the workbench.
     *
     * @return the id, the service property {@value #ID}; by convention prefixed with the bundle's
     *         name. {@link org.strategyworkbench.workbench.service.Workbench#execute} runs a command
     *         by it
     */
    String id();

    /**
     * The label shown in menus and in the command palette.
     *
     * @return the label
     */
    String label();

    /**
     * One line on what the command does (tooltip and palette).
     *
     * @return the description; empty for none
     */
    String description() default "";

    /**
     * The group the command is listed under in the command palette.
     *
     * @return the category; {@code "General"} by default
     */
    String category() default "General";

    /**
     * The key binding in {@link javax.swing.KeyStroke#getKeyStroke(String)} syntax, such as
     * {@code ctrl shift N}; empty for none. A binding already taken by an earlier command is
     * ignored and logged.
     *
     * @return the key binding; one that {@code KeyStroke} cannot read is ignored and logged
     */
    String keys() default "";

    /**
     * Where the command appears, as {@code menu/group} locations: {@code file}, {@code edit},
     * {@code view}, {@code tools}, {@code window}, {@code help}, or a new top-level menu's label;
     * an optional {@code /group} keeps related entries together between separators. {@code
     * toolbar} puts it on the main toolbar. Empty: only the palette and the key binding.
     *
     * @return the locations, for example {@code {"tools/import", "toolbar"}}; a new top-level menu
     *         comes before Window
     */
    String[] locations() default {};

    /**
     * Order within its menu group; lower first.
     *
     * @return the rank, 100 by default; commands of one rank are ordered by label
     */
    int rank() default 100;

    /**
     * A resource path in the contributing bundle of a 16 px PNG icon, or empty.
     *
     * @return the path, for example {@code "icons/import.png"}; empty for none
     */
    String icon() default "";
}
