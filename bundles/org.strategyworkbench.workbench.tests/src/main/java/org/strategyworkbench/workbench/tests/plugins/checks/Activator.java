package org.strategyworkbench.workbench.tests.plugins.checks;

import java.util.List;
import org.osgi.framework.BundleActivator;
import org.osgi.framework.BundleContext;
import org.strategyworkbench.core.problems.Problem;
import org.strategyworkbench.core.problems.Validator;

/** A test plugin whose validator finds one problem in any workspace. */
public final class Activator implements BundleActivator {

    public static final String MESSAGE = "test plugin check: always one problem";

    @Override
    public void start(BundleContext context) {
        context.registerService(Validator.class, (snapshot, validation) -> List.of(
                Problem.warning("commitment", "CSS-01", MESSAGE)), null);
    }

    @Override
    public void stop(BundleContext context) {
        // the framework unregisters the validator
    }
}
