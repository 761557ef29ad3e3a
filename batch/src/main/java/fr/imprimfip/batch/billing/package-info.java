/**
 * The steps of the {@code annual-billing} job: the partners to bill, read by keyset ({@code PartnerIdReader}), each
 * priced into its draft statement for the year ({@code StatementProcessor}) and written in the chunk's transaction
 * ({@code StatementWriter}); an issued statement is never changed (docs/billing.md).
 */
package fr.imprimfip.batch.billing;
