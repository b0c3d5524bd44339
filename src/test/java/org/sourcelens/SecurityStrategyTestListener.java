package org.sourcelens;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.support.AbstractTestExecutionListener;

/**
 * Vaadin installs its own security-context strategy globally when an application context starts,
 * and method security keeps the instance of its own context. With several cached test contexts in
 * one JVM the global one may belong to another context; this points it back at the context of the
 * test about to run, as it is in a running application.
 */
public class SecurityStrategyTestListener extends AbstractTestExecutionListener {

    @Override
    public void beforeTestMethod(TestContext testContext) {
        testContext.getApplicationContext().getBeanProvider(SecurityContextHolderStrategy.class)
                .ifAvailable(SecurityContextHolder::setContextHolderStrategy);
    }

    @Override
    public int getOrder() {
        return HIGHEST_PRECEDENCE;
    }
}
