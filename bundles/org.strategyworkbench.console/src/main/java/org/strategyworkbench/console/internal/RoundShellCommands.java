package org.strategyworkbench.console.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.strategyworkbench.core.rounds.Difference;
import org.strategyworkbench.core.rounds.Round;
import org.strategyworkbench.core.rounds.Rounds;
import org.strategyworkbench.core.workspace.EditRejectedException;

/** Gogo commands for reporting rounds: {@code swb:rounds}, {@code swb:freeze NAME}, {@code swb:changes FROM [TO]}. */
@Component(service = RoundShellCommands.class, property = {"osgi.command.scope=swb",
    "osgi.command.function=rounds", "osgi.command.function=freeze", "osgi.command.function=changes"})
public final class RoundShellCommands {

    private final Rounds rounds;

    @Activate
    public RoundShellCommands(@Reference Rounds rounds) {
        this.rounds = rounds;
    }

    /** Every round with its date and the revision it froze. */
    public String rounds() {
        TextTable table = new TextTable("NAME", "DATE", "REVISION", "NOTE");
        rounds.rounds().forEach(r -> table.row(r.name(), r.date(), r.revision(), r.note()));
        return table.toString() + table.size() + " rounds";
    }

    /** Freezes the workspace as a round dated today. */
    public String freeze(String name, String... note) throws EditRejectedException {
        Round round = rounds.freeze(name, LocalDate.now(), String.join(" ", note));
        return "froze round \"" + round.name() + "\" at revision " + round.revision();
    }

    /** What changed since a round, up to another round or now. */
    public String changes(String from, String... to) {
        Round start = find(from);
        Optional<Round> end = to.length == 0 ? Optional.empty() : Optional.of(find(to[0]));
        List<Difference> differences = rounds.compare(start, end);
        TextTable table = new TextTable("CHANGE", "TYPE", "ID", "FIELDS");
        differences.forEach(d -> table.row(d.kind(), d.typeName(), d.id(), String.join(", ", d.changedFields())));
        return table.toString() + differences.size() + " differences since \"" + start.name() + "\""
                + end.map(r -> " up to \"" + r.name() + "\"").orElse(" up to now");
    }

    private Round find(String name) {
        return rounds.round(name).orElseThrow(() -> new IllegalArgumentException("no round \"" + name + "\""));
    }
}
