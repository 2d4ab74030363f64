/**
 * JSON for programs: {@link org.quotegraph.json.ExtractionJson} writes an {@link
 * org.quotegraph.Extraction} as one versioned document described by a JSON Schema in the jar, and
 * reads it back; {@link org.quotegraph.json.CorpusJson} writes a corpus graph; {@link
 * org.quotegraph.json.Predictions} writes one line per article in the format of the evaluation
 * scorer.
 *
 * <p>Jackson 3 is used underneath, in its own package, so it never clashes with a Jackson 2 that
 * an application already carries.
 */
package org.quotegraph.json;
