//! depeche: places, actors, dates and conflict events from French news
//! text.
//!
//! depeche reads French conflict reporting (wire dispatches, online news,
//! army communiqués, scraped pages) and extracts what a conflict-data coder
//! records by hand: **places**, **actors** and **dates**, and the
//! **events** that tie them together, as plain data that serializes to the
//! JSON of `docs/schema.md` (char offsets into the original text).
//!
//! The main types: [`Extractor`] (built once, shared across threads),
//! [`Document`] (an input text with an id and an optional creation date),
//! and [`Extraction`] (entities with their mentions, events).
//!
//! # Example: places and actors of a dispatch
//!
//! ```
//! use depeche::{Document, Extractor};
//!
//! let extractor = Extractor::new();
//! let doc = Document::new(
//!     "d1",
//!     "L'armée syrienne a repris Deir ez-Zor à l'EI, selon l'AFP.",
//! )
//! .with_dct("2017-11-03");
//! let out = extractor.extract(&doc);
//! let names: Vec<&str> = out
//!     .entities
//!     .iter()
//!     .flat_map(|e| e.mentions.iter().map(|m| m.text.as_str()))
//!     .collect();
//! assert!(names.contains(&"armée syrienne"));
//! assert!(names.contains(&"Deir ez-Zor"));
//! assert!(names.contains(&"EI"));
//! ```
#![deny(missing_docs)]

mod actor_roles;
mod byteclass;
pub mod dates;
mod entities;
pub mod error;
pub mod eval;
mod events;
mod extract;
pub mod formats;
pub mod gazetteer;
mod homonyms;
mod keyhash;
pub mod matcher;
pub mod normalize;
pub mod numbers;
pub mod output;
pub mod sections;
pub mod segment;
pub mod span;
#[cfg(test)]
mod testgen;

pub use error::{Error, ErrorKind};
pub use extract::{Document, Extractor, ExtractorBuilder};
pub use output::{ActorRole, Entity, EntityKind, Event, Extraction, Mention};
pub use span::Span;
