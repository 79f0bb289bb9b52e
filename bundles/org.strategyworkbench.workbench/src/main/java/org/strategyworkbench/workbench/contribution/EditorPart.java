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
 * <p>Threading and lifecycle as for {@link ViewPart}. Of several editors for one entity type, the
 * one with the highest {@link EditorProperties#rank()} is used; without any, the workbench opens
 * the entity in its read-only inspector.
 *
 * @since 1.0
 */
@ConsumerType
public interface EditorPart {

    /**
     * Creates the editor's panel for the entity {@link EditorSite#input()}.
     *
     * @param site the editor's link to the workbench, and the entity it edits
     * @return the panel; the workbench adds it to a tab of the centre area. Null counts as a
     *         failure
     * @throws Exception any failure; the workbench shows a placeholder naming the error instead
     */
    JComponent createControl(EditorSite site) throws Exception;

    /** Releases what {@link #createControl} acquired. */
    default void dispose() {
    }
}
