package org.strategyworkbench.allies.ui.internal;

import org.osgi.service.component.annotations.Component;
import org.strategyworkbench.workbench.contribution.Area;
import org.strategyworkbench.workbench.contribution.Perspective;
import org.strategyworkbench.workbench.contribution.PerspectiveLayout;
import org.strategyworkbench.workbench.contribution.PerspectiveProperties;

/** What each ally does: the allies, the ally × commitment matrix, the selection's properties. */
@Component(service = Perspective.class)
@PerspectiveProperties(id = AlliesPerspective.ID, label = "Allies", rank = 30)
public final class AlliesPerspective implements Perspective {

    public static final String ID = "allies.perspective";

    @Override
    public void layout(PerspectiveLayout layout) {
        layout.place(MatrixView.ID, Area.CENTER)
                .place(AlliesView.ID, Area.LEFT)
                .place("workbench.properties", Area.RIGHT)
                .size(Area.LEFT, 0.3)
                .size(Area.RIGHT, 0.2);
    }
}
