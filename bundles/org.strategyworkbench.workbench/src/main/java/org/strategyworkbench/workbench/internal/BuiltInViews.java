package org.strategyworkbench.workbench.internal;

/** The ids of the workbench's own views and perspectives. */
public final class BuiltInViews {

    public static final String OVERVIEW = "workbench.overview";
    public static final String PROBLEMS = "workbench.problems";
    public static final String PROPERTIES = "workbench.properties";
    public static final String PLUGINS = "workbench.plugins";
    public static final String ERROR_LOG = "workbench.errorLog";
    public static final String PROGRESS = "workbench.progress";

    public static final String OVERVIEW_PERSPECTIVE = "workbench.perspective.overview";
    public static final String PLUGINS_PERSPECTIVE = "workbench.perspective.plugins";

    private BuiltInViews() {
    }
}
