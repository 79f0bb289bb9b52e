package org.strategyworkbench.workbench.contribution;

import javax.swing.JComponent;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * An editor for one entity of a type, opened in the centre area. Register it as a service with
 * {@link EditorProperties}, preferably with {@code scope = ServiceScope.PROTOTYPE}: each open
 * editor gets its own instance.
 *
 * <p>Edits go to the workspace as they are made ({@code Workspace.apply}); they are saved,
 * recorded and undoable there, so an editor has no save state of its own.
 *
 * <p>Threading and lifecycle as for {@link ViewPart}.
 *
 * @since 1.0
 */
@ConsumerType
public interface EditorPart {

    /**
     * Creates the editor's panel for the entity {@link EditorSite#input()}.
     *
     * @throws Exception any failure; the workbench shows a placeholder naming the error instead
     */
    JComponent createControl(EditorSite site) throws Exception;

    /** Releases what {@link #createControl} acquired. */
    default void dispose() {
    }
}
