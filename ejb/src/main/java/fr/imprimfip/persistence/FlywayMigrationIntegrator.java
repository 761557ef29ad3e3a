package fr.imprimfip.persistence;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;

import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.hibernate.boot.Metadata;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.integrator.spi.Integrator;
import org.hibernate.service.spi.SessionFactoryServiceRegistry;

/**
 * Applies the Flyway migrations while the persistence unit starts, before Hibernate validates the schema: a
 * startup bean would run too late, after validation has already failed on an empty database.
 */
public class FlywayMigrationIntegrator implements Integrator {

    static final String DATASOURCE = "java:jboss/datasources/ImprimfipDS";
    private static final Logger LOG = Logger.getLogger(FlywayMigrationIntegrator.class.getName());

    @Override
    public void integrate(Metadata metadata, SessionFactoryImplementor sessionFactory,
                          SessionFactoryServiceRegistry serviceRegistry) {
        List<String> locations = new ArrayList<>(List.of("classpath:db/migration",
                "classpath:fr/imprimfip/persistence/migration"));
        if (DemoProfile.enabled()) {
            locations.add("classpath:db/demo");
        }
        var result = Flyway.configure(FlywayMigrationIntegrator.class.getClassLoader())
                .dataSource(lookupDataSource())
                .locations(locations.toArray(String[]::new))
                .table("schema_history")
                // The batch job repository shares the database and creates its tables first: version 0 marks
                // the schema as ours from the start, so that V1 still applies.
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .load()
                .migrate();
        LOG.info(() -> "Database schema at version " + result.targetSchemaVersion + " (" + result.migrationsExecuted
                + " migrations applied now, demo data " + (DemoProfile.enabled() ? "on" : "off") + ")");
    }

    @Override
    public void disintegrate(SessionFactoryImplementor sessionFactory, SessionFactoryServiceRegistry serviceRegistry) {
        // nothing to release
    }

    private static DataSource lookupDataSource() {
        try {
            return (DataSource) new InitialContext().lookup(DATASOURCE);
        } catch (NamingException e) {
            throw new IllegalStateException("Datasource " + DATASOURCE + " is not bound", e);
        }
    }
}
