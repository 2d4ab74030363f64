/**
 * Not API, may change in any release: quotation marks paired over the raw text, before any
 * language model runs.
 */
package org.quotegraph.internal.quote;
