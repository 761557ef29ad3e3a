package fr.imprimfip.shared;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An exception of the platform that is no {@link Refusal}: it is caught within its capability and turned into a
 * state (a finding, a file in error), never shown to a caller. The web module's tests check that every other
 * exception of the platform is a refusal.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface InternalFailure {
}
