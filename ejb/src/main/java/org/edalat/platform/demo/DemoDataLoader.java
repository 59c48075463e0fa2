package org.edalat.platform.demo;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;

/**
 * The {@code demo} switch: with the system property {@code edalat.demo=true} (set by the README
 * run command, never by the tests) the demo data set is loaded at deployment if absent.
 */
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DemoDataLoader {
    /** System property that switches the demo data on. */
    public static final String SWITCH = "edalat.demo";

    @EJB
    private DemoDataService demoData;

    @PostConstruct
    void loadIfSwitchedOn() {
        if (Boolean.getBoolean(SWITCH)) {
            demoData.loadIfAbsent();
        }
    }
}
