package org.strategyworkbench.workbench.internal;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.osgi.framework.FrameworkUtil;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.strategyworkbench.workbench.service.Selection;
import org.strategyworkbench.workbench.service.SelectionListener;
import org.strategyworkbench.workbench.service.SelectionService;

/** The current selection, told to {@link SelectionListener} services (whiteboard). */
@Component(service = {SelectionService.class, SelectionServiceImpl.class})
public final class SelectionServiceImpl implements SelectionService {

    private final Guard guard;
    private final List<SelectionListener> listeners = new CopyOnWriteArrayList<>();
    private volatile Selection current = Selection.EMPTY;

    @Activate
    public SelectionServiceImpl(@Reference ErrorLogImpl log) {
        this.guard = new Guard(log);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addListener(SelectionListener listener) {
        listeners.add(listener);
    }

    void removeListener(SelectionListener listener) {
        listeners.remove(listener);
    }

    @Override
    public Selection current() {
        return current;
    }

    @Override
    public void select(Selection selection) {
        if (selection.equals(current)) {
            return;
        }
        current = selection;
        for (SelectionListener listener : listeners) {
            guard.run(FrameworkUtil.getBundle(listener.getClass()), "Selection listener " + listener.getClass().getName(),
                    () -> listener.selectionChanged(selection));
        }
    }

    /** Forgets a selection made in a part that closed, so nothing keeps its objects. */
    void partClosed(String partId) {
        if (current.source().equals(partId)) {
            select(Selection.EMPTY);
        }
    }
}
