/**
 * Not API, may change in any release: cues and speakers. Finds reporting cues and reported
 * speech in each parsed sentence, and attributes every statement to a speaker, each rule in a
 * class of its own.
 */
package org.quotegraph.internal.attribution;
