/**
 * Workbench services: the selection, background jobs with progress and cancel, notifications,
 * the error log, and the {@link org.strategyworkbench.workbench.service.Workbench} that opens
 * views and editors and runs commands.
 *
 * <p>The workbench bundle provides every interface of this package; plugins use them and never
 * implement them, except the listener interfaces marked {@code @ConsumerType}.
 *
 * @since 1.0
 */
@Export
@Version("1.0.0")
package org.strategyworkbench.workbench.service;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
