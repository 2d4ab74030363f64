package org.quotegraph;

/** What kind of thing an {@link Entity} is. */
public enum EntityType {
  /** A named person. */
  PERSON,
  /** A named organisation: a company, party, ministry, armed group, newspaper. */
  ORGANIZATION,
  /** A named place: a city, country, region or landmark. */
  LOCATION,
  /**
   * A group of people named by what they are rather than by a name ("thousands of Iraqis",
   * "officials", "residents"); found only as speakers.
   */
  GROUP
}
