/**
 * Jakarta Batch jobs of the platform. The job repository is JDBC on the application's datasource
 * (wildfly-config/src/main/cli/server.cli), so job history survives restarts; jobs run with the
 * identity of the user who started them (batch-jberet security-domain).
 */
package org.edalat.platform.batch;
