package org.strategyworkbench.workbench.internal;

import org.osgi.service.component.annotations.Component;
import org.strategyworkbench.workbench.contribution.Area;
import org.strategyworkbench.workbench.contribution.Perspective;
import org.strategyworkbench.workbench.contribution.PerspectiveLayout;
import org.strategyworkbench.workbench.contribution.PerspectiveProperties;

/** The workbench's own perspectives. */
public final class Perspectives {

    private Perspectives() {
    }

    /** What a staff officer sees first: the workspace, its problems, the selection's properties. */
    @Component(service = Perspective.class)
    @PerspectiveProperties(id = BuiltInViews.OVERVIEW_PERSPECTIVE, label = "Overview", rank = 10)
    public static final class Overview implements Perspective {
        @Override
        public void layout(PerspectiveLayout layout) {
            layout.place(BuiltInViews.OVERVIEW, Area.CENTER)
                    .place(BuiltInViews.PROBLEMS, Area.BOTTOM)
                    .place(BuiltInViews.PROPERTIES, Area.RIGHT)
                    .size(Area.BOTTOM, 0.3)
                    .size(Area.RIGHT, 0.25);
        }
    }

    /** Managing the workbench itself: bundles, the error log, running jobs. */
    @Component(service = Perspective.class)
    @PerspectiveProperties(id = BuiltInViews.PLUGINS_PERSPECTIVE, label = "Plugins", rank = 900)
    public static final class Plugins implements Perspective {
        @Override
        public void layout(PerspectiveLayout layout) {
            layout.place(BuiltInViews.PLUGINS, Area.CENTER)
                    .place(BuiltInViews.ERROR_LOG, Area.BOTTOM)
                    .place(BuiltInViews.PROGRESS, Area.BOTTOM)
                    .size(Area.BOTTOM, 0.35);
        }
    }
}
