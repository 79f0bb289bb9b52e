package org.strategyworkbench.milestones.ui.internal;

import org.osgi.service.component.annotations.Component;
import org.strategyworkbench.workbench.contribution.Area;
import org.strategyworkbench.workbench.contribution.Perspective;
import org.strategyworkbench.workbench.contribution.PerspectiveLayout;
import org.strategyworkbench.workbench.contribution.PerspectiveProperties;

/** The way ahead: the timeline, the selection's properties and what is late. */
@Component(service = Perspective.class)
@PerspectiveProperties(id = MilestonesPerspective.ID, label = "Milestones", rank = 40)
public final class MilestonesPerspective implements Perspective {

    public static final String ID = "milestones.perspective";

    @Override
    public void layout(PerspectiveLayout layout) {
        layout.place(TimelineView.ID, Area.CENTER)
                .place("workbench.properties", Area.RIGHT)
                .place("workbench.problems", Area.BOTTOM)
                .size(Area.RIGHT, 0.22)
                .size(Area.BOTTOM, 0.22);
    }
}
