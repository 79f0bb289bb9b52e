package org.strategyworkbench.returns.internal;

import org.osgi.service.component.annotations.Component;
import org.strategyworkbench.core.workspace.EntityType;
import org.strategyworkbench.returns.ReturnReceiptType;

/** Registers the return-receipt type with the workspace. */
@Component(service = EntityType.class)
public final class ReturnReceiptTypeService extends ReturnReceiptType {
}
