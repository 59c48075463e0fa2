package org.edalat.it.support;

import java.io.File;
import org.jboss.arquillian.container.test.api.Testable;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The deployment of every IT: the real EAR this build produced, with the IT classes and this support
 * package (fixture users, run-as helper) added to its web module.
 */
public final class Deployments {
    static final String WAR = "edalat-web.war";

    private Deployments() {}

    public static EnterpriseArchive ear() {
        File file = new File(System.getProperty("edalat.ear", "target/edalat.ear"));
        EnterpriseArchive ear = ShrinkWrap.create(ZipImporter.class, "edalat.ear")
                .importFrom(file)
                .as(EnterpriseArchive.class);
        WebArchive war = ShrinkWrap.create(ZipImporter.class, WAR)
                .importFrom(ear.get(WAR).getAsset().openStream())
                .as(WebArchive.class);
        // Arquillian adds the test class only to class containers, not into an EAR: add every IT class
        // (and this support package) to the web module, where the servlet protocol runs the tests.
        war.addPackages(true, "org.edalat.it");
        ear.delete(WAR);
        ear.addAsModule(Testable.archiveToTest(war));
        return ear;
    }
}
