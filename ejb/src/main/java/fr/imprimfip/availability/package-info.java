/**
 * The service's availability (CGU §11): the platform probes its own partner door on every node and keeps each
 * probe, then measures each month's rate over the opening hours (0:00-24:00, planned maintenance counting as
 * unavailability) and over the coverage range (7:00-20:00, Paris time) against the 97.16 % commitment, with its
 * incidents and longest outage, as data and as a PDF report. The v1 health check answers from the same state.
 * The node's readiness conditions and the platform's gauges in its metrics are here too.
 */
package fr.imprimfip.availability;
