package org.strategyworkbench.console.internal;

import java.time.LocalDate;
import java.util.Comparator;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.strategyworkbench.actions.Action;
import org.strategyworkbench.actions.ActionEntityType;
import org.strategyworkbench.allies.Ally;
import org.strategyworkbench.allies.AllyType;
import org.strategyworkbench.commitments.Commitment;
import org.strategyworkbench.commitments.CommitmentType;
import org.strategyworkbench.core.workspace.WorkspaceSnapshot;
import org.strategyworkbench.core.workspace.Workspace;
import org.strategyworkbench.milestones.Milestone;
import org.strategyworkbench.milestones.MilestoneType;

/** Gogo commands to look at the workspace: {@code swb:commitments}, {@code swb:commitment CSS-06}, … */
@Component(service = WorkspaceShellCommands.class, property = {"osgi.command.scope=swb",
    "osgi.command.function=commitments", "osgi.command.function=commitment", "osgi.command.function=allies",
    "osgi.command.function=actions", "osgi.command.function=milestones", "osgi.command.function=ally",
    "osgi.command.function=action", "osgi.command.function=milestone"})
public final class WorkspaceShellCommands {

    private final Workspace workspace;

    @Activate
    public WorkspaceShellCommands(@Reference Workspace workspace) {
        this.workspace = workspace;
    }

    private WorkspaceSnapshot snapshot() {
        return workspace.snapshot();
    }

    /** Every commitment: id, kind, strength, stage, provenance, title. */
    public String commitments() {
        TextTable table = new TextTable("ID", "KIND", "STRENGTH", "STAGE", "PROVENANCE", "TITLE");
        for (Commitment c : snapshot().all(CommitmentType.TYPE)) {
            table.row(c.id(), c.kind(), c.strength().map(Enum::name).orElse("?"), c.stage(), c.provenance().origin(),
                    c.title());
        }
        return table.toString() + table.size() + " commitments";
    }

    /** One commitment with every field. */
    public String commitment(String id) {
        return snapshot().get(CommitmentType.TYPE, id).map(c -> String.join("\n",
                c.id() + "  " + c.title(), "  " + c.summary(),
                "kind " + c.kind() + " (" + c.strength().map(Enum::name).orElse("unknown") + "), stage " + c.stage()
                        + (c.closedReason().isEmpty() ? "" : " (" + c.closedReason() + ")"),
                "owner " + c.owner() + "; objective " + c.objective() + "; confidence " + c.confidence(),
                "stated in: " + c.provenance().origin() + ", " + c.provenance().source()
                        + (c.provenance().location().isEmpty() ? "" : ", " + c.provenance().location()),
                "due " + orDash(c.dueDate()) + ", decision " + orDash(c.decisionDate()) + ", last changed " + c.updated(),
                "follow-ups: " + (c.followUps().isEmpty() ? "none" : String.join(", ", c.followUps()))))
                .orElse("no commitment " + id);
    }

    /** The allies with accession year and maturity tier. */
    public String allies() {
        TextTable table = new TextTable("CODE", "ACCESSION", "TIER", "NAME");
        for (Ally a : snapshot().all(AllyType.TYPE)) {
            table.row(a.code(), a.accessionYear(), a.tier(), a.name());
        }
        return table.toString() + table.size() + " allies";
    }

    /** Every action, or one ally's. */
    public String actions(String... ally) {
        TextTable table = new TextTable("ID", "ALLY", "COMMITMENT", "TYPE", "STATUS", "TITLE");
        var actions = ally.length == 0 ? snapshot().all(ActionEntityType.TYPE)
                : snapshot().partition(ActionEntityType.TYPE, ally[0].toUpperCase(java.util.Locale.ROOT));
        for (Action a : actions) {
            table.row(a.id(), a.ally(), a.commitment(), a.type(), a.status(), (a.example() ? "[example] " : "") + a.title());
        }
        return table.toString() + table.size() + " actions";
    }

    /** The milestones in date order with their status today. */
    public String milestones() {
        LocalDate today = LocalDate.now();
        TextTable table = new TextTable("ID", "DATE", "STATUS", "COMMITMENT", "TITLE");
        snapshot().all(MilestoneType.TYPE).stream()
                .sorted(Comparator.comparing((Milestone m) -> m.actual() != null ? m.actual() : m.expected().orElse(LocalDate.MAX)))
                .forEach(m -> table.row(m.id(), m.actual() != null ? m.actual() : m.expected().orElse(null),
                        m.status(today), m.commitment(), m.title()));
        return table.toString() + table.size() + " milestones";
    }

    /** One ally with its actions and positions. */
    public String ally(String code) {
        String id = code.toUpperCase(java.util.Locale.ROOT);
        return snapshot().get(AllyType.TYPE, id).map(a -> a.code() + "  " + a.name() + "\njoined " + a.accessionYear()
                + (a.accessionDate() == null ? "" : " (" + a.accessionDate() + ")") + ", maturity tier " + a.tier()
                + "\n" + snapshot().partition(ActionEntityType.TYPE, id).size() + " actions, "
                + snapshot().partition(org.strategyworkbench.actions.PositionType.TYPE, id).size() + " declared positions")
                .orElse("no ally " + code);
    }

    /** One action with every field. */
    public String action(String id) {
        return snapshot().get(ActionEntityType.TYPE, id).map(a -> String.join("\n",
                a.id() + "  " + (a.example() ? "[example] " : "") + a.title(),
                "ally " + a.ally() + ", commitment " + a.commitment() + ", " + a.type() + ", " + a.status(),
                "from " + orDash(a.start()) + " to " + orDash(a.end())
                        + (a.amount() == null ? "" : ", " + a.amount().toPlainString() + " " + a.currency()),
                "evidence: " + (a.evidence().isEmpty() ? "none" : a.evidence()),
                "source: " + (a.source().isEmpty() ? "-" : a.source()),
                "last changed by " + a.lastChange().by() + " at " + a.lastChange().at())).orElse("no action " + id);
    }

    /** One milestone with its dates and status today. */
    public String milestone(String id) {
        LocalDate today = LocalDate.now();
        return snapshot().get(MilestoneType.TYPE, id).map(m -> String.join("\n",
                m.id() + "  " + m.title(),
                "status " + m.status(today) + (m.slipDays().map(d -> ", slipped " + d + " days").orElse("")),
                "baseline " + orDash(m.baseline()) + ", forecast " + orDash(m.forecast()) + ", actual " + orDash(m.actual())
                        + " (" + m.precision() + ")",
                "commitment " + (m.commitment().isEmpty() ? "-" : m.commitment()) + ", owner " + m.owner()
                        + ", depends on " + (m.dependsOn().isEmpty() ? "nothing" : String.join(", ", m.dependsOn())),
                "source: " + m.provenance().origin() + ", " + m.provenance().source())).orElse("no milestone " + id);
    }

    private static String orDash(LocalDate date) {
        return date == null ? "-" : date.toString();
    }
}
