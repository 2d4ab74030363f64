/**
 * Graphs for graph tools: {@link org.quotegraph.export.GraphMl} (Gephi, yEd, Cytoscape, NetworkX,
 * Neo4j) and {@link org.quotegraph.export.Dot} (Graphviz) write an article's {@link
 * org.quotegraph.SpeakerGraph} or a {@link org.quotegraph.corpus.CorpusGraph}, with node types,
 * names, titles, affiliations and quote counts as attributes.
 */
package org.quotegraph.export;
