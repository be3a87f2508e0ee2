//! Places and actors of conflicts outside Africa, the Middle East and
//! Ukraine (Myanmar, Pakistan, Colombia, Mozambique, Philippines, Mexico),
//! on short dispatches written for these tests.

use depeche::{Document, Extraction, Extractor};

fn extract(dct: &str, text: &str) -> Extraction {
    Extractor::new().extract(&Document::new("d", text).with_dct(dct))
}

/// The gazetteer ids of the entities of `out`.
fn ids(out: &Extraction) -> Vec<&str> {
    out.entities.iter().filter_map(|e| e.gazetteer_id.as_deref()).collect()
}

/// Every id of `want` is among the entities found in `text`.
fn assert_found(dct: &str, text: &str, want: &[&str]) {
    let out = extract(dct, text);
    let got = ids(&out);
    for id in want {
        assert!(got.contains(id), "no {id} in {got:?}");
    }
}

#[test]
fn eln_attack_in_catatumbo() {
    assert_found(
        "2025-02-12",
        "Bogota, 12 février 2025 — Des guérilleros de l'ELN ont attaqué \
         lundi une base militaire dans la région du Catatumbo, dans le \
         département de Norte de Santander, tuant trois soldats, a annoncé \
         l'armée colombienne. Les combats entre l'Armée de libération \
         nationale et des dissidents des FARC ont poussé des milliers de \
         personnes à fuir vers Cúcuta.",
        &[
            "A:eln",
            "A:farc-dissidents",
            "P:CO:catatumbo",
            "P:CO:norte-de-santander",
        ],
    );
}

#[test]
fn air_strike_in_sagaing() {
    assert_found(
        "2025-03-08",
        "Rangoun, 8 mars 2025 — Une frappe aérienne de l'armée birmane a \
         tué au moins vingt civils samedi dans un village de la région de \
         Sagaing, selon des Forces de défense du peuple locales. L'Armée \
         d'Arakan poursuit son offensive dans l'État de Rakhine, la KIA \
         dans l'État kachin.",
        &[
            "A:tatmadaw",
            "A:pdf-mm",
            "A:arakan-army",
            "A:kia",
            "P:MM:sagaing",
            "P:MM:rakhine",
            "P:MM:kachin",
        ],
    );
}

#[test]
fn attack_in_balochistan() {
    assert_found(
        "2025-03-11",
        "Quetta (Pakistan), 11 mars 2025 — Des séparatistes armés ont \
         attaqué mardi un train de voyageurs dans la province du \
         Balouchistan, tuant au moins dix personnes. Un poste de police a \
         aussi été visé dans le Waziristan du Nord, dans la province de \
         Khyber Pakhtunkhwa.",
        &[
            "P:PK:baloutchistan",
            "P:PK:waziristan-du-nord",
            "P:PK:khyber-pakhtunkhwa",
        ],
    );
}

#[test]
fn raid_in_cabo_delgado() {
    assert_found(
        "2024-05-20",
        "Maputo, 20 mai 2024 — Des insurgés d'Ahlu Sunna Wal Jamaa ont \
         attaqué dimanche la ville de Macomia, dans la province de Cabo \
         Delgado, avant d'être repoussés par les Forces armées de défense \
         du Mozambique (FADM), selon des sources locales.",
        &["A:ansar-al-sunna", "A:fadm", "P:MZ:cabo-delgado"],
    );
}

#[test]
fn people_s_defence_force_by_country() {
    // One French name, two groups: the story's country decides.
    let out = extract(
        "2024-05-03",
        "Ankara, 3 mai 2024 — Des combattants des Forces de défense du \
         peuple, la branche armée du PKK, ont attaqué une position de \
         l'armée turque dans le nord de l'Irak, selon Ankara.",
    );
    assert!(ids(&out).contains(&"A:hpg"), "{:?}", ids(&out));
}

#[test]
fn acronyms_that_are_not_these_groups() {
    // PDF is a file format and NPA a French party: neither is an armed
    // group.
    let out = extract(
        "2024-05-03",
        "Paris, 3 mai 2024 — Le NPA a publié son programme en PDF sur son \
         site, a indiqué le parti.",
    );
    let got = ids(&out);
    assert!(!got.contains(&"A:npa-ph"), "{got:?}");
    assert!(!got.contains(&"A:pdf-mm"), "{got:?}");
}
