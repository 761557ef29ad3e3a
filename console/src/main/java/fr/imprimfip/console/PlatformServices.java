package fr.imprimfip.console;

/**
 * The EJB services of the platform's EAR the console calls, by their global JNDI names. The console is a deployment
 * of its own next to the EAR: WildFly gives each top-level deployment one virtual security domain, and the EAR's
 * MP-JWT API and the console's OIDC sign-in would each need theirs.
 */
public final class PlatformServices {

    private static final String EJB = "java:global/imprimfip/imprimfip-ejb/";
    private static final String BATCH = "java:global/imprimfip/imprimfip-batch/";

    public static final String BILLING = EJB + "BillingService!fr.imprimfip.billing.BillingService";
    public static final String PARTNERS = EJB + "Partners!fr.imprimfip.partner.Partners";
    public static final String INCIDENTS = EJB + "IncidentRegister!fr.imprimfip.incident.IncidentRegister";
    public static final String TEMPLATES = EJB + "LetterTemplates!fr.imprimfip.template.LetterTemplates";
    public static final String LATE_LETTERS = EJB + "LateLetters!fr.imprimfip.production.LateLetters";
    public static final String OUTBOX = EJB + "Outbox!fr.imprimfip.notification.Outbox";
    public static final String MAIL_DELIVERY = EJB + "MailDelivery!fr.imprimfip.notification.MailDelivery";
    public static final String AUDIT = EJB + "AuditTrail!fr.imprimfip.audit.AuditTrail";
    public static final String MAINTENANCE = EJB + "MaintenanceWindows!fr.imprimfip.access.MaintenanceWindows";
    public static final String REGISTERED_NUMBERS = EJB
            + "RegisteredNumbers!fr.imprimfip.registered.RegisteredNumbers";
    public static final String AUDIT_VERIFIER = EJB + "AuditTrailVerifier!fr.imprimfip.audit.AuditTrailVerifier";
    public static final String AUDIT_EXPORT = EJB + "AuditExport!fr.imprimfip.audit.AuditExport";
    public static final String PROCESSING_REGISTER = EJB + "ProcessingRegister!fr.imprimfip.partner.ProcessingRegister";
    public static final String RECORDS_PURGE = EJB + "RecordsPurgeService!fr.imprimfip.retention.RecordsPurgeService";
    public static final String REGISTERED_MAIL_REPORT =
            EJB + "RegisteredMailReport!fr.imprimfip.production.RegisteredMailReport";
    public static final String PRINT_LOTS = EJB + "PrintLotCatalog!fr.imprimfip.production.PrintLotCatalog";
    public static final String PRODUCTION_METRICS = EJB + "ProductionMetrics!fr.imprimfip.production.ProductionMetrics";
    public static final String CONVENTIONS = EJB + "Conventions!fr.imprimfip.partner.Conventions";
    public static final String PARTNER_CREDENTIALS = EJB + "PartnerCredentials!fr.imprimfip.partner.PartnerCredentials";
    public static final String APPLICATION_USERS = EJB + "ApplicationUsers!fr.imprimfip.partner.ApplicationUsers";
    public static final String CONVENTION_NOTICES = EJB + "ConventionNotices!fr.imprimfip.partner.ConventionNotices";
    public static final String TARIFFS = EJB + "Tariffs!fr.imprimfip.partner.Tariffs";
    public static final String JOB_RUNS = BATCH + "JobRuns!fr.imprimfip.batch.JobRuns";
    public static final String DEPOSITS = EJB + "Deposits!fr.imprimfip.deposit.Deposits";
    public static final String JOB_HEARTBEATS = BATCH + "JobHeartbeats!fr.imprimfip.batch.JobHeartbeats";
    public static final String AVAILABILITY =
            EJB + "AvailabilityProbes!fr.imprimfip.availability.AvailabilityProbes";
    public static final String BREACH_NOTICES = EJB + "BreachNotices!fr.imprimfip.incident.BreachNotices";

    private PlatformServices() {
    }
}
