//! Dated actor roles: an event is coded with the role its actor held on
//! the event's date (`gazetteers/actor-roles.tsv`).

use depeche::{ActorRole, Document, Event, Extraction, Extractor};

fn extract(dct: &str, text: &str) -> Extraction {
    Extractor::new().extract(&Document::new("d", text).with_dct(dct))
}

/// The only event of `kind`.
fn event<'a>(out: &'a Extraction, kind: &str) -> &'a Event {
    let found: Vec<&Event> =
        out.events.iter().filter(|e| e.kind == kind).collect();
    assert_eq!(found.len(), 1, "{:#?}", out.events);
    found[0]
}

/// The dated role of the agent with gazetteer id `gid`.
fn agent_role<'a>(
    out: &Extraction,
    ev: &'a Event,
    gid: &str,
) -> &'a ActorRole {
    let id = &out
        .entities
        .iter()
        .find(|e| e.gazetteer_id.as_deref() == Some(gid))
        .unwrap_or_else(|| panic!("no {gid}: {:#?}", out.entities))
        .id;
    assert!(ev.agent.contains(id), "{ev:#?}");
    ev.actor_roles
        .iter()
        .find(|r| &r.entity == id)
        .unwrap_or_else(|| panic!("no role for {id}: {ev:#?}"))
}

#[test]
fn one_man_two_roles() {
    // Before 2025 the man is the leader of an armed group, under his nom
    // de guerre.
    let out = extract(
        "2024-05-10",
        "Idleb (Syrie), 10 mai 2024 — Abou Mohammed al-Joulani a lancé \
         jeudi une offensive contre les positions de l'armée syrienne près \
         de Saraqeb, a rapporté l'Observatoire syrien des droits de \
         l'homme.",
    );
    let ev = event(&out, "attack");
    let r = agent_role(&out, ev, "A:jolani");
    assert_eq!(r.subkind, "armed_group");
    assert!(r.role.contains("Hayat Tahrir al-Cham"), "{r:?}");
    assert_eq!(r.canonical.as_deref(), Some("Abou Mohammad al-Jolani"));
    assert_eq!(r.country.as_deref(), Some("SY"));
    // The entity itself is unchanged: a person.
    let e = out.entities.iter().find(|e| e.id == r.entity).unwrap();
    assert_eq!(e.subkind.as_deref(), Some("person"));
    assert_eq!(e.canonical.as_deref(), Some("Ahmed al-Charaa"));

    // From 29 January 2025 he heads the state.
    let out = extract(
        "2025-03-15",
        "Damas, 15 mars 2025 — Le président Ahmed al-Charaa a ordonné \
         vendredi l'envoi de renforts à Lattaquié, selon l'agence \
         officielle Sana.",
    );
    let ev = event(&out, "deployment");
    let r = agent_role(&out, ev, "A:jolani");
    assert_eq!(r.role, "président de la transition syrienne");
    assert_eq!(r.subkind, "government");
    assert_eq!(r.canonical, None);
    assert_eq!(
        (r.from.as_deref(), r.to.as_deref()),
        (Some("2025-01-29"), None)
    );
}

#[test]
fn a_renamed_group_and_a_date_across_the_renaming() {
    let text = |when: &str| {
        format!(
            "Alep — Les combattants du Front al-Nosra ont attaqué {when} des \
             positions du régime au sud d'Alep."
        )
    };
    // September 2016: the group had taken its new name.
    let out = extract("2016-09-01", &text("mercredi"));
    let ev = event(&out, "attack");
    assert_eq!(ev.date.as_deref(), Some("2016-08-31"));
    let r = agent_role(&out, ev, "A:nusra");
    assert_eq!(r.canonical.as_deref(), Some("Front Fateh al-Cham"));
    // The ACLED columns name it so.
    let csv = depeche::formats::csv::to_string(&out, &text("mercredi"));
    let row = csv.lines().nth(1).unwrap();
    assert!(row.contains(",Front Fateh al-Cham,"), "{row}");

    // An event dated only 'July 2016' may fall before or after the
    // renaming of 28 July: no role is claimed.
    let out = extract("2016-09-01", &text("en juillet 2016"));
    let ev = event(&out, "attack");
    assert_eq!(ev.date.as_deref(), Some("2016-07"));
    assert!(ev.actor_roles.is_empty(), "{ev:#?}");

    // No event date: the document's date decides.
    let out = extract("2018-03-01", &text(""));
    let ev = event(&out, "attack");
    assert_eq!(ev.date, None);
    let r = agent_role(&out, ev, "A:nusra");
    assert_eq!(r.canonical.as_deref(), Some("Hayat Tahrir al-Cham"));
}

#[test]
fn the_field_is_omitted_when_empty() {
    let out = extract(
        "2024-05-10",
        "Gao, 10 mai 2024 — Des hommes armés ont attaqué jeudi un marché.",
    );
    let json = serde_json::to_value(&out).unwrap();
    for ev in json["events"].as_array().unwrap() {
        assert!(ev.get("actor_roles").is_none(), "{ev}");
    }
    assert!(!out.events.is_empty());
}

/// A fresh directory under the system temporary directory.
fn scratch(name: &str) -> std::path::PathBuf {
    let d = std::env::temp_dir()
        .join(format!("depeche-roles-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&d);
    std::fs::create_dir_all(&d).unwrap();
    d
}

const HEADER: &str =
    "actor\tfrom\tto\tsubkind\tcountry\trole\tcanonical\tsource\n";

#[test]
fn user_role_files_restate_an_actor_and_are_checked() {
    let dir = scratch("user");
    std::fs::write(
        dir.join("actor-roles.tsv"),
        format!(
            "{HEADER}A:jolani\t2024\t\tother\t\tpersonnage de test\t\tmine\n"
        ),
    )
    .unwrap();
    let ex = Extractor::builder().gazetteer_dir(&dir).build().unwrap();
    let out = ex.extract(
        &Document::new(
            "d",
            "Damas — Ahmed al-Charaa a ordonné l'envoi de renforts à \
             Lattaquié.",
        )
        .with_dct("2025-03-15"),
    );
    let ev = event(&out, "deployment");
    assert_eq!(agent_role(&out, ev, "A:jolani").role, "personnage de test");

    // Overlapping periods and unknown actors are errors naming the line.
    std::fs::write(
        dir.join("actor-roles.tsv"),
        format!(
            "{HEADER}A:goita\t2020\t2021-06\t\t\ta\t\ts\n\
             A:goita\t2021-06-07\t\t\t\tb\t\ts\n"
        ),
    )
    .unwrap();
    let e = Extractor::builder().gazetteer_dir(&dir).build().unwrap_err();
    assert!(e.to_string().contains("actor-roles.tsv:3:"), "{e}");
    assert!(e.to_string().contains("overlaps"), "{e}");
    std::fs::write(
        dir.join("actor-roles.tsv"),
        format!("{HEADER}\nA:nobody\t2020\t\t\t\ta\t\ts\n"),
    )
    .unwrap();
    let e = Extractor::builder().gazetteer_dir(&dir).build().unwrap_err();
    assert!(e.to_string().contains("actor-roles.tsv:3:"), "{e}");
    assert!(e.to_string().contains("A:nobody"), "{e}");
    let _ = std::fs::remove_dir_all(dir);
}
