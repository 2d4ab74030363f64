/**
 * Not API, may change in any release: entity clustering. Turns the tagger's name mentions into
 * entities (name variants of one person joined, titles and affiliations read off).
 */
package org.quotegraph.internal.entity;
