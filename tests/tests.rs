//! Integration tests of the depeche library, on the shared corpus and on
//! arbitrary input.

// Helpers to read the shared corpus.
mod util;

// Offsets, linking and the seed article's entities.
mod entities;

// Events of the seed article, distractors, polarity and modality.
mod events;

// Argument rules on short sentences.
mod event_arguments;

// Scores on the shared corpus must not regress.
mod scores;

// Arbitrary input: no panic, spans on char boundaries.
mod properties;

// Gazetteer coverage (real spellings) and false entities on neutral text.
mod gazetteer_coverage;

// Dated actor roles chosen by the event's date.
mod roles;

// Place homonyms settled by the story's country.
mod homonyms;

// Places and actors of conflicts in Asia and the Americas.
mod asia_americas;
