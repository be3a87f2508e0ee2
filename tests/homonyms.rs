//! Place names shared by several countries, settled by the country the
//! story is about.

use depeche::{Document, EntityKind, Extractor};

/// The gazetteer id of the place mentioned as `name` in `text`.
fn place_id(dct: &str, text: &str, name: &str) -> String {
    let out =
        Extractor::new().extract(&Document::new("d", text).with_dct(dct));
    out.entities
        .iter()
        .find(|e| {
            e.kind == EntityKind::Place
                && e.mentions.iter().any(|m| m.text == name)
        })
        .and_then(|e| e.gazetteer_id.clone())
        .unwrap_or_else(|| panic!("no place {name}: {:#?}", out.entities))
}

#[test]
fn palma_in_mozambique_and_in_spain() {
    // After "ville de", a city is preferred to a district, but not a city
    // of a country the story does not name.
    let id = place_id(
        "2021-03-28",
        "Pemba (Mozambique), 28 mars 2021 — Des insurgés jihadistes ont \
         attaqué mercredi la ville de Palma, dans la province du Cabo \
         Delgado, dans le nord du Mozambique, selon des sources \
         sécuritaires.",
        "Palma",
    );
    assert!(id.starts_with("P:MZ:"), "{id}");
    let id = place_id(
        "2023-08-02",
        "Madrid, 2 août 2023 — Un incendie a ravagé un entrepôt à Palma, \
         sur l'île espagnole de Majorque, selon les pompiers.",
        "Palma",
    );
    assert!(id.starts_with("P:ES:"), "{id}");
}

#[test]
fn solhan_in_burkina_faso() {
    let id = place_id(
        "2021-06-05",
        "Ouagadougou, 5 juin 2021 — Au moins 132 civils ont été tués dans la \
         nuit de vendredi à samedi lors d'une attaque de jihadistes contre \
         le village de Solhan, dans la province du Yagha, au Burkina Faso, \
         a annoncé le gouvernement.",
        "Solhan",
    );
    assert_eq!(id, "P:BF:solhan");
}

#[test]
fn abala_in_niger() {
    // A name whose rows all lie in one country (Tillabéri, a region and
    // its town) votes for that country.
    let id = place_id(
        "2021-03-22",
        "Niamey, 22 mars 2021 — Des hommes armés ont attaqué dimanche \
         plusieurs villages de la commune d'Abala, dans la région de \
         Tillabéri, dans l'ouest du Niger, tuant 58 civils.",
        "Abala",
    );
    assert!(id.starts_with("P:NE:"), "{id}");
}

#[test]
fn lere_in_mali_and_in_chad() {
    let id = place_id(
        "2024-02-10",
        "Bamako, 10 février 2024 — L'armée malienne a repris le contrôle de \
         Léré, dans la région de Tombouctou, après des combats avec des \
         rebelles touareg.",
        "Léré",
    );
    assert_eq!(id, "P:ML:lere");
    let id = place_id(
        "2023-05-10",
        "N'Djamena, 10 mai 2023 — Des affrontements entre éleveurs et \
         agriculteurs ont fait dix morts près de Léré, dans la province du \
         Mayo-Kebbi Ouest, au Tchad.",
        "Léré",
    );
    assert!(id.starts_with("P:TD:"), "{id}");
}

#[test]
fn al_jawf_in_yemen() {
    let id = place_id(
        "2022-03-01",
        "Sanaa, 1er mars 2022 — Les rebelles houthis ont lancé une nouvelle \
         offensive dans la province d'Al-Jawf, dans le nord du Yémen, où \
         des combats les opposent aux forces gouvernementales.",
        "Al-Jawf",
    );
    assert_eq!(id, "P:YE:jawf");
    let id = place_id(
        "2022-03-02",
        "Aden — Des frappes aériennes de la coalition ont visé des positions \
         houthies à Al-Jawf, selon des sources militaires yéménites.",
        "Al-Jawf",
    );
    assert_eq!(id, "P:YE:jawf");
}

#[test]
fn niger_the_country_and_the_nigerian_state() {
    // A country's own name names it, even in a story about its
    // neighbour; a cue word makes it the state.
    let id = place_id(
        "2020-04-09",
        "Des troupes tchadiennes restent déployées au Niger et au Nigeria.",
        "Niger",
    );
    assert!(id.starts_with("P:NE"), "{id}");
    let id = place_id(
        "2021-02-17",
        "Des bandits ont enlevé des élèves dans l'État du Niger, au Nigeria.",
        "Niger",
    );
    assert!(id.starts_with("P:NG"), "{id}");
}

#[test]
fn chabab_in_somalia_and_in_mozambique() {
    // The Somali Shebab under the spellings the French press uses, and
    // Mozambique's insurgents where the story is about Cabo Delgado.
    for (text, country) in [
        ("Les Chabab ont attaqué Mogadiscio.", "SO"),
        ("Les shabab ont attaqué une base à Mogadiscio.", "SO"),
        (
            "Au Mozambique, les Al-Chabab ont attaqué Palma, dans la \
             province de Cabo Delgado.",
            "MZ",
        ),
    ] {
        let out = Extractor::new()
            .extract(&Document::new("d", text).with_dct("2024-03-20"));
        let actor = out
            .entities
            .iter()
            .find(|e| {
                e.kind == EntityKind::Actor
                    && e.mentions.iter().any(|m| {
                        m.text.to_lowercase().contains("chabab")
                            || m.text.to_lowercase().contains("shabab")
                    })
            })
            .unwrap_or_else(|| panic!("{text}: {:#?}", out.entities));
        assert_eq!(actor.country.as_deref(), Some(country), "{text}");
        assert!(
            !out.entities.iter().any(|e| e.kind == EntityKind::Place
                && e.mentions.iter().any(|m| m.text == "shabab")),
            "{text}: {:#?}",
            out.entities
        );
    }
}
