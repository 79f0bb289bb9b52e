package org.strategyworkbench.workbench.contribution;

import org.osgi.annotation.versioning.ProviderType;
import org.strategyworkbench.workbench.service.EntityRef;

/**
 * An editor's link to the workbench.
 *
 * @since 1.0
 */
@ProviderType
public interface EditorSite extends PartSite {

    /** The entity the editor edits. */
    EntityRef input();
}
