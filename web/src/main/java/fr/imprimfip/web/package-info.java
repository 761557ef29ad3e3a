/**
 * The web module: thin JAX-RS resources that validate, map to the domain and delegate to the EJB services, with
 * errors rendered by exception mappers in the format of the door that was called.
 */
package fr.imprimfip.web;
