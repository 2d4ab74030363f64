/**
 * Not API, may change in any release: the implementation of {@link org.quotegraph.NewsExtractor}.
 * Shared helpers of the stages below (our lexicons, sorted spans).
 *
 * <p>Excluded from the javadoc. Nothing here appears in a public signature of the API packages.
 */
package org.quotegraph.internal;
