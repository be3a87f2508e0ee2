//! Events coded with the role their actors held on the event's date.
//!
//! The gazetteer's role periods (`gazetteers/actor-roles.tsv`, read by
//! [`crate::gazetteer::roles`]) say what an actor was between two dates.
//! An event's agents, targets and sources that have periods get the one
//! that contains the event's day range: the event's `date` when it is a
//! calendar value (a day, a week, a month or a year), else the document's
//! creation date. A range that straddles a change of role (an event dated
//! only `2025` for an actor whose role changed in January 2025) gets no
//! role rather than a guess.

use std::borrow::Cow;

use crate::dates::Date;
use crate::gazetteer::roles::{ActorRoles, Day, PartialDate};
use crate::output::{ActorRole, Entity, EntityKind, Event};

/// The days a TIMEX3 value covers: `YYYY`, `YYYY-MM`, `YYYY-MM-DD` (a
/// time part is dropped) or an ISO week `YYYY-Www`; `None` for durations
/// and other values.
pub(crate) fn days_of(value: &str) -> Option<(Day, Day)> {
    let v = value.split_once('T').map_or(value, |(d, _)| d);
    if let Some(d) = PartialDate::parse(v) {
        return Some((d.first_day(), d.last_day()));
    }
    let (y, w) = v.split_once("-W")?;
    let digits = |s: &str, n: usize| {
        (s.len() == n && s.bytes().all(|b| b.is_ascii_digit()))
            .then(|| s.parse::<u32>().ok())
            .flatten()
    };
    let year = i32::try_from(digits(y, 4)?).ok()?;
    let week = i64::from(digits(w, 2).filter(|w| (1..=53).contains(w))?);
    // Week 1 is the week of January 4th.
    let jan4 = Date::new(year, 1, 4)?;
    let monday = jan4.add_days(7 * (week - 1) - i64::from(jan4.weekday()))?;
    let sunday = monday.add_days(6)?;
    let day = |d: Date| (d.year, d.month, d.day);
    Some((day(monday), day(sunday)))
}

/// The days an event happened in: its own date, else the document's.
pub(crate) fn event_days(
    date: Option<&str>,
    dct: Option<&str>,
) -> Option<(Day, Day)> {
    date.and_then(days_of).or_else(|| dct.and_then(days_of))
}

/// The dated roles of the actors among `ids` (indices in `entities` of
/// agents, targets, sources, in that order; each entity once) on the days
/// `days`.
pub(crate) fn for_event(
    roles: &ActorRoles,
    entities: &[Entity],
    ids: [&[usize]; 3],
    days: Option<(Day, Day)>,
) -> Vec<ActorRole> {
    let mut out: Vec<ActorRole> = Vec::new();
    let Some((first, last)) = days.filter(|_| !roles.is_empty()) else {
        return out;
    };
    for &i in ids.into_iter().flatten() {
        let Some(e) = entities.get(i) else { continue };
        if out.iter().any(|r| r.entity == e.id) {
            continue;
        }
        if e.kind != EntityKind::Actor {
            continue;
        }
        let Some(p) = e
            .gazetteer_id
            .as_deref()
            .and_then(|gid| roles.at(gid, first, last))
        else {
            continue;
        };
        out.push(ActorRole {
            entity: e.id.clone(),
            role: p.role.clone(),
            subkind: p
                .subkind
                .clone()
                .or_else(|| e.subkind.clone())
                .unwrap_or_default(),
            country: p.country.clone().or_else(|| e.country.clone()),
            canonical: p
                .canonical
                .clone()
                .filter(|c| Some(c) != e.canonical.as_ref()),
            from: p.from.map(|d| d.to_string()),
            to: p.to.map(|d| d.to_string()),
        });
    }
    out
}

/// The subkind `roles` give entity `id`, if any.
pub(crate) fn subkind<'a>(
    roles: &'a [ActorRole],
    id: &str,
) -> Option<&'a str> {
    roles.iter().find(|r| r.entity == id).map(|r| r.subkind.as_str())
}

/// The entity as the event codes it: with the canonical name, subkind and
/// country of its dated role on the event's date, if it has one.
pub(crate) fn dated<'a>(ev: &Event, e: &'a Entity) -> Cow<'a, Entity> {
    match ev.actor_roles.iter().find(|r| r.entity == e.id) {
        None => Cow::Borrowed(e),
        Some(r) => {
            let mut e = e.clone();
            if let Some(c) = &r.canonical {
                e.canonical = Some(c.clone());
            }
            e.subkind = Some(r.subkind.clone());
            e.country = r.country.clone();
            Cow::Owned(e)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn days_of_values() {
        assert_eq!(
            days_of("2025-03-12"),
            Some(((2025, 3, 12), (2025, 3, 12)))
        );
        assert_eq!(
            days_of("2025-03-12T04:00Z"),
            Some(((2025, 3, 12), (2025, 3, 12)))
        );
        assert_eq!(days_of("2024-02"), Some(((2024, 2, 1), (2024, 2, 29))));
        assert_eq!(days_of("2024"), Some(((2024, 1, 1), (2024, 12, 31))));
        // ISO weeks: 2025-W01 starts on Monday 30 December 2024.
        assert_eq!(days_of("2025-W01"), Some(((2024, 12, 30), (2025, 1, 5))));
        assert_eq!(days_of("2017-W34"), Some(((2017, 8, 21), (2017, 8, 27))));
        assert_eq!(days_of("P3D"), None);
        assert_eq!(days_of("2025-W60"), None);
    }

    #[test]
    fn event_date_first_then_document_date() {
        let d = |v: &str| days_of(v);
        assert_eq!(event_days(Some("2024"), Some("2025-03-01")), d("2024"));
        assert_eq!(
            event_days(Some("P2D"), Some("2025-03-01")),
            d("2025-03-01")
        );
        assert_eq!(event_days(None, Some("2025-03-01")), d("2025-03-01"));
        assert_eq!(event_days(None, None), None);
    }

    fn actor(id: &str, gid: &str) -> Entity {
        Entity {
            id: id.into(),
            kind: EntityKind::Actor,
            canonical: Some("Ahmed al-Charaa".into()),
            subkind: Some("person".into()),
            country: Some("SY".into()),
            geonames: None,
            wikidata: None,
            lat: None,
            lon: None,
            value: None,
            granularity: None,
            gazetteer_id: Some(gid.into()),
            mentions: Vec::new(),
        }
    }

    #[test]
    fn roles_of_an_event() {
        let mut roles = ActorRoles::new();
        roles
            .add_file(
                "actor-roles.tsv",
                "actor\tfrom\tto\tsubkind\tcountry\trole\tcanonical\tsource\n\
                 A:j\t\t2025-01-28\tarmed_group\t\tchef\tAbou Mohammad al-Jolani\ts\n\
                 A:j\t2025-01-29\t\tgovernment\t\tprésident\t\ts\n",
            )
            .unwrap();
        let a1 = actor("A1", "A:j");
        let a2 = actor("A2", "A:other");
        let by_id = [a1, a2];
        let agent = vec![0, 1];
        let source = vec![0];
        let ids = [agent.as_slice(), &[], source.as_slice()];
        let r = for_event(&roles, &by_id, ids, days_of("2024-06"));
        assert_eq!(r.len(), 1, "{r:?}");
        assert_eq!(r[0].role, "chef");
        assert_eq!(r[0].subkind, "armed_group");
        assert_eq!(r[0].country.as_deref(), Some("SY"));
        assert_eq!(r[0].canonical.as_deref(), Some("Abou Mohammad al-Jolani"));
        assert_eq!(
            (r[0].from.as_deref(), r[0].to.as_deref()),
            (None, Some("2025-01-28"))
        );
        let r = for_event(&roles, &by_id, ids, days_of("2025-03"));
        assert_eq!(r[0].role, "président");
        assert_eq!(r[0].canonical, None);
        assert_eq!(subkind(&r, "A1"), Some("government"));
        assert_eq!(subkind(&r, "A2"), None);
        // January 2025 holds both periods: no role.
        assert!(for_event(&roles, &by_id, ids, days_of("2025-01")).is_empty());
        assert!(for_event(&roles, &by_id, ids, None).is_empty());
    }
}
