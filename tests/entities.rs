use depeche::{Document, EntityKind, Extractor};

use crate::util::{char_slice, gold_lines, predictions, read};

#[test]
fn every_mention_slices_the_original() {
    let docs = gold_lines();
    for ((_, doc), out) in docs.iter().zip(predictions()) {
        for e in &out.entities {
            for m in &e.mentions {
                assert_eq!(
                    char_slice(&doc.text, m.start, m.end),
                    m.text,
                    "{}: mention of {} at {}..{}",
                    doc.id,
                    e.id,
                    m.start,
                    m.end
                );
            }
        }
    }
}

fn seed() -> depeche::Extraction {
    let text = read("seed-article.txt");
    Extractor::new()
        .extract(&Document::new("seed", text).with_dct("2017-08-27"))
}

/// Entities with a mention whose text is one of `names`.
fn entities_named<'a>(
    out: &'a depeche::Extraction,
    names: &[&str],
) -> Vec<&'a depeche::Entity> {
    out.entities
        .iter()
        .filter(|e| {
            e.mentions.iter().any(|m| names.contains(&m.text.as_str()))
        })
        .collect()
}

#[test]
fn seed_daech_and_ei_are_one_entity() {
    let out = seed();
    let found = entities_named(&out, &["Daech", "EI", "État islamique"]);
    assert_eq!(found.len(), 1, "{found:#?}");
    assert_eq!(found[0].kind, EntityKind::Actor);
    assert!(
        found[0].mentions.iter().filter(|m| m.text == "Daech").count() >= 10
    );
}

#[test]
fn seed_deir_ez_zor_city_and_province() {
    let out = seed();
    let city = entities_named(&out, &["Deir Ez-Zor", "Deir ez-Zor"]);
    assert_eq!(city.len(), 1, "{city:#?}");
    assert_eq!(city[0].subkind.as_deref(), Some("city"));
    assert!(city[0].mentions.len() >= 6);
    let prov = entities_named(&out, &["Deir Al-Zour"]);
    assert_eq!(prov.len(), 1, "{prov:#?}");
    assert_eq!(prov[0].subkind.as_deref(), Some("admin1"));
    assert_ne!(prov[0].id, city[0].id);
}

#[test]
fn seed_comments_yield_nothing() {
    let text = read("seed-article.txt");
    let out = seed();
    let comments = out.sections.iter().find(|s| s.kind == "comments");
    let comments = comments.expect("the seed's comment section is detected");
    assert_eq!(
        char_slice(&text, comments.start, comments.start + 11),
        "Comment (5)"
    );
    for e in &out.entities {
        for m in &e.mentions {
            assert!(m.end <= comments.start, "{} in comments: {m:?}", e.id);
        }
    }
}

#[test]
fn composed_actors() {
    let text = "L'armée syrienne et les soldats libanais ont reçu l'appui de \
                l'aviation russe, a indiqué le ministère russe de la Défense.";
    let out = Extractor::new().extract(&Document::new("t", text));
    let actors: Vec<(&str, Option<&str>)> = out
        .entities
        .iter()
        .filter(|e| e.kind == EntityKind::Actor)
        .map(|e| (e.mentions[0].text.as_str(), e.country.as_deref()))
        .collect();
    for (name, country) in [
        ("armée syrienne", "SY"),
        ("soldats libanais", "LB"),
        ("aviation russe", "RU"),
        ("ministère russe de la Défense", "RU"),
    ] {
        assert!(actors.contains(&(name, Some(country))), "{name}: {actors:?}");
    }
}

#[test]
fn counted_group_is_its_own_entity() {
    let text =
        "Daech détient neuf soldats libanais. L'armée libanaise a réagi.";
    let out = Extractor::new().extract(&Document::new("t", text));
    let nine = entities_named(&out, &["neuf soldats libanais"]);
    let army = entities_named(&out, &["armée libanaise"]);
    assert_eq!(nine.len(), 1);
    assert_eq!(army.len(), 1);
    assert_ne!(nine[0].id, army[0].id);
}

#[test]
fn unknown_place_after_a() {
    let text = "Des hommes armés ont attaqué un poste de l'armée malienne à \
                Tidermène, dans la région de Ménaka. Les habitants de \
                Tidermène ont fui.";
    let out = Extractor::new().extract(&Document::new("t", text));
    let found = entities_named(&out, &["Tidermène"]);
    assert_eq!(found.len(), 1, "{found:#?}");
    assert_eq!(found[0].kind, EntityKind::Place);
    assert_eq!(found[0].mentions.len(), 2);
    assert_eq!(found[0].country.as_deref(), Some("ML"));
}
