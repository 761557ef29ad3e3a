/** How refusals are answered: the v1 contract's error format on /api/v1, RFC 9457 problem details elsewhere. */
package fr.imprimfip.web.errors;
