package org.quotegraph.internal.attribution;

import java.util.Optional;
import org.quotegraph.AttributionRule;
import org.quotegraph.Span;
import org.quotegraph.internal.entity.EntityDraft;

/** A speaker mention and the entity it was resolved to, with the rule and its confidence. */
record Resolution(Span mention, Optional<EntityDraft> entity, AttributionRule rule,
    double confidence) {}
