/**
 * The platform's Jakarta Batch jobs (one job XML each in META-INF/batch-jobs) and the service that starts them
 * and reports on their executions. Jobs keep their state in the JDBC job repository and are restartable.
 */
package fr.imprimfip.batch;
