package org.strategyworkbench.workbench.contribution;

import org.osgi.annotation.versioning.ProviderType;
import org.strategyworkbench.workbench.service.EntityRef;

/**
 * An editor's link to the workbench. Its {@link #id()} is {@code editor:TYPE/ID}.
 *
 * @since 1.0
 */
@ProviderType
public interface EditorSite extends PartSite {

    /**
     * The entity the editor edits.
     *
     * @return the entity's type and id; the same for the editor's whole life
     */
    EntityRef input();
}
