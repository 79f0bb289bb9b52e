package org.strategyworkbench.workbench.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.lang.reflect.Proxy;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.ServiceReference;

class ContributionTest {

    /** A reference that names its bundle until it is "unregistered", as the framework's do. */
    @SuppressWarnings("unchecked")
    private static ServiceReference<Object> reference(Bundle bundle, AtomicBoolean registered) {
        return (ServiceReference<Object>) Proxy.newProxyInstance(ContributionTest.class.getClassLoader(),
                new Class<?>[] {ServiceReference.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getBundle" -> registered.get() ? bundle : null;
                    case "getProperty" -> "workbench.command.id".equals(args[0]) ? "com.example.refresh" : null;
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "equals" -> proxy == args[0];
                    default -> null;
                });
    }

    @Test
    void aContributionStillNamesItsBundleAfterItsServiceWasUnregistered() {
        Bundle bundle = (Bundle) Proxy.newProxyInstance(ContributionTest.class.getClassLoader(), new Class<?>[] {Bundle.class},
                (proxy, method, args) -> method.getName().equals("hashCode") ? 1 : null);
        AtomicBoolean registered = new AtomicBoolean(true);
        Contribution<Object> command = new Contribution<>(Contribution.Kind.COMMAND, reference(bundle, registered));
        registered.set(false);
        assertSame(bundle, command.bundle(), "the window still asks whose it was while it takes the command away");
        assertEquals("com.example.refresh", command.id());
    }
}
