package org.strategyworkbench.workbench.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import javax.swing.JComponent;
import org.osgi.framework.BundleContext;
import org.strategyworkbench.workbench.contribution.PartSite;
import org.strategyworkbench.workbench.contribution.StatusItem;
import org.strategyworkbench.workbench.service.Selection;
import org.strategyworkbench.workbench.service.Workbench;

/**
 * The contributed items of the status line: each service's component is created when it arrives
 * (or the window opens) and disposed, with its service given back, when it goes. Event thread only.
 */
final class StatusItems {

    /** A live item: its service object and the component it made. */
    private record Item(StatusItem part, JComponent control) {
    }

    private final BundleContext context;
    private final Guard guard;
    private final WorkbenchImpl workbench;
    private final SelectionServiceImpl selection;
    private final StatusLine status;
    private final Map<Contribution<?>, Item> items = new HashMap<>();

    StatusItems(BundleContext context, Guard guard, WorkbenchImpl workbench, SelectionServiceImpl selection, StatusLine status) {
        this.context = context;
        this.guard = guard;
        this.workbench = workbench;
        this.selection = selection;
        this.status = status;
    }

    void add(Contribution<?> contribution) {
        if (items.containsKey(contribution)) {
            return;
        }
        StatusItem[] got = new StatusItem[1];
        Guard.Result<JComponent> created = guard.call(contribution.bundle(), "Status item '" + contribution.id() + "'", () -> {
            got[0] = (StatusItem) context.getService(contribution.reference());
            if (got[0] == null) {
                throw new IllegalStateException("its component could not be activated");
            }
            return got[0].createControl(site(contribution));
        });
        if (created.ok() && created.value() != null) {
            items.put(contribution, new Item(got[0], created.value()));
            status.addItem(created.value(), contribution.integer("rank", 100));
        } else if (got[0] != null) {
            context.ungetService(contribution.reference());
        }
    }

    void remove(Contribution<?> contribution) {
        Item item = items.remove(contribution);
        if (item == null) {
            return;
        }
        status.removeItem(item.control());
        guard.run(contribution.bundle(), "Disposing status item '" + contribution.id() + "'", item.part()::dispose);
        guard.run(contribution.bundle(), "Releasing status item '" + contribution.id() + "'",
                () -> context.ungetService(contribution.reference()));
    }

    /** Removes every item; the window is closing. */
    void removeAll() {
        new ArrayList<>(items.keySet()).forEach(this::remove);
    }

    private PartSite site(Contribution<?> contribution) {
        return new PartSite() {
            @Override
            public String id() {
                return contribution.id();
            }

            @Override
            public Workbench workbench() {
                return workbench.forBundle(contribution.bundle());
            }

            @Override
            public void setSelection(Selection s) {
                selection.select(new Selection(contribution.id(), s.items()));
            }

            @Override
            public void setTitle(String title) {
                // a status item has no title
            }
        };
    }
}
