/**
 * Not API, may change in any release: the calibrated {@link org.quotegraph.Quote#confidence()}, a
 * logistic model over a statement's rule, kind, cue and speaker form, its table in {@code
 * models/confidence.tsv}, and the fit that the command line's {@code calibrate} runs.
 */
package org.quotegraph.internal.confidence;
