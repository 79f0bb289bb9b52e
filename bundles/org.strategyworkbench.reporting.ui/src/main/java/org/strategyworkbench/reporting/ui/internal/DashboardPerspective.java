package org.strategyworkbench.reporting.ui.internal;

import org.osgi.service.component.annotations.Component;
import org.strategyworkbench.workbench.contribution.Area;
import org.strategyworkbench.workbench.contribution.Perspective;
import org.strategyworkbench.workbench.contribution.PerspectiveLayout;
import org.strategyworkbench.workbench.contribution.PerspectiveProperties;

/** Where the day starts: the dashboard, the reporting rounds, the problems and the selection. */
@Component(service = Perspective.class)
@PerspectiveProperties(id = DashboardPerspective.ID, label = "Dashboard", rank = 5)
public final class DashboardPerspective implements Perspective {

    public static final String ID = "reporting.perspective";

    @Override
    public void layout(PerspectiveLayout layout) {
        layout.place(DashboardView.ID, Area.CENTER)
                .place("workbench.overview", Area.CENTER)
                .place("workbench.problems", Area.BOTTOM)
                .place(RoundsView.ID, Area.BOTTOM)
                .place("workbench.properties", Area.RIGHT)
                .size(Area.BOTTOM, 0.25)
                .size(Area.RIGHT, 0.2);
    }
}
