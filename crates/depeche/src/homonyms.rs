//! Place homonyms settled by the story's country: which country a
//! matched name votes for, and which rows of a name the story's
//! countries put first. `entities` calls these where it
//! counts votes and ranks the rows of one name.

use crate::gazetteer::Row;

/// The country a matched name says the story is about: the one country
/// all its place and demonym rows share (`Tillabéri`, a region and its
/// town), or none when they differ or one has no country.
pub(crate) fn one_country<'a>(rows: &[&'a Row]) -> Option<&'a str> {
    let first = rows.first()?.country.as_deref()?;
    rows.iter().all(|r| r.country.as_deref() == Some(first)).then_some(first)
}

/// First key of the ranking of a name's place rows: a row of a country
/// the story names comes before a row of a country it does not, whatever
/// the word before the name prefers (`la ville de Palma` in a story about
/// Mozambique is not the Spanish city).
pub(crate) fn unnamed_country(votes: usize) -> bool {
    votes == 0
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::gazetteer::{Flags, RowKind};

    fn place(id: &str, country: Option<&str>) -> Row {
        Row {
            id: id.to_string().into(),
            kind: RowKind::Place,
            subkind: "town".into(),
            canonical: "X".into(),
            variants: Vec::new(),
            country: country.map(|c| c.to_string().into()),
            lat: None,
            lon: None,
            geonames: None,
            wikidata: None,
            flags: Flags::default(),
            source: "".into(),
            file: "".into(),
            line: 1,
        }
    }

    #[test]
    fn one_country_of_a_name() {
        let (a, b) = (place("a", Some("NE")), place("b", Some("NE")));
        let (c, d) = (place("c", Some("ET")), place("d", None));
        assert_eq!(one_country(&[&a]), Some("NE"));
        assert_eq!(one_country(&[&a, &b]), Some("NE"));
        assert_eq!(one_country(&[&a, &c]), None);
        assert_eq!(one_country(&[&a, &d]), None);
        assert_eq!(one_country(&[&d]), None);
        assert_eq!(one_country(&[]), None);
        assert!(unnamed_country(0) && !unnamed_country(2));
    }
}
