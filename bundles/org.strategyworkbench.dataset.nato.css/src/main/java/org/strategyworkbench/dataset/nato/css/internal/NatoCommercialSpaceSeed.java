package org.strategyworkbench.dataset.nato.css.internal;

import org.osgi.service.component.annotations.Component;
import org.strategyworkbench.allies.AllyType;
import org.strategyworkbench.commitments.CommitmentType;
import org.strategyworkbench.commitments.StrategyType;
import org.strategyworkbench.core.workspace.Edit;
import org.strategyworkbench.core.workspace.WorkspaceSeed;
import org.strategyworkbench.milestones.MilestoneType;

/** Fills a new workspace with NATO's Commercial Space Strategy. No national action is invented. */
@Component
public final class NatoCommercialSpaceSeed implements WorkspaceSeed {

    @Override
    public Edit edit() {
        Dataset data = Dataset.load();
        Edit.Builder edit = Edit.named("Create the workspace from the " + data.strategy().name() + " dataset")
                .source("embedded dataset " + Dataset.RESOURCE);
        edit.put(StrategyType.TYPE, data.strategy());
        data.commitments().forEach(c -> edit.put(CommitmentType.TYPE, c));
        data.allies().forEach(a -> edit.put(AllyType.TYPE, a));
        data.milestones().forEach(m -> edit.put(MilestoneType.TYPE, m));
        return edit.build();
    }
}
