package org.strategyworkbench.returns.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

/** Reads a returned file within the limits: the record first, checked, then the actions sheet. */
final class ReturnReader {

    private ReturnReader() {
    }

    /**
     * Reads the file; a file that breaks a limit, is damaged or untrusted comes back refused.
     *
     * @param key the workspace's key, or empty when it never made a template
     * @throws IOException when the file cannot be read at all (no such file, no permission)
     */
    static ReturnFile read(Path file, Optional<WorkspaceKey> key, Limits limits) throws IOException {
        Deadline deadline = Deadline.in(limits.time());
        try (XlsxPackage xlsx = XlsxPackage.open(file, limits, deadline)) {
            var recordSheet = xlsx.sheets().stream().filter(s -> s.name().equals(TemplateRecord.SHEET)).findFirst();
            if (recordSheet.isEmpty()) {
                return ReturnFile.refused("it is not a return template made by Strategy Workbench (it has no hidden"
                        + " record); the delegation must fill in the template the secretariat sent");
            }
            if (key.isEmpty()) {
                return ReturnFile.refused("no return template was ever made from this workspace, so this one was made"
                        + " from another workspace");
            }
            TemplateRecord.Read record = TemplateRecord.read(xlsx.sheet(recordSheet.get()), key.get());
            if (record.record().isEmpty()) {
                return ReturnFile.refused(record.problem());
            }
            var actions = xlsx.sheets().stream().filter(s -> s.name().equals(TemplateWriter.ACTIONS)).findFirst();
            if (actions.isEmpty()) {
                return ReturnFile.refused("its sheet " + TemplateWriter.ACTIONS + " is missing (renamed or deleted);"
                        + " sheets of a return must keep their names");
            }
            return new ReturnFile(record.record(), xlsx.sheet(actions.get()), xlsx.date1904(), "");
        } catch (Refused e) {
            return ReturnFile.refused(e.getMessage());
        }
    }
}
