/**
 * Not API, may change in any release: builds an article's {@link org.quotegraph.SpeakerGraph}
 * from its entities and quotes.
 */
package org.quotegraph.internal.graph;
