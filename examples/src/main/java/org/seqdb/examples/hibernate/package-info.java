/**
 * An ordinary Hibernate application on a seqdb file ({@code HibernateExample}, run from the
 * README): its entities {@code Book} and {@code Review} take their ids from sequences, and it
 * starts as deployed and redeployed, with hbm2ddl create, validate and update.
 */
package org.seqdb.examples.hibernate;
