package org.strategyworkbench.commitments.ui.internal;

import org.osgi.service.component.annotations.Component;
import org.strategyworkbench.workbench.contribution.Area;
import org.strategyworkbench.workbench.contribution.Perspective;
import org.strategyworkbench.workbench.contribution.PerspectiveLayout;
import org.strategyworkbench.workbench.contribution.PerspectiveProperties;

/** Following the commitments: the register, the soft-commitment watch list and their conversion. */
@Component(service = Perspective.class)
@PerspectiveProperties(id = CommitmentsPerspective.ID, label = "Commitments", rank = 20)
public final class CommitmentsPerspective implements Perspective {

    public static final String ID = "commitments.perspective";

    @Override
    public void layout(PerspectiveLayout layout) {
        layout.place(RegisterView.ID, Area.CENTER)
                .place(WatchListView.ID, Area.CENTER)
                .place(ConversionView.ID, Area.CENTER)
                .place("workbench.properties", Area.RIGHT)
                .place("workbench.problems", Area.BOTTOM)
                .size(Area.RIGHT, 0.22)
                .size(Area.BOTTOM, 0.25);
    }
}
