/**
 * Not API, may change in any release: the one package that talks to Stanford CoreNLP. Runs the
 * lean pipeline and our inference of CoreNLP's dependency parser model, and maps the result to
 * records of our own.
 */
package org.quotegraph.internal.nlp;
