/** Who is calling: the verified token's claims mapped to a registered partner or to a staff member. */
package fr.imprimfip.web.security;
