//! Argument rules on short sentences: each test exercises one pattern of
//! French conflict reporting.

use depeche::{Document, Event, Extraction, Extractor};

use crate::util::event_told_by;

fn extract(text: &str) -> Extraction {
    Extractor::new().extract(&Document::new("t", text).with_dct("2024-03-20"))
}

/// The first event of `kind`, or a panic listing what was found.
fn event<'a>(out: &'a Extraction, kind: &str) -> &'a Event {
    out.events
        .iter()
        .find(|e| e.kind == kind)
        .unwrap_or_else(|| panic!("no {kind} event: {:#?}", out.events))
}

/// The first mention text of each entity of a role.
fn texts(out: &Extraction, ids: &[String]) -> Vec<String> {
    ids.iter()
        .filter_map(|id| out.entities.iter().find(|e| &e.id == id))
        .map(|e| e.mentions[0].text.clone())
        .collect()
}

fn has(v: &[String], s: &str) -> bool {
    v.iter().any(|x| x == s)
}

/// Panics, listing the events, when one of `kind` was found.
fn assert_no_event(out: &Extraction, kind: &str) {
    assert!(
        out.events.iter().all(|e| e.kind != kind),
        "a {kind} event: {:#?}",
        out.events
    );
}

#[test]
fn group_whose_positions_are_hit_is_the_target() {
    let out = extract(
        "L'armée nigériane a mené des frappes contre des positions de Boko \
         Haram près de Maiduguri.",
    );
    let e = event(&out, "airstrike");
    assert!(has(&texts(&out, &e.target), "Boko Haram"), "{e:#?}");
    assert!(has(&texts(&out, &e.agent), "armée nigériane"), "{e:#?}");
}

#[test]
fn speaker_after_a_verb_is_not_the_object_of_the_event() {
    let out = extract(
        "Le JNIM a annoncé une attaque contre des positions de l'armée \
         malienne.",
    );
    let e = event(&out, "attack");
    assert!(e.source.is_empty(), "{e:#?}");
    assert!(has(&texts(&out, &e.target), "armée malienne"), "{e:#?}");
    assert!(has(&texts(&out, &e.agent), "JNIM"), "{e:#?}");
}

#[test]
fn who_takes_a_place_that_falls_into_its_hands() {
    let out = extract("Le camp de Tessit est tombé aux mains du JNIM.");
    let e = event(&out, "capture");
    assert!(has(&texts(&out, &e.agent), "JNIM"), "{e:#?}");
    assert!(e.target.is_empty(), "{e:#?}");
}

#[test]
fn addressee_of_a_warning_is_its_target() {
    let out = extract(
        "Le chef d'état-major a adressé une mise en garde aux jihadistes de \
         Boko Haram.",
    );
    let e = event(&out, "threat");
    assert!(!e.target.is_empty(), "{e:#?}");
}

#[test]
fn participle_clause_gives_the_victims_however_far() {
    let out = extract(
        "Une roquette s'est abattue sur une maison de Gao, dans la nuit, \
         selon des témoins, tuant trois civils.",
    );
    let e = event(&out, "shelling");
    assert!(has(&texts(&out, &e.target), "trois civils"), "{e:#?}");
}

#[test]
fn passive_subject_of_an_instrumental_event_is_its_target() {
    let out = extract(
        "Trois soldats maliens ont été tués dimanche dans une embuscade près \
         de Mopti.",
    );
    let e = event(&out, "attack");
    assert!(e.agent.is_empty(), "{e:#?}");
    assert!(has(&texts(&out, &e.target), "Trois soldats maliens"), "{e:#?}");
}

#[test]
fn dates_of_the_main_verb_time_an_instrumental_event() {
    let out = extract(
        "L'armée malienne a tué samedi, vers 5h du matin, non loin de la \
         frontière, un chef du JNIM et deux de ses gardes du corps dans une \
         frappe aérienne.",
    );
    let e = event(&out, "airstrike");
    let times = texts(&out, &e.time);
    assert!(has(&times, "samedi"), "{e:#?}");
    assert!(has(&texts(&out, &e.agent), "armée malienne"), "{e:#?}");
}

#[test]
fn date_opening_the_sentence_times_its_events() {
    let out = extract(
        "Le 12 mars 2023, dans la région de Mopti, non loin de la frontière \
         avec le Burkina Faso, l'armée malienne a repoussé une attaque.",
    );
    let e = event(&out, "attack");
    assert_eq!(e.date.as_deref(), Some("2023-03-12"), "{e:#?}");
}

#[test]
fn place_in_apposition_to_a_location_is_a_location() {
    let out = extract(
        "Le massacre commis dans la nuit de samedi à dimanche à Boulkessi, \
         une localité de la région de Mopti, a fait 40 morts.",
    );
    let e = event(&out, "killing");
    let locs = texts(&out, &e.location);
    assert!(has(&locs, "Boulkessi") && has(&locs, "Mopti"), "{e:#?}");
}

#[test]
fn relative_clause_on_the_trigger_noun_places_the_event() {
    let out = extract(
        "Les shebab ont revendiqué l'attentat qui a fait au moins vingt \
         morts vendredi soir dans un restaurant de Mogadiscio.",
    );
    let e = event(&out, "bombing");
    assert!(has(&texts(&out, &e.location), "Mogadiscio"), "{e:#?}");
    // A relative clause on someone else is not the event's.
    let out = extract(
        "L'attentat a visé le ministre, qui avait passé la nuit dans un \
         hôtel de Mogadiscio après un long voyage depuis Nairobi et Addis.",
    );
    let e = event(&out, "bombing");
    assert!(!has(&texts(&out, &e.location), "Mogadiscio"), "{e:#?}");
}

#[test]
fn displaced_go_where_pour_says() {
    let out = extract("Des centaines d'habitants ont fui Ménaka pour Gao.");
    let e = event(&out, "displacement");
    assert!(has(&texts(&out, &e.destination), "Gao"), "{e:#?}");
}

#[test]
fn groups_named_after_a_collective_subject_act_with_it() {
    let out = extract(
        "Les unités de l'armée malienne et du groupe Wagner progressent vers \
         Kidal.",
    );
    let e = event(&out, "deployment");
    let agents = texts(&out, &e.agent);
    assert!(has(&agents, "armée malienne"), "{e:#?}");
    assert!(has(&agents, "Wagner"), "{e:#?}");
}

#[test]
fn supporting_forces_are_agents() {
    let out = extract(
        "L'armée malienne avance vers Kidal, avec l'appui du groupe Wagner.",
    );
    let e = event(&out, "deployment");
    assert!(has(&texts(&out, &e.agent), "Wagner"), "{e:#?}");
}

#[test]
fn selon_governs_only_the_noun_after_it() {
    let out = extract(
        "Selon le bilan officiel, trois soldats maliens ont été tués à Gao.",
    );
    let e = event(&out, "killing");
    assert!(e.source.is_empty(), "{e:#?}");
    assert!(has(&texts(&out, &e.target), "trois soldats maliens"), "{e:#?}");
}

#[test]
fn those_who_perish_are_victims() {
    let out = extract(
        "Un rapport selon lequel 40 personnes auraient péri à Bandiagara a \
         été publié.",
    );
    let e = event(&out, "killing");
    assert!(e.agent.is_empty() && e.source.is_empty(), "{e:#?}");
    assert!(has(&texts(&out, &e.target), "40 personnes"), "{e:#?}");
}

#[test]
fn spokesperson_of_an_institution_is_a_source() {
    let out = extract(
        "Des combats ont eu lieu à Gao, a insisté le porte-parole de l'armée \
         malienne.",
    );
    let e = event(&out, "armed_clash");
    // The unnamed spokesperson is the person who speaks.
    assert!(has(&texts(&out, &e.source), "porte-parole"), "{e:#?}");
}

#[test]
fn denial_by_a_group_negates_and_sources_the_event() {
    let out = extract(
        "Dans un communiqué, le JNIM a rejeté toute attaque contre des civils \
         à Gao.",
    );
    let e = event(&out, "attack");
    assert_eq!(e.polarity, "negated");
    assert!(has(&texts(&out, &e.source), "JNIM"), "{e:#?}");
}

#[test]
fn communique_issuer_is_the_source() {
    let out = extract(
        "MINISTÈRE DE LA DÉFENSE NATIONALE\n\nCOMMUNIQUÉ\n\nLe lundi 18 mars \
         2024, une patrouille de l'armée malienne a été la cible d'une \
         embuscade près de Mopti.",
    );
    let e = event(&out, "attack");
    assert!(!e.source.is_empty(), "{e:#?}");
}

#[test]
fn a_report_issuer_is_the_source() {
    let out = extract(
        "SOUDAN : Darfour-Nord – Afflux de déplacés à Tawila\nFlash Update \
         n° 11 | 18 décembre 2026\n\nBureau de la coordination des affaires \
         humanitaires (OCHA)\n\nDes combats ont opposé mardi l'armée aux FSR \
         près de Mellit.",
    );
    let e = event(&out, "armed_clash");
    assert!(
        has(
            &texts(&out, &e.source),
            "Bureau de la coordination des affaires humanitaires"
        ),
        "{e:#?}"
    );
    let out = extract(
        "BURKINA FASO — Exécutions de civils\n\nExtrait du rapport publié \
         le 18 décembre 2026 par Human Rights Watch\n\nLes jihadistes ont \
         enlevé onze chauffeurs près de Bourzanga.",
    );
    let e = event(&out, "abduction");
    assert!(has(&texts(&out, &e.source), "Human Rights Watch"), "{e:#?}");
    // A wire that quotes a report has no letterhead.
    let out = extract(
        "Selon un rapport de situation, les jihadistes ont enlevé onze \
         chauffeurs près de Bourzanga, a indiqué l'armée.",
    );
    let e = event(&out, "abduction");
    assert!(has(&texts(&out, &e.source), "armée"), "{e:#?}");
}

#[test]
fn the_force_a_struck_site_belongs_to_is_hit() {
    let out = extract(
        "Neuf soldats ont été tués vendredi dans l'attaque d'une position de \
         l'armée près de Ngouboua.",
    );
    let e = event(&out, "attack");
    assert!(has(&texts(&out, &e.target), "armée"), "{e:#?}");
    let out = extract(
        "Les FSR ont frappé un dépôt de carburant de l'armée soudanaise à \
         Port-Soudan.",
    );
    let e = event(&out, "attack");
    assert!(has(&texts(&out, &e.target), "armée soudanaise"), "{e:#?}");
    assert!(has(&texts(&out, &e.agent), "FSR"), "{e:#?}");
}

#[test]
fn the_place_of_what_a_blow_hits_is_where() {
    let out = extract(
        "L'aviation israélienne a frappé les installations portuaires de \
         Ras Issa et de Hodeida.",
    );
    let e = event(&out, "airstrike");
    let locs = texts(&out, &e.location);
    assert!(has(&locs, "Ras Issa") && has(&locs, "Hodeida"), "{e:#?}");
    // A story that names no country still has its army.
    let out = extract("Des jihadistes ont attaqué l'armée près de Gao.");
    let e = event(&out, "attack");
    assert!(has(&texts(&out, &e.target), "armée"), "{e:#?}");
}

#[test]
fn waves_and_combined_attacks_of_drones_are_air_strikes() {
    let out = extract(
        "Sept personnes ont été tuées lors d'une attaque combinée de drones \
         et de missiles russes sur Kharkiv.",
    );
    event(&out, "airstrike");
    let out = extract("Une nouvelle vague de drones a visé Belgorod.");
    event(&out, "airstrike");
}

#[test]
fn pounding_by_aircraft_is_an_air_strike() {
    let out = extract(
        "Dans la nuit de vendredi à samedi, des vecteurs aériens ont pilonné \
         des bases du JNIM près de Diapaga.",
    );
    event(&out, "airstrike");
    assert_no_event(&out, "shelling");
    let out = extract("Les rebelles ont bombardé Goma au mortier.");
    event(&out, "shelling");
    assert_no_event(&out, "airstrike");
}

#[test]
fn people_or_buildings_evacuated_are_displaced() {
    let out = extract(
        "Par précaution, les orpailleurs présents sur le site ont été \
         évacués vers Bardaï.",
    );
    event(&out, "displacement");
    let out = extract(
        "L'armée israélienne a appelé à évacuer trois immeubles de Haret \
         Hreik.",
    );
    event(&out, "displacement");
    assert_no_event(&out, "withdrawal");
    // Troops that leave withdraw; the wounded taken for care are neither.
    let out = extract("Les soldats ont évacué leurs positions près de Kidal.");
    event(&out, "withdrawal");
    let out = extract(
        "Six militaires sont tombés et neuf blessés, évacués sur Niamey.",
    );
    assert_no_event(&out, "displacement");
}

#[test]
fn troops_taking_position_or_massing_deploy() {
    let story = "Des jihadistes du JNIM ont attaqué Gao lundi, tuant douze \
                 soldats. ";
    let out = extract(&format!(
        "{story}Des combattants des Forces de paix du Tigré ont pris \
         position autour d'Alamata."
    ));
    event(&out, "deployment");
    let out = extract(&format!(
        "{story}« L'ennemi concentre des troupes près de Belgorod », a \
         averti le commandant."
    ));
    event(&out, "deployment");
    // A stance is no position.
    let out = extract("Le ministre a pris position contre la réforme.");
    assert_no_event(&out, "deployment");
}

#[test]
fn barricades_put_up_by_residents_are_a_protest() {
    let out = extract(
        "Dans la soirée, des dizaines d'habitants ont dressé des barricades \
         de pneus enflammés pour réclamer la présence de la police à Delmas.",
    );
    event(&out, "protest");
}

#[test]
fn people_taken_into_the_bush_are_abducted() {
    let out = extract("Cinq habitants ont été emmenés en brousse.");
    assert_eq!(event(&out, "abduction").abducted, Some(5));
    assert_no_event(
        &extract("Les blessés ont été emmenés à l'hôpital de Gao."),
        "abduction",
    );
}

#[test]
fn a_grenade_dropped_from_a_drone_is_an_air_strike() {
    let out = extract(
        "À Antonivka, un drone de l'armée russe a largué une grenade sur un \
         minibus.",
    );
    event(&out, "airstrike");
    assert_no_event(&out, "bombing");
    assert_no_event(&out, "humanitarian");
    let out = extract(
        "Un assaillant a lancé une grenade contre une patrouille à Gao.",
    );
    event(&out, "bombing");
}

#[test]
fn an_acronym_in_parentheses_does_not_end_the_clause() {
    let out = extract(
        "GOMA, 12 juin 2024 (AFP) - Au moins vingt civils ont été tués dans \
         la nuit de lundi à mardi dans une attaque attribuée aux rebelles des \
         Forces démocratiques alliées (ADF) contre le village de Masala, \
         a-t-on appris de sources locales.",
    );
    let e = event(&out, "attack");
    let locs = texts(&out, &e.location);
    assert!(has(&locs, "Masala"), "{e:#?}");
    // The dateline says where the dispatch was filed.
    assert!(!has(&locs, "GOMA"), "{e:#?}");
}

#[test]
fn the_displaced_moved() {
    let out = extract(
        "Les combats entre le M23 et les FARDC se poursuivaient près de Sake, \
         où des milliers de déplacés ont fui vers Goma.",
    );
    let e = event(&out, "displacement");
    let agents = texts(&out, &e.agent);
    assert!(has(&agents, "milliers de déplacés"), "{e:#?}");
    assert!(!has(&agents, "FARDC"), "{e:#?}");
}

#[test]
fn whoever_an_attack_is_attributed_to_is_its_agent() {
    let out = extract(
        "Huit soldats ont été tués dans une embuscade attribuée aux \
         combattants de Boko Haram près de Diffa.",
    );
    let e = event(&out, "attack");
    let agents: Vec<&str> = e
        .agent
        .iter()
        .filter_map(|id| out.entities.iter().find(|x| &x.id == id))
        .filter_map(|x| x.canonical.as_deref())
        .collect();
    assert!(agents.iter().any(|c| c.contains("Boko Haram")), "{e:#?}");
}

#[test]
fn a_nationality_after_a_strike_names_its_agent() {
    let out = extract(
        "L'armée israélienne a confirmé l'opération. Une frappe israélienne \
         a tué trois personnes à Khan Younès.",
    );
    let e = event(&out, "airstrike");
    assert!(has(&texts(&out, &e.agent), "armée israélienne"), "{e:#?}");
}

#[test]
fn complement_of_an_attack_noun_through_an_article_is_its_agent() {
    let out =
        extract("L'offensive de l'armée syrienne se poursuit près de Raqqa.");
    let e = event(&out, "attack");
    assert!(has(&texts(&out, &e.agent), "armée syrienne"), "{e:#?}");
    assert!(e.target.is_empty(), "{e:#?}");

    let out = extract(
        "Le poste a subi une attaque de plusieurs centaines de terroristes \
         lourdement armés.",
    );
    let e = event(&out, "attack");
    assert_eq!(e.agent.len(), 1, "{e:#?}");
    assert!(texts(&out, &e.agent)[0].contains("terroristes"), "{e:#?}");
    assert!(e.target.is_empty(), "{e:#?}");
}

#[test]
fn tolls_of_different_victims_are_different_killings() {
    let out = extract(
        "Selon l'ONU, plus de 100 personnes ont été tuées dans le camp. Plus \
         à l'est, au moins 56 civils ont été tués en deux jours.",
    );
    let killings: Vec<&Event> =
        out.events.iter().filter(|e| e.kind == "killing").collect();
    assert_eq!(killings.len(), 2, "{:#?}", out.events);
    let tolls: Vec<Option<u64>> = killings.iter().map(|e| e.killed).collect();
    assert!(
        tolls.contains(&Some(100)) && tolls.contains(&Some(56)),
        "{tolls:?}"
    );
    for e in killings {
        assert_eq!(e.target.len(), 1, "{e:#?}");
    }
}

#[test]
fn antecedent_of_qui_is_the_subject_of_the_relative_clause() {
    let out = extract(
        "La coalition intensifie sa campagne aérienne contre les Houthis, \
         qui se sont emparés de Sanaa en 2014.",
    );
    let e = event(&out, "capture");
    assert_eq!(texts(&out, &e.agent), vec!["Houthis".to_string()], "{e:#?}");
}

#[test]
fn bare_coalition_refers_back_to_the_named_coalition() {
    let out = extract(
        "Les frappes visaient un barrage tenu par les rebelles houthis. \
         L'agence Saba a accusé l'aviation de la coalition arabe. La \
         coalition n'a pas commenté.",
    );
    let coalition = out
        .entities
        .iter()
        .find(|e| e.mentions.iter().any(|m| m.text == "coalition arabe"))
        .expect("the named coalition is found");
    assert!(
        coalition.mentions.iter().any(|m| m.text == "coalition"),
        "{coalition:#?}"
    );
    let houthis = out
        .entities
        .iter()
        .find(|e| e.mentions.iter().any(|m| m.text == "rebelles houthis"))
        .expect("the Houthis are found");
    assert!(
        houthis.mentions.iter().all(|m| m.text != "coalition"),
        "{houthis:#?}"
    );
}

#[test]
fn a_state_that_launches_strikes_is_their_agent() {
    let out = extract(
        "La Russie a lancé dans la nuit une vague de missiles contre la \
         ville de Kharkiv, tuant sept personnes.",
    );
    let e = event(&out, "shelling");
    assert!(has(&texts(&out, &e.agent), "Russie"), "{e:#?}");
    let russia = out
        .entities
        .iter()
        .find(|x| x.mentions.iter().any(|m| m.text == "Russie"))
        .unwrap();
    assert_eq!(russia.kind, depeche::EntityKind::Actor, "{russia:#?}");
}

#[test]
fn who_is_accused_of_having_killed_is_the_agent() {
    let out = extract(
        "Les ADF sont accusés d'avoir tué des milliers de civils dans l'est \
         de la RDC.",
    );
    let e = event(&out, "killing");
    assert!(has(&texts(&out, &e.agent), "ADF"), "{e:#?}");
    assert!(!has(&texts(&out, &e.target), "ADF"), "{e:#?}");
}

#[test]
fn agent_after_par_des_in_a_passive() {
    let out = extract(
        "Une patrouille a été attaquée par des terroristes près de Djibo.",
    );
    let e = event(&out, "attack");
    assert!(has(&texts(&out, &e.agent), "terroristes"), "{e:#?}");
    assert!(e.target.iter().all(|t| !e.agent.contains(t)), "{e:#?}");

    let out = extract(
        "Une unité de l'armée burkinabè a été prise à partie par des \
         terroristes près de Djibo.",
    );
    let e = event(&out, "attack");
    assert!(has(&texts(&out, &e.agent), "terroristes"), "{e:#?}");
}

#[test]
fn a_denial_does_not_reach_past_a_contrast_or_into_a_new_clause() {
    let out = extract(
        "Le Hamas a démenti lundi avoir accepté une proposition de \
         cessez-le-feu, alors que l'armée israélienne a poursuivi ses frappes \
         sur Rafah.",
    );
    assert_eq!(event(&out, "ceasefire").polarity, "negated");
    assert_eq!(event(&out, "airstrike").polarity, "affirmative");

    let out = extract(
        "Le Hamas dément avoir accepté une trêve, les frappes israéliennes se \
         poursuivent à Rafah.",
    );
    assert_eq!(event(&out, "ceasefire").polarity, "negated");
    assert_eq!(event(&out, "airstrike").polarity, "affirmative");

    // A list of denied acts stays denied.
    let out = extract(
        "L'armée dément les enlèvements et les meurtres de civils à Djibo.",
    );
    assert_eq!(event(&out, "killing").polarity, "negated");
}

#[test]
fn the_unit_of_an_army_that_is_attacked_is_the_target() {
    let out = extract(
        "Une unité de l'armée burkinabè a été prise à partie par des \
         terroristes près de Djibo.",
    );
    let e = event(&out, "attack");
    assert!(has(&texts(&out, &e.target), "armée burkinabè"), "{e:#?}");
    assert!(!has(&texts(&out, &e.agent), "armée burkinabè"), "{e:#?}");

    let out = extract("Une patrouille des FAMa a été attaquée près de Boni.");
    let e = event(&out, "attack");
    assert!(has(&texts(&out, &e.target), "FAMa"), "{e:#?}");
}

#[test]
fn victims_of_a_plain_killing_verb_are_the_targets_of_the_strike() {
    let out = extract(
        "Une frappe israélienne a tué trois combattants du Hezbollah.",
    );
    let e = event(&out, "airstrike");
    assert_eq!(e.killed, Some(3), "{e:#?}");
    assert!(
        texts(&out, &e.target).iter().any(|t| t.contains("combattants")),
        "{e:#?}"
    );
    assert_no_event(&out, "killing");
}

#[test]
fn conditional_passive_makes_the_subject_the_target() {
    let out = extract(
        "Les ravisseurs ont assuré que les otages enlevés à Kuriga seraient \
         libérés par les bandits armés.",
    );
    let e = event(&out, "release");
    assert!(!has(&texts(&out, &e.agent), "otages"), "{e:#?}");
    assert!(has(&texts(&out, &e.target), "otages"), "{e:#?}");
    assert_eq!(e.modality, "hypothetical", "{e:#?}");
}

#[test]
fn fighting_or_talks_that_resume_are_no_capture() {
    for text in [
        "Les combats ont repris dans la nuit à Khartoum.",
        "Les négociations pourraient reprendre la semaine prochaine au Caire.",
    ] {
        let out = extract(text);
        assert!(
            out.events.iter().all(|e| e.kind != "capture"),
            "{text}: {:#?}",
            out.events
        );
    }
    let out =
        extract("Après de violents combats, l'armée malienne a repris Kidal.");
    assert_eq!(event(&out, "capture").kind, "capture");
}

#[test]
fn who_says_that_an_event_happened_is_its_source() {
    let out = extract(
        "L'ONU a indiqué que des hommes armés ont tué dix civils à Djibo.",
    );
    let e = event(&out, "killing");
    assert!(has(&texts(&out, &e.source), "ONU"), "{e:#?}");
    assert!(has(&texts(&out, &e.agent), "hommes armés"), "{e:#?}");

    // Who says it did something is its agent, not only a source.
    let out = extract("Le JNIM a annoncé avoir tué dix soldats.");
    let e = event(&out, "killing");
    assert!(has(&texts(&out, &e.agent), "JNIM"), "{e:#?}");
}

#[test]
fn wounded_who_are_evacuated_is_no_withdrawal() {
    let out = extract(
        "Les terroristes ont attaqué le poste de Djibo. Côté ami, on déplore \
         quatre blessés, évacués et pris en charge.",
    );
    assert_no_event(&out, "withdrawal");
    let out = extract("L'armée malienne a évacué la base de Tessit.");
    assert_eq!(event(&out, "withdrawal").kind, "withdrawal");
}

#[test]
fn two_states_that_act_together_are_both_agents() {
    let out = extract(
        "Kinshasa et Kampala mènent depuis novembre 2021 des opérations \
         conjointes contre les ADF.",
    );
    let e = event(&out, "attack");
    assert_eq!(e.agent.len(), 2, "{e:#?}");
    assert!(has(&texts(&out, &e.target), "ADF"), "{e:#?}");
    assert!(e.location.is_empty(), "{e:#?}");

    let out = extract("Israël et le Hamas ont conclu un cessez-le-feu.");
    let e = event(&out, "ceasefire");
    assert!(has(&texts(&out, &e.agent), "Israël"), "{e:#?}");
    assert!(has(&texts(&out, &e.agent), "Hamas"), "{e:#?}");
}

#[test]
fn an_imperfect_is_active_not_a_participle() {
    let out = extract(
        "Des civils ont été tués dans le camp, alors que les forces \
         rwandaises encerclaient le secteur et que le M23 bombardait la \
         route.",
    );
    let siege = event(&out, "siege");
    assert!(
        has(&texts(&out, &siege.agent), "forces rwandaises"),
        "{siege:#?}"
    );
    assert!(siege.target.is_empty(), "{siege:#?}");
}

#[test]
fn the_deployed_force_is_the_agent_of_its_deployment() {
    let out = extract(
        "Des troupes tchadiennes restent déployées au Niger. Les soldats \
         kényans ont été déployés à Port-au-Prince.",
    );
    for e in out.events.iter().filter(|e| e.kind == "deployment") {
        assert!(!e.agent.is_empty(), "{e:#?}");
        assert!(e.target.is_empty(), "{e:#?}");
    }
    assert!(out.events.iter().any(|e| e.kind == "deployment"));
}

#[test]
fn the_death_of_a_counted_group_is_its_toll() {
    let out = extract(
        "Un millier de jihadistes ont été tués. L'armée déplore la mort de \
         52 soldats.",
    );
    let killings: Vec<&Event> =
        out.events.iter().filter(|e| e.kind == "killing").collect();
    assert_eq!(killings.len(), 2, "{killings:#?}");
    assert!(killings.iter().any(|e| e.killed == Some(52)), "{killings:#?}");
    assert!(killings.iter().any(|e| e.killed == Some(1000)), "{killings:#?}");
}

#[test]
fn spaced_guillemets_do_not_push_an_argument_away() {
    let out = extract(
        "L'armée a annoncé la fin de l'opération « Colère de Bohoma », \
         lancée fin mars contre Boko Haram.",
    );
    let e = event(&out, "attack");
    assert!(has(&texts(&out, &e.target), "Boko Haram"), "{e:#?}");
}

#[test]
fn the_subject_of_a_relative_clause_on_the_trigger() {
    let out = extract(
        "La ville souffre du blocus qu'imposent les FSR à El-Facher depuis \
         mai.",
    );
    let e = event(&out, "siege");
    assert!(has(&texts(&out, &e.agent), "FSR"), "{e:#?}");

    let out = extract(
        "L'offensive que mène l'armée malienne contre le JNIM se poursuit.",
    );
    let e = event(&out, "attack");
    assert!(has(&texts(&out, &e.agent), "armée malienne"), "{e:#?}");
    assert!(has(&texts(&out, &e.target), "JNIM"), "{e:#?}");

    let out = extract("L'attaque qu'a condamnée l'ONU a fait dix morts.");
    let e = event(&out, "attack");
    assert!(has(&texts(&out, &e.source), "ONU"), "{e:#?}");
    assert!(e.target.is_empty() && e.agent.is_empty(), "{e:#?}");

    let out = extract(
        "L'embuscade qu'a subie l'armée burkinabè a fait trois morts.",
    );
    let e = event(&out, "attack");
    assert!(has(&texts(&out, &e.target), "armée burkinabè"), "{e:#?}");
}

#[test]
fn a_besieged_town_is_the_target_of_the_siege() {
    let out = extract(
        "Les rebelles maintiennent depuis un an le siège de Kadugli, où \
         vivent des milliers de déplacés.",
    );
    let e = event(&out, "siege");
    assert!(has(&texts(&out, &e.target), "Kadugli"), "{e:#?}");
    assert!(has(&texts(&out, &e.location), "Kadugli"), "{e:#?}");
}

#[test]
fn a_place_right_after_a_multi_word_trigger_is_its_location() {
    for text in [
        "Les FSR ont pris le contrôle de Kadugli.",
        "Les FSR se sont emparés d'El-Facher.",
    ] {
        let out = extract(text);
        let e = event(&out, "capture");
        assert_eq!(e.location.len(), 1, "{text}: {e:#?}");
        assert!(has(&texts(&out, &e.agent), "FSR"), "{text}: {e:#?}");
    }
}

#[test]
fn who_loses_a_place_that_is_taken_from_them() {
    let out = extract("L'armée syrienne a repris Palmyre des mains de l'EI.");
    let e = event(&out, "capture");
    assert!(has(&texts(&out, &e.target), "EI"), "{e:#?}");
    assert!(has(&texts(&out, &e.agent), "armée syrienne"), "{e:#?}");

    let out = extract(
        "Les forces irakiennes veulent libérer Tal Afar des jihadistes de \
         l'EI.",
    );
    let e = event(&out, "capture");
    assert!(!e.target.is_empty(), "{e:#?}");
    assert!(has(&texts(&out, &e.agent), "forces irakiennes"), "{e:#?}");
}

#[test]
fn prendre_is_a_capture_only_of_a_place() {
    let out = extract("Les FSR affirment avoir pris le camp de Zamzam.");
    let e = event(&out, "capture");
    assert!(has(&texts(&out, &e.agent), "FSR"), "{e:#?}");
    assert!(!e.location.is_empty(), "{e:#?}");
    let out = extract("Le M23 a pris Goma dimanche.");
    let e = event(&out, "capture");
    assert!(has(&texts(&out, &e.location), "Goma"), "{e:#?}");
    for text in [
        "Les combattants du M23 ont pris la route de Goma.",
        "Les FSR ont pris part aux combats à El-Facher.",
        "Le M23 a pris la décision de rester à Goma.",
        "Des milliers de déplacés reprennent la route du Sud.",
        "Le convoi doit reprendre la route vers Makalondi.",
    ] {
        let out = extract(text);
        assert_no_event(&out, "capture");
    }
}

#[test]
fn a_toll_in_the_next_sentence_happened_where_the_attack_did() {
    let out = extract(
        "Des jihadistes ont attaqué mardi le camp militaire de Boulkessi. \
         Dix soldats ont été tués, selon l'armée.\n\nÀ Bamako, le \
         gouvernement a décrété un deuil national.",
    );
    let e = event(&out, "killing");
    assert!(has(&texts(&out, &e.location), "Boulkessi"), "{e:#?}");
    assert!(has(&texts(&out, &e.time), "mardi"), "{e:#?}");
    // Not across a paragraph from a country: only a story that opens on a
    // town goes on there.
    let out = extract(
        "Des jihadistes ont attaqué des positions au Mali.\n\nDix soldats \
         ont été tués.",
    );
    let e = event(&out, "killing");
    assert!(e.location.is_empty(), "{e:#?}");
    let out = extract(
        "Des jihadistes ont attaqué le camp de Boulkessi.\n\nDix soldats \
         ont été tués.",
    );
    let killing = event(&out, "killing");
    let attack = event(&out, "attack");
    assert_eq!(killing.location[..], attack.location[..1], "{out:#?}");
}

#[test]
fn a_country_only_frames_a_place_named_inside_it() {
    let out = extract(
        "Des hommes armés ont attaqué dimanche Solhan, un village du nord du \
         Burkina Faso.",
    );
    let e = event(&out, "attack");
    assert!(has(&texts(&out, &e.location), "Solhan"), "{e:#?}");
    assert!(!has(&texts(&out, &e.location), "Burkina Faso"), "{e:#?}");
}

#[test]
fn a_subject_does_not_reach_a_trigger_it_does_not_carry_out() {
    // A truce it brokers, fighting that only dates its clause.
    let out = extract(
        "L'ONU arrache un cessez-le-feu à Tripoli après une semaine de \
         combats entre milices.",
    );
    for e in &out.events {
        assert!(!has(&texts(&out, &e.agent), "ONU"), "{e:#?}");
    }
    // A trigger inside a relative clause of another subject.
    let out = extract(
        "La Minusma a menacé de sanctions ceux qui violeraient la trêve.",
    );
    let e = event(&out, "ceasefire");
    assert!(e.agent.is_empty(), "{e:#?}");
    // A duration between the subject and its own campaign is no date of
    // the trigger.
    let out = extract(
        "La coalition intensifie depuis plusieurs mois sa campagne aérienne \
         contre les Houthis.",
    );
    let e = event(&out, "airstrike");
    assert!(has(&texts(&out, &e.agent), "coalition"), "{e:#?}");
}

#[test]
fn who_deplores_a_death_tells_of_it() {
    let out = extract("L'armée tchadienne déplore la mort de 52 soldats.");
    let e = event(&out, "killing");
    assert!(has(&texts(&out, &e.source), "armée tchadienne"), "{e:#?}");
    assert!(!has(&texts(&out, &e.target), "armée tchadienne"), "{e:#?}");
    assert_eq!(e.killed, Some(52));
}

#[test]
fn a_speaker_in_apposition_and_a_pronoun_that_speaks() {
    let out = extract(
        "Selon le porte-parole de l'armée malienne, le colonel Souleymane \
         Dembélé, l'assaut a commencé à l'aube. Les soldats ont repris \
         Kidal dès le premier jour, a-t-il précisé.",
    );
    let e = event(&out, "attack");
    assert!(has(&texts(&out, &e.source), "Souleymane Dembélé"), "{e:#?}");
    assert!(!has(&texts(&out, &e.agent), "Souleymane Dembélé"), "{e:#?}");
    let e = event(&out, "capture");
    assert!(has(&texts(&out, &e.source), "Souleymane Dembélé"), "{e:#?}");
}

#[test]
fn armed_men_who_move_withdraw_or_redeploy() {
    let out = extract("Les jihadistes ont fui vers le Mali après l'attaque.");
    assert!(out.events.iter().any(|e| e.kind == "withdrawal"));
    assert!(!out.events.iter().any(|e| e.kind == "displacement"));
    let out = extract("Des milliers de civils ont fui Kidal.");
    assert!(out.events.iter().any(|e| e.kind == "displacement"));
}

#[test]
fn land_is_captured_people_are_released() {
    let out = extract(
        "Plusieurs villages à l'est et au sud-ouest de Tal Afar ont été \
         libérés par l'armée irakienne.",
    );
    assert!(
        out.events.iter().any(|e| e.kind == "capture"),
        "{:#?}",
        out.events
    );
    assert!(!out.events.iter().any(|e| e.kind == "release"));
    let out = extract(
        "L'armée nigériane a annoncé que les otages détenus dans un village \
         ont été libérés.",
    );
    assert!(
        out.events.iter().any(|e| e.kind == "release"),
        "{:#?}",
        out.events
    );
}

#[test]
fn what_a_strike_aimed_at_is_its_target_not_another_event() {
    let out = extract(
        "Une frappe de drone a visé mardi les positions du JNIM près de \
         Tessit.",
    );
    assert_eq!(out.events.len(), 1, "{:#?}", out.events);
    let e = event(&out, "airstrike");
    assert!(has(&texts(&out, &e.target), "JNIM"), "{e:#?}");
}

#[test]
fn an_attacked_site_is_the_target_and_the_location() {
    let out = extract(
        "Le poste militaire d'Inates, dans la région de Tillabéri, a fait \
         l'objet d'une attaque de plusieurs centaines de terroristes.",
    );
    let e = event(&out, "attack");
    assert!(has(&texts(&out, &e.target), "poste militaire"), "{e:#?}");
    assert!(has(&texts(&out, &e.location), "poste militaire"), "{e:#?}");
    let out = extract(
        "Des jihadistes ont attaqué mardi l'école de gendarmerie de Faladié.",
    );
    let e = event(&out, "attack");
    assert!(has(&texts(&out, &e.target), "école de gendarmerie"), "{e:#?}");
}

#[test]
fn civilians_are_no_side_of_a_clash() {
    let out = extract(
        "Les combats entre l'armée soudanaise et les FSR ont fait des \
         dizaines de victimes parmi les civils à Khartoum.",
    );
    let e = event(&out, "armed_clash");
    assert!(e.target.is_empty(), "{e:#?}");
    assert!(!e.agent.is_empty(), "{e:#?}");
}

#[test]
fn who_denies_an_attack_is_its_denied_agent() {
    let out = extract(
        "Dans un communiqué, les FSR ont rejeté toute attaque contre des \
         civils à El-Facher.",
    );
    let e = event(&out, "attack");
    assert!(has(&texts(&out, &e.agent), "FSR"), "{e:#?}");
    assert!(has(&texts(&out, &e.source), "FSR"), "{e:#?}");
    assert_eq!(e.polarity, "negated", "{e:#?}");
}

#[test]
fn armed_men_who_take_people_away_abduct_them() {
    let out = extract(
        "Des dizaines d'hommes armés ont fait irruption dans l'école et \
         emmené les élèves ainsi que des membres du personnel.",
    );
    let e = event(&out, "abduction");
    assert!(!e.agent.is_empty(), "{e:#?}");
    let out = extract(
        "Les blessés ont été emmenés à l'hôpital de Gao par l'armée malienne.",
    );
    assert_no_event(&out, "abduction");
}

#[test]
fn the_toll_of_an_explosion_is_no_event_of_its_own() {
    let out = extract(
        "Un engin explosif a sauté sur la route de Sebba : l'explosion a \
         coûté la vie à deux enfants.",
    );
    assert!(
        out.events.iter().any(|e| e.kind == "bombing"),
        "{:#?}",
        out.events
    );
    assert_no_event(&out, "killing");
}

#[test]
fn weapons_as_subject_stand_for_the_force_named_before() {
    let out = extract(
        "L'armée libanaise a lancé samedi une offensive contre l'EI près de \
         Ras Baalbek. L'artillerie et des hélicoptères ont pilonné les \
         positions des jihadistes.",
    );
    let e = event(&out, "shelling");
    assert!(has(&texts(&out, &e.agent), "armée libanaise"), "{e:#?}");
}

#[test]
fn an_event_denied_outright_needs_no_argument() {
    let out = extract(
        "Les élèves ont été libérés dimanche à Kaduna. Aucune arrestation n'a \
         été annoncée.",
    );
    let e = event(&out, "arrest");
    assert_eq!(e.polarity, "negated", "{e:#?}");
}

#[test]
fn who_repels_or_suffers_an_attack_is_its_target() {
    let out = extract(
        "Les Forces armées maliennes ont repoussé une attaque terroriste \
         contre le camp de Boulkessi.",
    );
    let e = event(&out, "attack");
    assert!(has(&texts(&out, &e.target), "Forces armées maliennes"), "{e:#?}");
    assert!(e.agent.is_empty(), "{e:#?}");

    let out = extract(
        "L'armée burkinabè a repoussé mardi l'assaut des jihadistes sur \
         Djibo.",
    );
    let e = event(&out, "attack");
    assert!(has(&texts(&out, &e.target), "armée burkinabè"), "{e:#?}");
    assert!(has(&texts(&out, &e.agent), "jihadistes"), "{e:#?}");
    // A pushing back the subject only tells of hits it no more.
    let out = extract(
        "L'état-major a démenti toute prise du camp, évoquant une attaque \
         repoussée et plusieurs terroristes neutralisés lors d'une riposte \
         aérienne.",
    );
    let e = event(&out, "airstrike");
    assert!(!has(&texts(&out, &e.target), "état-major"), "{e:#?}");

    // In the passive, "repoussée par X" names the defender, not the
    // attacker.
    let out =
        extract("Une attaque contre Tessit a été repoussée par les FAMa.");
    let e = event(&out, "attack");
    assert!(has(&texts(&out, &e.target), "FAMa"), "{e:#?}");
    assert!(e.agent.is_empty(), "{e:#?}");

    // Who leads it is still the agent.
    let out = extract("Une attaque menée par les jihadistes a visé Djibo.");
    let e = event(&out, "attack");
    assert!(has(&texts(&out, &e.agent), "jihadistes"), "{e:#?}");
}

#[test]
fn a_clash_with_a_named_side_has_the_subject_as_the_other() {
    let out = extract(
        "Les rebelles du M23 ont pris le contrôle de Sake après des combats \
         avec les FARDC.",
    );
    let e = event(&out, "armed_clash");
    let agents = texts(&out, &e.agent);
    assert!(has(&agents, "FARDC"), "{e:#?}");
    assert!(has(&agents, "rebelles"), "{e:#?}");

    // With no side named after it, a clash that only dates the clause is
    // not the subject's.
    let out = extract(
        "L'ONU a obtenu un cessez-le-feu à Tripoli après une semaine de \
         combats.",
    );
    let e = event(&out, "armed_clash");
    assert!(e.agent.is_empty(), "{e:#?}");
}

#[test]
fn who_the_news_was_learnt_from_is_the_source() {
    let out = extract(
        "Des hommes armés ont tué six civils lundi dans le village de \
         Kassoum, a-t-on appris de sources sécuritaires.",
    );
    let e = event(&out, "killing");
    assert!(has(&texts(&out, &e.source), "sources sécuritaires"), "{e:#?}");
    assert!(has(&texts(&out, &e.agent), "hommes armés"), "{e:#?}");
}

#[test]
fn the_sides_a_clash_sets_against_each_other_are_its_agents() {
    let out = extract(
        "Des affrontements ont opposé jeudi l'armée malienne aux jihadistes \
         près de Boni.",
    );
    let e = event(&out, "armed_clash");
    let agents = texts(&out, &e.agent);
    assert!(has(&agents, "armée malienne"), "{e:#?}");
    assert!(has(&agents, "jihadistes"), "{e:#?}");

    let out = extract(
        "De violents combats opposant les FSR à l'armée soudanaise ont \
         éclaté à Khartoum.",
    );
    let e = event(&out, "armed_clash");
    let agents = texts(&out, &e.agent);
    assert!(has(&agents, "FSR"), "{e:#?}");
    assert!(has(&agents, "armée soudanaise"), "{e:#?}");
}

#[test]
fn the_town_of_an_attacked_building_is_where_it_happened() {
    let out = extract(
        "Un kamikaze s'est fait exploser mardi devant un commissariat de \
         Mogadiscio, tuant huit policiers.",
    );
    let e = event(&out, "bombing");
    assert!(has(&texts(&out, &e.location), "Mogadiscio"), "{e:#?}");
}

#[test]
fn a_noun_ending_like_a_participle_stays_a_noun() {
    // "avancée" is the noun here, not the participle of "avancer": the
    // group after "de" is the one advancing.
    let out = extract("L'avancée des rebelles du M23 inquiète Kinshasa.");
    let e = event(&out, "deployment");
    assert!(has(&texts(&out, &e.agent), "rebelles"), "{e:#?}");
    // The participle of a verb row is still a verb.
    let out = extract("Les jihadistes ont avancé vers Gao.");
    let e = event(&out, "deployment");
    assert!(has(&texts(&out, &e.agent), "jihadistes"), "{e:#?}");
    assert!(has(&texts(&out, &e.destination), "Gao"), "{e:#?}");
}

#[test]
fn a_group_inside_a_time_adjunct_is_not_the_verbs_object() {
    let out =
        extract("Des civils ont fui après l'offensive des rebelles du M23.");
    let e = event(&out, "displacement");
    let agents = texts(&out, &e.agent);
    assert!(has(&agents, "civils"), "{e:#?}");
    assert!(!has(&agents, "rebelles"), "{e:#?}");
    let e = event(&out, "attack");
    assert!(has(&texts(&out, &e.agent), "rebelles"), "{e:#?}");
}

#[test]
fn a_noun_phrase_ending_in_a_participle_is_a_noun_trigger() {
    // "engin explosif improvisé" and "voiture piégée" name the weapon; the
    // wounded subject of the passive is the target, not the agent.
    let out = extract(
        "Quatre casques bleus ont été blessés jeudi par l'explosion d'un \
         engin explosif improvisé près d'Aguelhok.",
    );
    let e = event(&out, "bombing");
    assert!(has(&texts(&out, &e.target), "Quatre casques bleus"), "{e:#?}");
    assert!(e.agent.is_empty(), "{e:#?}");
}

#[test]
fn protesters_named_by_the_trigger_protest_not_who_disperses_them() {
    let out = extract(
        "Les forces de sécurité ont dispersé des centaines de manifestants \
         à Conakry.",
    );
    let e = event(&out, "protest");
    let agents = texts(&out, &e.agent);
    assert!(has(&agents, "centaines de manifestants"), "{e:#?}");
    assert!(!has(&agents, "forces de sécurité"), "{e:#?}");
}

#[test]
fn a_count_after_a_verb_of_killing_is_the_toll() {
    for (text, n) in [
        ("L'armée a exécuté au moins 223 civils à Djibo.", 223),
        ("Des jihadistes ont massacré 40 villageois à Solhan.", 40),
        ("Des hommes armés ont égorgé sept bergers près de Ménaka.", 7),
    ] {
        let out = extract(text);
        let e = event(&out, "killing");
        assert_eq!(e.killed, Some(n), "{text}: {e:#?}");
    }
}

#[test]
fn who_an_attack_is_attributed_to_is_its_agent() {
    for (text, agent) in [
        (
            "Neuf civils ont été tués lors d'une attaque attribuée à des \
             séparatistes anglophones près de Bamenda.",
            "séparatistes",
        ),
        ("Une attaque imputée aux ADF a fait dix morts à Beni.", "ADF"),
    ] {
        let out = extract(text);
        let e = event(&out, "attack");
        assert!(has(&texts(&out, &e.agent), agent), "{text}: {e:#?}");
        assert!(!has(&texts(&out, &e.target), agent), "{text}: {e:#?}");
    }
}

#[test]
fn a_subject_pronoun_stands_for_the_actor_before_it() {
    for (text, kind, agent) in [
        (
            "Les shebab ont revendiqué l'attentat. Ils ont aussi attaqué \
             une base militaire à Baidoa mardi.",
            "attack",
            "shebab",
        ),
        (
            "Le M23 contrôle Rubaya depuis avril. Il s'est emparé mardi de \
             la localité de Nyanzale.",
            "capture",
            "M23",
        ),
        (
            "L'armée somalienne a lancé une offensive dans la région de \
             Galgaduud. Elle affirme avoir repris plusieurs villages.",
            "capture",
            "armée somalienne",
        ),
        // The actor after "selon" is no subject.
        (
            "Selon l'armée, des jihadistes sont arrivés à moto. Ils ont \
             tué douze villageois près de Djibo.",
            "killing",
            "jihadistes",
        ),
    ] {
        let out = extract(text);
        let e = event(&out, kind);
        assert_eq!(texts(&out, &e.agent), [agent], "{text}: {e:#?}");
    }
    // Passive: who the pronoun stands for was hit.
    let text = "Cinq employés d'une ONG avaient été enlevés en mars. Ils \
                ont été libérés la semaine dernière.";
    let out = extract(text);
    let e = event(&out, "release");
    assert!(has(&texts(&out, &e.target), "Cinq employés"), "{e:#?}");
    assert!(e.agent.is_empty(), "{e:#?}");
    // Number must agree: "Il" is not the plural group.
    let text = "Les jihadistes ont encerclé le village. Il a attaqué la \
                base de Boulkessi.";
    let out = extract(text);
    let attacks = out.events.iter().filter(|e| e.kind == "attack");
    for e in attacks {
        assert!(!has(&texts(&out, &e.agent), "jihadistes"), "{e:#?}");
    }
}

#[test]
fn a_killing_by_its_own_agent_is_not_the_attack_it_followed() {
    let out = extract(
        "Au moins 28 membres présumés de gangs ont été tués lundi par la \
         police à Pétion-Ville, après une attaque de la coalition Viv \
         Ansanm contre ce quartier.",
    );
    let k = event(&out, "killing");
    assert_eq!(texts(&out, &k.agent), ["police"], "{k:#?}");
    assert_eq!(k.killed, Some(28));
    // The members are presumed, not the killing.
    assert_eq!(k.modality, "asserted", "{k:#?}");
    let a = event(&out, "attack");
    assert!(!has(&texts(&out, &a.agent), "police"), "{a:#?}");
    // With one agent, the killing is the attack's toll.
    let out = extract("Des jihadistes ont attaqué Djibo, tuant 20 soldats.");
    assert_no_event(&out, "killing");
}

#[test]
fn an_air_dropped_bomb_is_an_air_strike() {
    let out = extract(
        "À Kharkiv, une frappe de bombe planante a blessé neuf personnes.",
    );
    assert_eq!(out.events.len(), 1, "{:#?}", out.events);
    assert_eq!(out.events[0].kind, "airstrike");
}

#[test]
fn evacuated_civilians_are_displaced() {
    let out = extract(
        "Moscou a ordonné l'évacuation de milliers d'habitants du district \
         de Belgorod.",
    );
    let e = event(&out, "displacement");
    assert!(has(&texts(&out, &e.agent), "milliers d'habitants"), "{e:#?}");
    let out = extract("Les combattants ont achevé l'évacuation de la ville.");
    assert_no_event(&out, "displacement");
}

#[test]
fn one_person_killed_or_wounded_is_a_count_of_one() {
    let out = extract(
        "Un soldat a été tué et deux autres blessés dans une embuscade \
         près de Gao.",
    );
    let e = event(&out, "attack");
    assert_eq!((e.killed, e.injured), (Some(1), Some(2)), "{e:#?}");
    let out = extract(
        "Des hommes armés ont attaqué le village, tuant une femme et deux \
         enfants.",
    );
    assert_eq!(event(&out, "attack").killed, Some(3));
    // A subset is no toll of its own; "l'un des" is no count.
    let out = extract("L'attaque a fait neuf morts, dont un enfant.");
    assert_eq!(event(&out, "attack").killed, Some(9));
    let out = extract("L'un des assaillants a été tué.");
    assert_eq!(event(&out, "killing").killed, None);
}

#[test]
fn counted_killers_are_not_the_toll() {
    let out = extract("Deux hommes armés ont tué trois civils près de Gao.");
    assert_eq!(event(&out, "killing").killed, Some(3));
}

#[test]
fn another_happening_is_not_merged_with_the_lead() {
    // A wire lead is no headline: its place must agree as any other's.
    let out = extract(
        "Les Forces armées maliennes ont neutralisé une cinquantaine de \
         terroristes lors d'une offensive menée jeudi dans la zone de \
         Djibo. Une unité de l'armée malienne est tombée dans une \
         embuscade près de Kaya.",
    );
    let attacks: Vec<_> =
        out.events.iter().filter(|e| e.kind == "attack").collect();
    assert_eq!(attacks.len(), 2, "{attacks:#?}");
    // "Par ailleurs" turns to another happening, even with no place.
    let out = extract(
        "Des jihadistes ont attaqué le poste de Boulkessi jeudi. Par \
         ailleurs, des hommes armés ont attaqué un convoi de commerçants.",
    );
    let attacks: Vec<_> =
        out.events.iter().filter(|e| e.kind == "attack").collect();
    assert_eq!(attacks.len(), 2, "{attacks:#?}");
}

#[test]
fn a_unit_caught_in_an_ambush_is_its_target() {
    for text in [
        "Une patrouille de l'armée malienne est tombée dans une embuscade \
         près de Gao.",
        "Une unité de l'armée malienne a été la cible d'une embuscade sur \
         l'axe Gao-Ansongo.",
        "Des jihadistes ont tendu une embuscade à une patrouille de \
         l'armée malienne près de Gao.",
    ] {
        let out = extract(text);
        assert_no_event(&out, "deployment");
        let e = event(&out, "attack");
        assert!(
            has(&texts(&out, &e.target), "armée malienne"),
            "{text}: {e:#?}"
        );
        assert!(
            !has(&texts(&out, &e.agent), "armée malienne"),
            "{text}: {e:#?}"
        );
    }
}

#[test]
fn where_a_place_lies_is_no_argument() {
    let out = extract(
        "Située à 400 km à l'est de Damas, la ville de Deir Ez-Zor est \
         assiégée depuis trois ans par Daech.",
    );
    let e = event(&out, "siege");
    for role in [&e.location, &e.target] {
        assert!(!has(&texts(&out, role), "Damas"), "{e:#?}");
    }
    assert!(has(&texts(&out, &e.location), "Deir Ez-Zor"), "{e:#?}");
}

#[test]
fn an_armed_group_entering_a_town_takes_it() {
    let out = extract(
        "Les rebelles du M23, soutenus par des troupes rwandaises, sont \
         entrés dans Goma lundi.",
    );
    let e = event(&out, "capture");
    assert!(has(&texts(&out, &e.agent), "rebelles"), "{e:#?}");
    assert!(e.target.is_empty(), "{e:#?}");
    assert!(has(&texts(&out, &e.location), "Goma"), "{e:#?}");
    let out = extract(
        "Des milliers de déplacés sont entrés dans le camp de Kanyaruchinya.",
    );
    assert_no_event(&out, "capture");
}

#[test]
fn what_a_strike_aimed_at_is_no_strike_of_its_own() {
    let out = extract(
        "Le Hezbollah a tiré des dizaines de roquettes sur le nord \
         d'Israël, visant notamment une base aérienne près de Haïfa.",
    );
    assert_eq!(out.events.len(), 1, "{:#?}", out.events);
    assert_eq!(out.events[0].kind, "shelling");
}

#[test]
fn civilians_who_evacuate_are_displaced() {
    let out = extract(
        "L'armée israélienne a appelé les habitants des villages du sud à \
         évacuer.",
    );
    assert_no_event(&out, "withdrawal");
    let e = event(&out, "displacement");
    assert!(has(&texts(&out, &e.agent), "habitants"), "{e:#?}");
}

#[test]
fn a_long_subject_still_gives_its_toll() {
    let out = extract(
        "Au moins 17 casques bleus et soldats étrangers ont été tués depuis \
         le début de l'offensive, selon l'ONU.",
    );
    assert_eq!(event(&out, "attack").killed, Some(17));
}

#[test]
fn the_police_who_disperse_a_protest_do_not_protest() {
    let out = extract(
        "La police a dispersé à coups de gaz lacrymogène un rassemblement \
         non autorisé à Zinder et interpellé une vingtaine de manifestants.",
    );
    let e = event(&out, "protest");
    assert!(!has(&texts(&out, &e.agent), "police"), "{e:#?}");
    assert!(has(&texts(&out, &e.target), "police"), "{e:#?}");
    assert_eq!(event(&out, "arrest").agent.len(), 1);
}

#[test]
fn a_long_opening_with_wide_chars_is_read_safely() {
    // The opening words are cut at a char boundary.
    let text = "Par ailleurs — ءءءءءءءءءءءءءءءءءءءء des jihadistes ont \
                attaqué Djibo.";
    let out = extract(text);
    assert!(out.events.iter().all(|e| e.kind != "none"));
}

#[test]
fn taking_a_named_place_is_a_capture_whoever_claims_it() {
    let out = extract(
        "La Russie a revendiqué mardi la prise du village de Novohrodivka, \
         dans la région de Donetsk.",
    );
    let e = event(&out, "capture");
    assert!(has(&texts(&out, &e.location), "Novohrodivka"), "{e:#?}");
    let out = extract("Le gouvernement a annoncé la prise de mesures à Gao.");
    assert_no_event(&out, "capture");
}

#[test]
fn what_is_averted_or_shot_down_kills_no_one() {
    let out = extract(
        "Les forces ukrainiennes se sont retirées d'Avdiïvka pour éviter \
         l'encerclement.",
    );
    assert_no_event(&out, "siege");
    assert_eq!(event(&out, "withdrawal").kind, "withdrawal");
    let out = extract(
        "Moscou a lancé 80 drones Shahed sur l'Ukraine dans la nuit, dont 60 \
         ont été abattus par la défense antiaérienne.",
    );
    assert_no_event(&out, "killing");
}

#[test]
fn who_calls_on_others_to_act_is_a_source() {
    let out = extract(
        "L'armée israélienne a appelé les habitants des villages du sud à \
         évacuer.",
    );
    let e = event(&out, "displacement");
    assert_eq!(e.modality, "demanded", "{e:#?}");
    let out = extract(
        "L'ONU a exhorté les belligérants du Soudan à cesser les combats.",
    );
    let e = event(&out, "ceasefire");
    assert_eq!(e.modality, "demanded", "{e:#?}");
    assert!(e.agent.is_empty(), "{e:#?}");
    assert_eq!(texts(&out, &e.source), ["ONU"], "{e:#?}");
    // A noun trigger after the infinitive called for, or a trigger that
    // opens on one.
    let out = extract(
        "Najib Mikati a appelé la communauté internationale à imposer un \
         cessez-le-feu.",
    );
    let e = event(&out, "ceasefire");
    assert_eq!(e.modality, "demanded", "{e:#?}");
    assert_eq!(texts(&out, &e.source), ["Najib Mikati"], "{e:#?}");
    let out =
        extract("L'ONU a appelé les parties à reprendre les négociations.");
    assert_eq!(event(&out, "negotiation").modality, "demanded");
    let out = extract("Les jihadistes ont commencé à attaquer Djibo.");
    assert_eq!(event(&out, "attack").modality, "asserted");
    // With no one addressed, who demands it may be its party.
    let out = extract("Le Hamas exige un cessez-le-feu permanent.");
    let e = event(&out, "ceasefire");
    assert_eq!(texts(&out, &e.agent), ["Hamas"], "{e:#?}");
}

#[test]
fn an_event_named_by_its_date_takes_no_undated_mention() {
    let out = extract(
        "L'armée israélienne a indiqué avoir visé un commandant du Hamas qui \
         avait participé à l'attaque du 7 octobre 2023.",
    );
    let attacks: Vec<_> =
        out.events.iter().filter(|e| e.kind == "attack").collect();
    assert_eq!(attacks.len(), 2, "{attacks:#?}");
    assert!(attacks.iter().any(|e| e.time.is_empty()), "{attacks:#?}");
}

#[test]
fn civilians_evacuated_on_a_force_s_order_are_displaced() {
    let out = extract(
        "L'armée israélienne a ordonné l'évacuation des habitants du \
         quartier de Chajaïya.",
    );
    assert_no_event(&out, "deployment");
    event(&out, "displacement");
}

#[test]
fn dying_in_an_event_gives_it_the_toll() {
    let out = extract(
        "Cinq civils ont trouvé la mort dans l'explosion d'une mine près de \
         Ménaka.",
    );
    assert_no_event(&out, "killing");
    assert_eq!(event(&out, "bombing").killed, Some(5));
    // "ont péri" is intransitive: the counted died.
    let out = extract(
        "Une quinzaine de personnes ont péri dans l'incendie du marché de \
         Bunia.",
    );
    assert_eq!(event(&out, "killing").killed, Some(15));
}

#[test]
fn the_others_abducted_are_counted_apart_from_the_dead() {
    let out = extract(
        "Au moins 12 personnes ont été tuées et 20 autres enlevées lors \
         d'une attaque de bandits armés contre le village de Kadisau.",
    );
    let e = event(&out, "abduction");
    assert_eq!(e.abducted, Some(20), "{e:#?}");
    assert!(!has(&texts(&out, &e.target), "Au moins 12 personnes"), "{e:#?}");
    assert_eq!(event(&out, "attack").killed, Some(12));
}

#[test]
fn counts_listed_together_are_one_toll() {
    for (text, kind, n) in [
        (
            "Trois soldats et deux civils ont été tués lundi par des \
             hommes armés près de Mopti.",
            "killing",
            5,
        ),
        (
            "Des jihadistes ont tué 3 soldats et 2 civils près de Ménaka.",
            "killing",
            5,
        ),
        (
            "Deux policiers, trois gendarmes et quatre civils ont été tués \
             dans l'attaque d'un poste à Kaya.",
            "attack",
            9,
        ),
        // Not a list: the second count is of the wounded.
        (
            "Trois soldats ont été tués et deux autres blessés dans une \
             embuscade près de Gao.",
            "attack",
            3,
        ),
    ] {
        let out = extract(text);
        let e = event(&out, kind);
        assert_eq!(e.killed, Some(n), "{text}: {e:#?}");
    }
}

#[test]
fn enemies_neutralised_are_the_toll() {
    let out = extract(
        "Selon un communiqué de l'armée, 15 terroristes ont été neutralisés \
         lors d'une opération dans le secteur de Tillabéri.",
    );
    // The toll of the operation, no killing of its own (8 of 10 such
    // phrases in the gold sets).
    let e = event(&out, "attack");
    assert_eq!(e.killed, Some(15), "{e:#?}");
    assert!(has(&texts(&out, &e.target), "15 terroristes"), "{e:#?}");
    assert_no_event(&out, "killing");
}

#[test]
fn soldiers_hit_in_a_clash_are_of_a_side() {
    let out = extract(
        "Un soldat français a été tué lors d'un accrochage avec des \
         jihadistes au Mali.",
    );
    let e = event(&out, "armed_clash");
    assert!(e.target.is_empty(), "{e:#?}");
    let agents = texts(&out, &e.agent);
    assert!(has(&agents, "jihadistes"), "{e:#?}");
    assert!(has(&agents, "soldat français"), "{e:#?}");
    // A counted group it killed is its toll, not a side.
    let out = extract(
        "L'état-major a reconnu un accrochage près de Kidal et fait état de \
         trois soldats tués.",
    );
    let e = event(&out, "armed_clash");
    assert!(!has(&texts(&out, &e.agent), "trois soldats"), "{e:#?}");
    let out = extract(
        "Selon lui, plusieurs terroristes ont été tués lors d'un accrochage \
         près de Mucojo.",
    );
    let e = event(&out, "armed_clash");
    assert!(!has(&texts(&out, &e.agent), "plusieurs terroristes"), "{e:#?}");
}

#[test]
fn the_day_the_news_came_does_not_hide_its_source() {
    let out = extract(
        "Au moins 30 civils ont été tués dimanche à Djibo, a-t-on appris \
         lundi soir auprès des autorités locales.",
    );
    let e = event(&out, "killing");
    assert!(has(&texts(&out, &e.source), "autorités locales"), "{e:#?}");
}

#[test]
fn a_dispatch_dateline_is_no_event_time_when_the_date_is_given() {
    let out = extract(
        "BAMAKO, 12 mars (AFP) - Au moins 30 civils ont été tués dimanche \
         dans une attaque de leur village par des hommes armés.",
    );
    let e = event(&out, "attack");
    let times = texts(&out, &e.time);
    assert_eq!(times, vec!["dimanche".to_string()], "{e:#?}");
}

#[test]
fn a_day_between_taking_and_the_place_taken() {
    // Wire style puts the day right after the verb.
    let out = extract(
        "Les rebelles du M23 ont pris jeudi le contrôle de Bunagana, près \
         de la frontière ougandaise.",
    );
    let e = event(&out, "capture");
    assert!(has(&texts(&out, &e.agent), "rebelles"), "{e:#?}");
    assert!(has(&texts(&out, &e.location), "Bunagana"), "{e:#?}");
    assert!(has(&texts(&out, &e.time), "jeudi"), "{e:#?}");

    let out = extract("Les rebelles ont pris dimanche la ville de Goma.");
    let e = event(&out, "capture");
    assert!(has(&texts(&out, &e.location), "Goma"), "{e:#?}");

    let out = extract(
        "Les paramilitaires ont repris samedi le contrôle de la ville \
         d'El-Facher.",
    );
    let e = event(&out, "capture");
    assert!(has(&texts(&out, &e.location), "El-Facher"), "{e:#?}");

    // Taking a road is no capture, with or without the day.
    let out = extract("Les déplacés ont pris samedi la route de Goma.");
    assert_no_event(&out, "capture");
}

#[test]
fn shooting_down_an_aircraft_is_no_killing() {
    for text in [
        "L'armée de l'air ukrainienne a affirmé avoir abattu 31 des 34 \
         drones lancés par la Russie.",
        "Un avion de chasse syrien a été abattu par les rebelles près \
         d'Idleb.",
    ] {
        let out = extract(text);
        assert!(
            out.events.iter().all(|e| e.kind != "killing"),
            "{text}: {:#?}",
            out.events
        );
    }
    // People shot dead still are.
    let out =
        extract("Des hommes armés ont abattu trois soldats près de Gao.");
    let e = event(&out, "killing");
    assert!(has(&texts(&out, &e.target), "trois soldats"), "{e:#?}");
}

#[test]
fn who_dies_in_an_attack_is_its_target() {
    for text in [
        "Trois soldats ont péri dans l'attaque du poste.",
        "Trois soldats sont morts dans l'embuscade.",
        "Trois soldats tués dans l'attaque du poste.",
        "Deux casques bleus ont perdu la vie dans l'explosion d'une mine.",
    ] {
        let out = extract(text);
        let e = out
            .events
            .iter()
            .find(|e| e.kind != "killing")
            .unwrap_or_else(|| panic!("{text}: {:#?}", out.events));
        assert!(e.agent.is_empty(), "{text}: {e:#?}");
        assert!(!e.target.is_empty(), "{text}: {e:#?}");
    }
    let out = extract("Deux soldats ont perdu la vie près de Djibo.");
    let e = event(&out, "killing");
    assert!(has(&texts(&out, &e.target), "Deux soldats"), "{e:#?}");
    assert_eq!(e.killed, Some(2), "{e:#?}");
}

#[test]
fn the_object_of_a_killing_verb_is_the_victim_of_the_attack() {
    let out =
        extract("Les jihadistes ont tué trois soldats lors de l'attaque.");
    let e = event(&out, "attack");
    assert!(has(&texts(&out, &e.agent), "jihadistes"), "{e:#?}");
    assert!(has(&texts(&out, &e.target), "trois soldats"), "{e:#?}");
}

#[test]
fn detainees_are_people_not_an_arrest() {
    let out = extract(
        "Des gangs armés ont attaqué la prison de Mirebalais, libérant plus \
         de 500 détenus.",
    );
    assert_no_event(&out, "arrest");
    let e = event(&out, "release");
    assert!(has(&texts(&out, &e.target), "plus de 500 détenus"), "{e:#?}");
    // The participle of an arrest still is one.
    let out = extract(
        "Le journaliste a été détenu mardi par les services de \
         renseignement à Bamako.",
    );
    event(&out, "arrest");
    // "détenu depuis" tells how long someone has been held: a state, not
    // the arrest, as annotators code it.
    let out = extract(
        "Les manifestants exigent la libération de leur dirigeante, \
         détenue depuis mars 2025.",
    );
    assert_no_event(&out, "arrest");
}

#[test]
fn a_person_named_after_a_title_is_the_one_released_or_taken() {
    let out = extract(
        "Les ravisseurs ont annoncé la libération du journaliste Olivier \
         Dubois.",
    );
    let e = event(&out, "release");
    assert!(has(&texts(&out, &e.target), "Olivier Dubois"), "{e:#?}");
    let out = extract(
        "Le JNIM a revendiqué l'enlèvement du journaliste Olivier Dubois à \
         Gao.",
    );
    let e = event(&out, "abduction");
    assert!(has(&texts(&out, &e.target), "Olivier Dubois"), "{e:#?}");
    assert!(has(&texts(&out, &e.agent), "JNIM"), "{e:#?}");
}

#[test]
fn places_near_which_and_sides_past_an_acronym() {
    let out = extract(
        "De violents combats opposent depuis jeudi l'armée congolaise \
         (FARDC) aux rebelles du M23 autour de Sake.",
    );
    let e = event(&out, "armed_clash");
    assert!(has(&texts(&out, &e.agent), "armée congolaise"), "{e:#?}");
    assert!(has(&texts(&out, &e.agent), "rebelles"), "{e:#?}");
    assert!(has(&texts(&out, &e.location), "Sake"), "{e:#?}");
    for (text, place) in [
        ("Des combats ont éclaté entre l'armée et le M23 non loin de Goma.", "Goma"),
        ("Un navire a été attaqué par les Houthis au large de Hodeida.", "Hodeida"),
        ("Des combats ont eu lieu entre l'armée et le M23 à proximité de Goma.", "Goma"),
    ] {
        let out = extract(text);
        let e = &out.events[0];
        assert!(has(&texts(&out, &e.location), place), "{text}: {e:#?}");
    }
}

#[test]
fn the_day_of_the_telling_is_not_the_day_of_the_event() {
    let out = extract(
        "Vingt-trois soldats ont été tués jeudi dans une embuscade près de \
         Tassia, a annoncé vendredi le ministère de la Défense.",
    );
    let e = event(&out, "attack");
    assert_eq!(texts(&out, &e.time), vec!["jeudi".to_string()], "{e:#?}");
    assert_eq!(e.date.as_deref(), Some("2024-03-14"), "{e:#?}");
    // With no day of its own, the event keeps the day it was told.
    let out = extract(
        "Les FSR ont annoncé dimanche s'être emparés du camp de Zamzam au \
         terme de trois jours d'assauts.",
    );
    let e = event(&out, "capture");
    assert!(has(&texts(&out, &e.time), "dimanche"), "{e:#?}");
}

#[test]
fn who_an_event_is_reported_by_is_its_source() {
    let out = extract(
        "Les autorités n'ont pas confirmé l'enlèvement de civils évoqué par \
         des habitants près de Djibo.",
    );
    let e = event(&out, "abduction");
    assert!(has(&texts(&out, &e.source), "habitants"), "{e:#?}");
    assert!(!has(&texts(&out, &e.agent), "habitants"), "{e:#?}");
    // Who carried it out is still the agent.
    let out = extract(
        "Une attaque contre un poste militaire menée par des jihadistes à \
         Djibo.",
    );
    let e = event(&out, "attack");
    assert!(has(&texts(&out, &e.agent), "jihadistes"), "{e:#?}");
}

#[test]
fn unnamed_sources_of_wire_reports() {
    for (text, source) in [
        (
            "Trois soldats ont été tués dimanche à Djibo, selon des sources \
             concordantes.",
            "sources concordantes",
        ),
        (
            "Trois soldats ont été tués dimanche à Djibo, a indiqué une \
             source proche du mouvement.",
            "source proche",
        ),
        (
            "Trois soldats ont été tués dimanche à Djibo, a indiqué un \
             responsable militaire.",
            "responsable militaire",
        ),
    ] {
        let out = extract(text);
        let e = event(&out, "killing");
        assert!(has(&texts(&out, &e.source), source), "{text}: {e:#?}");
    }
}

#[test]
fn an_event_about_to_happen_is_future() {
    let out = extract(
        "Une cellule du Hezbollah qui s'apprêtait à lancer des roquettes a \
         été visée par l'armée israélienne.",
    );
    let e = event(&out, "shelling");
    assert_eq!(e.modality, "future", "{e:#?}");
}

#[test]
fn civilians_are_the_subject_of_their_relative_clause() {
    let out = extract(
        "La police a dispersé des centaines de manifestants qui \
         protestaient à Dakar.",
    );
    let protests: Vec<_> =
        out.events.iter().filter(|e| e.kind == "protest").collect();
    assert_eq!(protests.len(), 1, "{:#?}", out.events);
    let e = protests[0];
    assert!(
        has(&texts(&out, &e.agent), "centaines de manifestants"),
        "{e:#?}"
    );
    assert!(!has(&texts(&out, &e.agent), "police"), "{e:#?}");
}

#[test]
fn a_side_that_loses_men_in_an_ambush_is_its_target() {
    let out = extract(
        "L'armée malienne a perdu dix hommes dans une embuscade tendue par \
         les jihadistes près de Boni.",
    );
    let e = event(&out, "attack");
    assert!(has(&texts(&out, &e.target), "armée malienne"), "{e:#?}");
    assert!(!has(&texts(&out, &e.agent), "armée malienne"), "{e:#?}");
    assert!(has(&texts(&out, &e.agent), "jihadistes"), "{e:#?}");
    assert_eq!(e.killed, Some(10), "{e:#?}");
    // Equipment lost is no toll.
    let out = extract(
        "Les rebelles ont perdu 40 véhicules lors d'une attaque à Boni.",
    );
    let e = event(&out, "attack");
    assert!(has(&texts(&out, &e.target), "rebelles"), "{e:#?}");
    assert_eq!(e.killed, None, "{e:#?}");
}

#[test]
fn who_dies_or_repels_before_an_instrumental_trigger_is_hit() {
    let out =
        extract("Trois soldats ont péri dans une embuscade près de Boni.");
    let e = event(&out, "attack");
    assert!(has(&texts(&out, &e.target), "Trois soldats"), "{e:#?}");
    assert!(e.agent.is_empty(), "{e:#?}");
    let out = extract(
        "Les jihadistes ont tué trois soldats dans une embuscade près de Boni.",
    );
    let e = event(&out, "attack");
    assert!(has(&texts(&out, &e.agent), "jihadistes"), "{e:#?}");
    assert!(has(&texts(&out, &e.target), "trois soldats"), "{e:#?}");
}

#[test]
fn burning_by_armed_men_is_an_attack_and_by_a_crowd_a_riot() {
    let out = extract("Des hommes armés ont incendié le marché de Gao.");
    let e = event(&out, "attack");
    assert!(has(&texts(&out, &e.agent), "hommes armés"), "{e:#?}");
    assert_no_event(&out, "riot");
    let out = extract("Des manifestants ont incendié des magasins à Dakar.");
    assert!(out.events.iter().any(|e| e.kind == "riot"), "{:#?}", out.events);
    assert_no_event(&out, "attack");
}

#[test]
fn hostages_held_are_no_arrest() {
    let out = extract(
        "Les talibans ont libéré jeudi deux otages américains détenus depuis \
         trois ans en Afghanistan.",
    );
    assert_no_event(&out, "arrest");
    let e = event(&out, "release");
    assert!(has(&texts(&out, &e.agent), "talibans"), "{e:#?}");
}

#[test]
fn activities_that_resume_are_not_captured() {
    for text in [
        "Les négociations entre Kiev et Moscou ont repris lundi à Istanbul.",
        "Les cours ont repris dans les écoles de Goma après les combats avec \
         le M23.",
    ] {
        let out = extract(text);
        assert_no_event(&out, "capture");
    }
    // A subject of its own after the fighting: a capture.
    let out = extract("Après des combats acharnés l'armée a repris Kidal.");
    let e = event(&out, "capture");
    assert!(has(&texts(&out, &e.agent), "armée"), "{e:#?}");
    assert!(has(&texts(&out, &e.location), "Kidal"), "{e:#?}");
}

#[test]
fn enemies_neutralised_in_an_operation_are_its_target() {
    let out = extract(
        "L'armée nigérienne a annoncé avoir neutralisé une trentaine de \
         terroristes lors d'une opération dans la région de Tillabéri.",
    );
    let e = event(&out, "attack");
    assert!(has(&texts(&out, &e.agent), "armée nigérienne"), "{e:#?}");
    assert!(
        has(&texts(&out, &e.target), "trentaine de terroristes"),
        "{e:#?}"
    );
    let out = extract(
        "Les FAMa ont neutralisé 12 terroristes lors d'une patrouille près \
         de Ménaka.",
    );
    let e = event(&out, "killing");
    assert_eq!(e.killed, Some(12), "{e:#?}");
}

#[test]
fn the_subject_does_not_reach_the_event_it_retaliates_for() {
    let out = extract(
        "Le Hezbollah a tiré des dizaines de roquettes sur le nord d'Israël \
         mardi, en représailles à une frappe qui a tué un de ses \
         commandants.",
    );
    let e = event(&out, "airstrike");
    assert!(!has(&texts(&out, &e.agent), "Hezbollah"), "{e:#?}");
    let e = event(&out, "shelling");
    assert!(has(&texts(&out, &e.agent), "Hezbollah"), "{e:#?}");
    // Retaliation by the subject is still its act.
    let out = extract(
        "Le Hezbollah a lancé en représailles une attaque contre le nord \
         d'Israël.",
    );
    let e = event(&out, "attack");
    assert!(has(&texts(&out, &e.agent), "Hezbollah"), "{e:#?}");
}

#[test]
fn live_fire_on_protesters_is_an_attack_on_them() {
    let out = extract(
        "Les forces de l'ordre ont tiré à balles réelles sur des manifestants \
         à Nairobi, faisant deux morts, selon Amnesty International.",
    );
    let e = event(&out, "attack");
    assert!(has(&texts(&out, &e.agent), "forces de l'ordre"), "{e:#?}");
    assert!(has(&texts(&out, &e.target), "manifestants"), "{e:#?}");
    assert_eq!(e.killed, Some(2), "{e:#?}");
}

#[test]
fn an_elided_locative_noun_still_places_the_event_in_both() {
    let out = extract(
        "Des hommes armés ont enlevé lundi des élèves dans une école de \
         Kuriga, dans l'État de Kaduna.",
    );
    let e = event(&out, "abduction");
    let loc = texts(&out, &e.location);
    assert!(has(&loc, "Kuriga") && has(&loc, "Kaduna"), "{e:#?}");
}

#[test]
fn a_toll_after_an_operation_is_of_those_it_hit() {
    let out = extract(
        "L'armée tchadienne a lancé une opération contre Boko Haram dans la \
         province du Lac. Selon le bilan officiel, un millier de jihadistes \
         ont été tués.",
    );
    let e = event(&out, "killing");
    assert!(has(&texts(&out, &e.agent), "armée tchadienne"), "{e:#?}");
    // Victims of another side than the one hit are not given an agent.
    let out = extract(
        "L'armée a lancé une offensive contre les jihadistes près de Gao. \
         Dix civils ont été tués.",
    );
    let e = event(&out, "killing");
    assert!(e.agent.is_empty(), "{e:#?}");
}

#[test]
fn a_town_or_site_attacked_is_the_target() {
    let out = extract("Des jihadistes ont attaqué mardi Boulkessi.");
    let e = event(&out, "attack");
    assert!(has(&texts(&out, &e.target), "Boulkessi"), "{e:#?}");
    assert!(has(&texts(&out, &e.location), "Boulkessi"), "{e:#?}");
    let out = extract(
        "Des jihadistes ont attaqué mardi à l'aube l'école de gendarmerie du \
         quartier de Faladié.",
    );
    let e = event(&out, "attack");
    assert!(has(&texts(&out, &e.target), "école de gendarmerie"), "{e:#?}");
    assert!(has(&texts(&out, &e.location), "Faladié"), "{e:#?}");
}

#[test]
fn hundreds_of_thousands_who_flee_are_the_displaced() {
    let out = extract("Des centaines de milliers de personnes ont fui Rafah.");
    let e = event(&out, "displacement");
    assert!(
        has(&texts(&out, &e.agent), "centaines de milliers de personnes"),
        "{e:#?}"
    );
}

#[test]
fn witnesses_after_a_verb_of_telling_are_the_source() {
    let out = extract(
        "Les assaillants ont tué dix villageois, ont rapporté des survivants.",
    );
    let e = event(&out, "killing");
    assert!(has(&texts(&out, &e.source), "survivants"), "{e:#?}");
    assert!(!has(&texts(&out, &e.target), "survivants"), "{e:#?}");
}

#[test]
fn a_charge_is_no_event() {
    let out = extract(
        "Les talibans ont exécuté publiquement un homme condamné pour meurtre \
         dans la province de Ghazni.",
    );
    assert_eq!(out.events.len(), 1, "{:#?}", out.events);
    let out =
        extract("Trois hommes accusés d'enlèvement ont été arrêtés à Kano.");
    assert_no_event(&out, "abduction");
}

#[test]
fn plural_locative_nouns_and_their_adjectives_locate() {
    let out = extract(
        "Des tirs d'artillerie ont visé mardi des quartiers résidentiels de \
         Khartoum, tuant au moins huit civils.",
    );
    let e = event(&out, "shelling");
    assert!(has(&texts(&out, &e.location), "Khartoum"), "{e:#?}");
}

#[test]
fn people_taken_right_after_a_weak_verb_make_it_an_event() {
    let out = extract(
        "Le groupe a enlevé vingt passagers d'un bus sur la route entre Gao \
         et Ansongo le 3 mars.",
    );
    let e = event(&out, "abduction");
    assert!(has(&texts(&out, &e.target), "vingt passagers"), "{e:#?}");
    let out = extract("Il a enlevé les débris de la route.");
    assert!(out.events.is_empty(), "{:#?}", out.events);
}

#[test]
fn an_event_that_strikes_is_not_a_second_strike() {
    let out = extract(
        "Deux attentats-suicides ont frappé vendredi un marché de Maiduguri, \
         faisant au moins 18 morts.",
    );
    assert_eq!(out.events.len(), 1, "{:#?}", out.events);
    assert_eq!(out.events[0].kind, "bombing");
}

#[test]
fn who_tells_of_deaths_in_an_operation_is_its_source() {
    let out = extract(
        "Le porte-parole de l'armée israélienne, Daniel Hagari, a annoncé la \
         mort de trois otages lors d'une opération à Gaza.",
    );
    let e = event(&out, "attack");
    assert!(has(&texts(&out, &e.source), "Daniel Hagari"), "{e:#?}");
    assert!(!has(&texts(&out, &e.agent), "Daniel Hagari"), "{e:#?}");
}

#[test]
fn exhorting_is_demanding_and_a_conditional_verb_hypothetical() {
    let out = extract(
        "L'ONU a exhorté les belligérants à conclure un cessez-le-feu à \
         Khartoum.",
    );
    assert_eq!(event(&out, "ceasefire").modality, "demanded");
    let out = extract(
        "Selon des sources locales, des frappes de drones auraient tué au \
         moins 20 civils dans un marché de Sagaing.",
    );
    assert_eq!(event(&out, "airstrike").modality, "hypothetical");
}

#[test]
fn a_sweep_after_an_attack_is_the_forces_own_operation() {
    let out = extract(
        "Des jihadistes ont attaqué samedi le village de Tiéré, tuant dix \
         civils. Une source sécuritaire a confirmé l'attaque, précisant que \
         des renforts avaient été dépêchés et qu'une opération de ratissage \
         était en cours.",
    );
    let attack = out
        .events
        .iter()
        .find(|e| {
            e.kind == "attack" && has(&texts(&out, &e.agent), "jihadistes")
        })
        .expect("the attack");
    assert!(
        !attack.triggers.iter().any(|t| t.text.contains("ratissage")),
        "{attack:#?}"
    );
    let e = event(&out, "deployment");
    assert!(!has(&texts(&out, &e.agent), "source sécuritaire"), "{e:#?}");
}

#[test]
fn the_day_of_an_event_called_for_lies_ahead() {
    // 2024-03-20 is a Wednesday: the Tuesday called for is the next one.
    let out = extract(
        "Le collectif a appelé à une nouvelle manifestation mardi à Dakar.",
    );
    let e = event(&out, "protest");
    assert_eq!(e.modality, "demanded");
    assert_eq!(e.date.as_deref(), Some("2024-03-26"), "{e:#?}");
}

#[test]
fn both_sides_of_a_war_between_two_named_forces() {
    let out = extract(
        "La guerre entre l'armée soudanaise du général Abdel Fattah \
         al-Burhane et les FSR de son ancien adjoint Mohamed Hamdane Daglo a \
         fait des milliers de morts.",
    );
    let e = event(&out, "armed_clash");
    let agents = texts(&out, &e.agent);
    assert!(has(&agents, "armée soudanaise") && has(&agents, "FSR"), "{e:#?}");
}

#[test]
fn who_is_accused_of_a_massacre_is_no_speaker() {
    let out = extract(
        "Les paramilitaires des FSR accusés d'un nouveau massacre au Darfour.",
    );
    let e = event(&out, "killing");
    assert!(e.source.is_empty(), "{e:#?}");
    assert!(!e.agent.is_empty(), "{e:#?}");
}

#[test]
fn a_riposte_is_struck_by_the_side_hit_against_the_attacker() {
    let out = extract(
        "Au moins vingt soldats maliens ont été tués samedi dans une \
         attaque d'hommes armés contre un poste militaire à Boulkessi. \
         \"Le poste a été attaqué par des centaines de terroristes\", a \
         indiqué une source sécuritaire, ajoutant que \"la riposte a \
         permis de neutraliser une trentaine d'assaillants\".",
    );
    let riposte = event_told_by(&out, "riposte");
    let agents = texts(&out, &riposte.agent);
    assert!(has(&agents, "Au moins vingt soldats maliens"), "{riposte:#?}");
    assert!(!has(&agents, "centaines de terroristes"), "{riposte:#?}");
    assert!(
        has(&texts(&out, &riposte.target), "hommes armés"),
        "{riposte:#?}"
    );
    // What the riposte brought about is its doing.
    let killing = event_told_by(&out, "neutraliser");
    assert!(
        has(&texts(&out, &killing.agent), "Au moins vingt soldats maliens"),
        "{killing:#?}"
    );
}

#[test]
fn a_relative_clause_or_aside_before_the_verb_keeps_its_place_and_date() {
    let out = extract(
        "L'armée malienne, qui avait repris Kidal en novembre 2023, a \
         bombardé mardi des positions rebelles.",
    );
    let shelling = event(&out, "shelling");
    assert_eq!(texts(&out, &shelling.time), ["mardi"], "{shelling:#?}");
    assert!(shelling.location.is_empty(), "{shelling:#?}");
    let capture = event(&out, "capture");
    assert_eq!(texts(&out, &capture.time), ["novembre 2023"], "{capture:#?}");
    assert!(has(&texts(&out, &capture.location), "Kidal"), "{capture:#?}");

    let out = extract(
        "Le gouvernement du capitaine Ibrahim Traoré, arrivé au pouvoir par \
         un coup d'Etat en septembre 2022, a promis de reconquérir le \
         territoire.",
    );
    let capture = event(&out, "capture");
    assert!(capture.time.is_empty(), "{capture:#?}");
}

#[test]
fn places_listed_after_a_located_one_are_locations_too() {
    let out = extract(
        "Boko Haram multiplie les attaques aux confins du Tchad, du Niger, \
         du Nigeria et du Cameroun.",
    );
    let e = event(&out, "attack");
    let locs = texts(&out, &e.location);
    for p in ["Tchad", "Niger", "Nigeria", "Cameroun"] {
        assert!(has(&locs, p), "{p}: {e:#?}");
    }
    let out = extract(
        "Les jihadistes multiplient les attaques dans les régions de Mopti, \
         de Ségou et de Tombouctou.",
    );
    let e = event(&out, "attack");
    let locs = texts(&out, &e.location);
    for p in ["Mopti", "Ségou", "Tombouctou"] {
        assert!(has(&locs, p), "{p}: {e:#?}");
    }
}

#[test]
fn a_building_of_a_city_locates_the_strike_in_the_city() {
    let out = extract(
        "Au moins sept personnes ont été tuées vendredi dans une frappe de \
         missiles russes sur un immeuble résidentiel de Kharkiv, dans le \
         nord-est de l'Ukraine.",
    );
    let e = out
        .events
        .iter()
        .find(|e| e.triggers.iter().any(|t| t.text.starts_with("frappe")))
        .unwrap_or_else(|| panic!("no strike: {:#?}", out.events));
    assert!(has(&texts(&out, &e.location), "Kharkiv"), "{e:#?}");
}

#[test]
fn gaza_dispatch_strike_agent_resumed_talks_and_hostages() {
    let out = extract(
        "Une frappe israélienne a tué samedi au moins vingt personnes dans \
         une école abritant des déplacés, selon la Défense civile. La \
         veille, deux soldats israéliens avaient été tués à Rafah, selon \
         l'armée israélienne. Les médiateurs ont appelé Israël et le Hamas \
         à reprendre jeudi les négociations en vue de la libération des \
         otages retenus à Gaza depuis l'attaque du 7 octobre 2023.",
    );
    // The nationality of the strike names the one Israeli force that is
    // not a counted group.
    let strike = event(&out, "airstrike");
    assert!(
        has(&texts(&out, &strike.agent), "armée israélienne"),
        "{strike:#?}"
    );
    // People sheltering are no displacement; talks that resume are no
    // capture; hostages freed are a release, not a town taken.
    assert_no_event(&out, "displacement");
    assert_no_event(&out, "capture");
    let release = event(&out, "release");
    // The 7 October is the day of the attack, not of the release.
    assert_eq!(texts(&out, &release.time), ["jeudi"], "{release:#?}");
}

#[test]
fn the_subject_opening_a_sentence_acts_past_its_apposition() {
    let out = extract(
        "Les assaillants, membres de la coalition Viv Ansanm dirigée par \
         l'ancien policier Jimmy Chérizier, dit Barbecue, ont également \
         incendié plusieurs véhicules.",
    );
    let e = event(&out, "attack");
    let agents = texts(&out, &e.agent);
    assert!(has(&agents, "assaillants"), "{e:#?}");
    assert!(!has(&agents, "Jimmy Chérizier"), "{e:#?}");
}

#[test]
fn fighting_that_resumes_after_an_acronym_aside_is_no_capture() {
    let out = extract(
        "Au Soudan, les combats entre l'armée et les paramilitaires des \
         Forces de soutien rapide (FSR) ont repris dans le Kordofan.",
    );
    assert_no_event(&out, "capture");
}

#[test]
fn a_search_operation_is_no_attack() {
    let out = extract(
        "Des hommes armés ont enlevé jeudi 280 élèves à Kuriga. L'armée \
         nigériane a affirmé avoir lancé une opération de recherche.",
    );
    assert_no_event(&out, "attack");
}

#[test]
fn who_accuses_the_doer_tells_of_the_event() {
    for (text, kind, accuser, doer) in [
        (
            "L'ONU a accusé les FSR d'un massacre à El-Facher.",
            "killing",
            "ONU",
            "FSR",
        ),
        (
            "Human Rights Watch accuse l'armée malienne d'avoir tué des \
             civils à Moura.",
            "killing",
            "Human Rights Watch",
            "armée malienne",
        ),
    ] {
        let out = extract(text);
        let e = event(&out, kind);
        assert!(has(&texts(&out, &e.source), accuser), "{text}: {e:#?}");
        assert!(has(&texts(&out, &e.agent), doer), "{text}: {e:#?}");
    }
}

#[test]
fn the_nationality_of_a_weapon_names_the_force_that_fires_it() {
    let out = extract(
        "Un drone russe a frappé un immeuble de Kharkiv, selon l'armée \
         ukrainienne. Les forces russes avancent dans le Donbass.",
    );
    let e = event(&out, "airstrike");
    let agents = texts(&out, &e.agent);
    assert!(has(&agents, "forces russes"), "{e:#?}");
    assert!(!has(&agents, "armée ukrainienne"), "{e:#?}");
}

#[test]
fn a_word_of_an_organisation_name_is_no_trigger() {
    let out = extract(
        "Plus de 8.000 personnes ont fui vers le Tchad, a affirmé le \
         Haut-Commissariat des Nations unies pour les réfugiés.",
    );
    let e = event(&out, "displacement");
    assert!(e.triggers.iter().all(|t| t.text != "réfugiés"), "{e:#?}");
    assert_eq!(out.events.len(), 1, "{:#?}", out.events);
}

#[test]
fn a_riposte_is_struck_by_its_own_subject() {
    let out = extract(
        "L'armée burkinabè a riposté avec des frappes aériennes qui ont \
         permis de neutraliser plus de 400 terroristes.",
    );
    let e = event(&out, "airstrike");
    let agents = texts(&out, &e.agent);
    assert!(has(&agents, "armée burkinabè"), "{e:#?}");
    assert!(!has(&agents, "plus de 400 terroristes"), "{e:#?}");
    let k = event(&out, "killing");
    assert!(has(&texts(&out, &k.target), "plus de 400 terroristes"), "{k:#?}");
}

#[test]
fn people_counted_nearby_take_no_town() {
    let out = extract(
        "Les Forces de soutien rapide ont tué plus de 800 personnes lors de \
         leur prise d'Ardamata, a affirmé le HCR.",
    );
    let e = event(&out, "capture");
    let agents = texts(&out, &e.agent);
    assert!(!has(&agents, "plus de 800 personnes"), "{e:#?}");
    // "leur prise": the possessive stands for the killers.
    assert!(has(&agents, "Forces de soutien rapide"), "{e:#?}");
}

#[test]
fn a_quoted_group_after_par_is_the_agent() {
    for text in [
        "Une attaque menée par des « jihadistes » a fait cinq morts.",
        "Cinq soldats ont été tués par des « terroristes » près de Gao.",
    ] {
        let out = extract(text);
        let e = &out.events[0];
        let agents = texts(&out, &e.agent);
        assert!(
            agents.iter().any(|a| a == "jihadistes" || a == "terroristes"),
            "{text}: {e:#?}"
        );
        assert!(e.target.iter().all(|t| !e.agent.contains(t)), "{e:#?}");
    }
    // A suspect is neither side.
    let out = extract(
        "Aucun groupe n'a revendiqué l'attaque, mais les soupçons se \
         portent sur la « Province du Sinaï ».",
    );
    let e = event(&out, "attack");
    assert!(!has(&texts(&out, &e.target), "Province du Sinaï"), "{e:#?}");
}

#[test]
fn where_an_actor_sits_or_comes_from_is_no_location() {
    let out = extract(
        "Des milliers d'habitants de Homs ont fui vers la côte, a indiqué \
         l'ONG basée au Royaume-Uni.",
    );
    let e = event(&out, "displacement");
    let places = texts(&out, &e.location);
    assert!(!has(&places, "Royaume-Uni"), "{e:#?}");
    // Those who flee a town are its people.
    assert!(has(&places, "Homs"), "{e:#?}");
    let out = extract(
        "Un chef jihadiste originaire de Tombouctou a été tué mardi près \
         de Gao.",
    );
    let e = event(&out, "killing");
    assert!(!has(&texts(&out, &e.location), "Tombouctou"), "{e:#?}");
}

#[test]
fn who_stands_against_an_advance_does_not_make_it() {
    let out = extract(
        "L'aviation russe a mené des frappes sur un pont près de Rastan pour \
         freiner l'avancée des rebelles.",
    );
    let e = event(&out, "deployment");
    let agents = texts(&out, &e.agent);
    assert!(has(&agents, "rebelles"), "{e:#?}");
    assert!(!has(&agents, "aviation russe"), "{e:#?}");
}

#[test]
fn an_infinitive_clause_takes_the_main_subject_from_afar() {
    let out = extract(
        "Les rebelles menés par le groupe islamiste Hayat Tahrir al-Cham \
         (HTC) sont entrés vendredi dans la ville de Homs, troisième ville \
         de Syrie, après s'être emparés d'Alep et de Hama.",
    );
    let e = event(&out, "capture");
    let agents = texts(&out, &e.agent);
    assert!(
        has(&agents, "rebelles") || has(&agents, "Hayat Tahrir al-Cham"),
        "{e:#?}"
    );
}

#[test]
fn a_group_on_the_ground_that_strikes_attacks() {
    let out =
        extract("Des jihadistes ont frappé un camp militaire près de Gao.");
    assert_no_event(&out, "airstrike");
    let e = event(&out, "attack");
    assert!(has(&texts(&out, &e.agent), "jihadistes"), "{e:#?}");
    // An aircraft in the sentence keeps the strike in the air.
    let out = extract(
        "Un drone a frappé un camp de jihadistes près de Gao, selon \
         l'armée malienne.",
    );
    event(&out, "airstrike");
}

#[test]
fn losses_suffered_in_an_offensive_make_no_target_of_the_attacker() {
    let out = extract(
        "Selon Kiev, les forces russes ont subi de lourdes pertes durant les \
         quatre mois de l'offensive.",
    );
    let e = event(&out, "attack");
    assert!(!has(&texts(&out, &e.target), "forces russes"), "{e:#?}");
    let out = extract("L'armée malienne a repoussé une attaque à Boulkessi.");
    let e = event(&out, "attack");
    assert!(has(&texts(&out, &e.target), "armée malienne"), "{e:#?}");
}

#[test]
fn sides_opposed_further_after_the_clash() {
    let out = extract(
        "De violents affrontements ont opposé lundi soir à Tripoli deux des \
         plus puissants groupes armés de Libye.",
    );
    let e = event(&out, "armed_clash");
    assert!(has(&texts(&out, &e.agent), "groupes armés"), "{e:#?}");
}

#[test]
fn a_defence_ministry_tells_of_what_its_forces_did() {
    let out = extract(
        "Dans un communiqué, le ministère malien de la Défense a annoncé \
         avoir neutralisé une vingtaine de terroristes près de Ménaka. \
         L'armée malienne poursuit ses opérations.",
    );
    let e = event(&out, "killing");
    assert!(has(&texts(&out, &e.agent), "armée malienne"), "{e:#?}");
    assert!(
        has(&texts(&out, &e.source), "ministère malien de la Défense"),
        "{e:#?}"
    );
}

#[test]
fn the_people_a_camp_is_named_for_are_no_target() {
    let out = extract(
        "Au moins 20 Palestiniens ont été tués dans une frappe contre le \
         camp de réfugiés de Nousseirat.",
    );
    let e = event(&out, "airstrike");
    assert!(!has(&texts(&out, &e.target), "réfugiés"), "{e:#?}");
    assert!(has(&texts(&out, &e.target), "Palestiniens"), "{e:#?}");
}

#[test]
fn a_subject_that_also_tells_of_its_act_is_agent_and_source() {
    let out = extract(
        "Le Hezbollah a tiré des roquettes sur des positions israéliennes, a \
         annoncé le mouvement chiite libanais.",
    );
    let e = event(&out, "shelling");
    assert!(has(&texts(&out, &e.agent), "Hezbollah"), "{e:#?}");
    assert!(has(&texts(&out, &e.source), "Hezbollah"), "{e:#?}");
    // "au point mort" is no death.
    let out = extract(
        "Les négociations en vue d'une trêve, menées par le Qatar, restent \
         au point mort.",
    );
    assert_no_event(&out, "killing");
}

#[test]
fn an_encirclement_to_be_avoided_does_not_happen() {
    let out = extract(
        "Le commandant en chef a ordonné le retrait des troupes \
         ukrainiennes d'Avdiïvka afin d'éviter un encerclement.",
    );
    assert_no_event(&out, "siege");
    event(&out, "withdrawal");
}

#[test]
fn who_orders_a_withdrawal_does_not_withdraw() {
    let out = extract(
        "Le commandant en chef de l'armée ukrainienne, Oleksandre Syrsky, \
         avait ordonné vendredi soir le retrait de ses unités vers des \
         positions plus favorables.",
    );
    let e = event(&out, "withdrawal");
    let agents = texts(&out, &e.agent);
    assert!(has(&agents, "armée ukrainienne"), "{e:#?}");
    assert!(!has(&agents, "commandant en chef"), "{e:#?}");
}

#[test]
fn a_count_in_millions_is_a_group() {
    for (text, group) in [
        (
            "Plus de 1,9 million de personnes ont fui leurs foyers depuis le \
             début de la guerre.",
            "Plus de 1,9 million de personnes",
        ),
        ("Deux millions de personnes ont fui.", "Deux millions de personnes"),
        (
            "Plus d'un million de déplacés ont fui vers le sud.",
            "Plus d'un million de déplacés",
        ),
    ] {
        let out = extract(text);
        let e = event(&out, "displacement");
        assert!(has(&texts(&out, &e.agent), group), "{text}: {e:#?}");
    }
}

#[test]
fn a_list_of_subjects_goes_on_before_a_bracketed_acronym() {
    let out = extract(
        "L'armée soudanaise et les paramilitaires des Forces de soutien \
         rapide (FSR) ont accepté une trêve de 24 heures.",
    );
    let e = event(&out, "ceasefire");
    let agents = texts(&out, &e.agent);
    assert!(has(&agents, "armée soudanaise"), "{e:#?}");
    assert_eq!(agents.len(), 2, "{e:#?}");
}

#[test]
fn the_subject_of_avant_de_is_the_one_that_opens_the_clause() {
    let out = extract(
        "Les assaillants ont incendié plusieurs maisons et enlevé une \
         dizaine d'habitants avant de se replier dans la forêt.",
    );
    let e = event(&out, "withdrawal");
    let agents = texts(&out, &e.agent);
    assert!(has(&agents, "assaillants"), "{e:#?}");
    assert!(!has(&agents, "dizaine d'habitants"), "{e:#?}");
}

#[test]
fn who_tells_what_a_que_clause_reports_is_its_source() {
    let out = extract(
        "Les Forces armées maliennes ont précisé que des tirs d'obus avaient \
         visé leur camp de Sévaré.",
    );
    let e = event(&out, "shelling");
    assert!(e.agent.is_empty(), "{e:#?}");
    assert!(has(&texts(&out, &e.source), "Forces armées maliennes"), "{e:#?}");
}

#[test]
fn one_member_of_a_force_far_before_the_verb_counts() {
    let out = extract(
        "Dix-huit assaillants et un membre des forces de sécurité ont été \
         tués, six autres assaillants blessés, selon le gouvernement.",
    );
    let e = event(&out, "killing");
    assert_eq!(e.killed, Some(19), "{e:#?}");
    assert_eq!(e.injured, Some(6), "{e:#?}");
}

#[test]
fn a_subset_in_a_dont_aside_does_not_hide_the_toll() {
    let out = extract(
        "Six personnes, dont deux gendarmes, ont été tuées mercredi lors \
         d'une attaque de séparatistes armés contre Bali.",
    );
    assert_eq!(event(&out, "attack").killed, Some(6));
    let out = extract(
        "Au moins 70 personnes, dont trois nouveau-nés et deux femmes, ont \
         été tuées jeudi dans une attaque du gang Gran Grif à Pont-Sondé.",
    );
    assert_eq!(event(&out, "attack").killed, Some(70));
}

#[test]
fn standing_occupation_and_weapon_sites_are_no_events() {
    let out = extract(
        "Trois Palestiniens ont été tués mardi dans le nord de la \
         Cisjordanie occupée. Les séparatistes disent combattre les forces \
         d'occupation.",
    );
    assert_no_event(&out, "capture");
    let out = extract(
        "Des avions américains ont bombardé un site de lancement de \
         missiles des Houthis près de Hodeida.",
    );
    assert_no_event(&out, "shelling");
    assert_eq!(event(&out, "airstrike").triggers[0].text, "bombardé");
    let out = extract(
        "Neuf personnes ont été tuées près d'un centre de distribution \
         d'aide à Rafah.",
    );
    assert_no_event(&out, "humanitarian");
    // Taking a town is still a capture.
    let out =
        extract("Les rebelles du M23 ont occupé mardi la ville de Goma.");
    assert_eq!(event(&out, "capture").triggers[0].text, "occupé");
}

#[test]
fn places_after_vers_through_a_noun_or_a_list_are_destinations() {
    let out = extract(
        "Plus de 6000 personnes ont fui vers la commune voisine de \
         Saint-Marc.",
    );
    let d = event(&out, "displacement");
    assert_eq!(texts(&out, &d.destination), ["Saint-Marc"]);
    assert!(d.location.is_empty(), "{d:#?}");
    let out =
        extract("Les soldats se sont retirés mardi vers la ville de Gondar.");
    let d = event(&out, "withdrawal");
    assert_eq!(texts(&out, &d.destination), ["Gondar"]);
    let out = extract(
        "Plus de 4000 habitants de Macomia ont fui vers Pemba et Mueda.",
    );
    let d = event(&out, "displacement");
    assert_eq!(texts(&out, &d.destination), ["Pemba", "Mueda"]);
    assert_eq!(texts(&out, &d.location), ["Macomia"]);
}

#[test]
fn a_participle_after_et_shares_the_subject_of_the_verb_before() {
    let out = extract(
        "Les FAMa ont abattu trois assaillants à Gao et capturé un \
         quatrième lundi.",
    );
    let k = event(&out, "killing");
    assert_eq!(k.killed, Some(3));
    let a = event(&out, "arrest");
    assert_eq!(texts(&out, &a.agent), ["FAMa"]);
    let out = extract(
        "L'armée camerounaise a neutralisé quatre séparatistes et \
         interpellé trois complices présumés près de Bamenda.",
    );
    let a = event(&out, "arrest");
    assert_eq!(texts(&out, &a.agent), ["armée camerounaise"]);
    assert_eq!(texts(&out, &a.target), ["trois complices présumés"]);
    // The suspects are presumed, not the arrest.
    assert_eq!(a.modality, "asserted");
    // Aircraft shot down are no toll.
    let out =
        extract("L'armée de l'air a abattu 98 drones et trois missiles.");
    assert!(
        out.events.iter().all(|e| e.killed.is_none()),
        "{:#?}",
        out.events
    );
}

#[test]
fn calls_threats_and_plans_keep_their_modality() {
    let out = extract(
        "L'Union africaine a appelé à « un cessez-le-feu immédiat » dans \
         l'est de la RDC.",
    );
    let c = event(&out, "ceasefire");
    assert_eq!(c.modality, "demanded");
    // The organisation calling for it tells of it; it is no party.
    assert!(c.agent.is_empty(), "{c:#?}");
    assert_eq!(texts(&out, &c.source), ["Union africaine"]);
    let out = extract(
        "L'Union européenne allait déployer une mission navale en mer \
         Rouge d'ici à la mi-février.",
    );
    assert_eq!(event(&out, "deployment").modality, "future");
    // The deed threatened is the threat's content, as annotators code
    // it, no attack of its own.
    let out = extract(
        "Les séparatistes ont décrété un confinement, menaçant de s'en \
         prendre à quiconque le violerait.",
    );
    event(&out, "threat");
    assert_no_event(&out, "attack");
    // An accusation after a denial is told as done.
    let out = extract(
        "Le M23 a démenti toute responsabilité, accusant les FARDC \
         d'avoir bombardé la zone.",
    );
    let s = event(&out, "shelling");
    assert_eq!(s.polarity, "affirmative");
    assert_eq!(texts(&out, &s.agent), ["FARDC"]);
}

#[test]
fn a_speaker_claiming_or_denying_a_deed_is_its_source() {
    let out = extract(
        "Le ministère syrien de la Défense a affirmé dimanche avoir repris \
         le contrôle des routes de la côte.",
    );
    let c = event(&out, "capture");
    assert_eq!(texts(&out, &c.source), ["ministère syrien de la Défense"]);
    assert!(c.target.is_empty(), "{c:#?}");
    let out = extract(
        "Le ministère mozambicain de la Défense a démenti que la ville soit \
         tombée aux mains des insurgés.",
    );
    let c = event(&out, "capture");
    assert_eq!(c.polarity, "negated");
    assert_eq!(
        texts(&out, &c.source),
        ["ministère mozambicain de la Défense"]
    );
    assert_eq!(texts(&out, &c.agent), ["insurgés"]);
    assert!(c.target.is_empty(), "{c:#?}");
}

#[test]
fn facing_an_enemy_and_sending_police_are_events() {
    let out = extract("Les jihadistes ont affronté les FAMa à Macomia.");
    let c = event(&out, "armed_clash");
    assert!(has(&texts(&out, &c.agent), "FAMa"), "{c:#?}");
    assert_no_event(
        &extract("Le pays doit affronter une crise économique."),
        "armed_clash",
    );
    let out = extract(
        "Le gouvernement haïtien a annoncé l'envoi de policiers et de \
         soldats à Pont-Sondé.",
    );
    assert_eq!(
        event(&out, "deployment").triggers[0].text,
        "envoi de policiers"
    );
}

#[test]
fn a_claimed_attack_joins_the_attack_told_by_descriptors() {
    let out = extract(
        "Quinze soldats ont été tués dimanche dans une embuscade tendue par \
         des jihadistes près de Djibo. Les assaillants ont ouvert le feu sur \
         les camions. L'attaque a été revendiquée lundi soir par le JNIM. En \
         septembre 2022, une attaque contre un convoi à Gaskindé avait fait \
         des dizaines de morts. Le JNIM et l'État islamique ont souvent \
         attaqué des convois dans la région.",
    );
    let attacks: Vec<&Event> =
        out.events.iter().filter(|e| e.kind == "attack").collect();
    let main = attacks
        .iter()
        .find(|e| e.triggers.iter().any(|t| t.text == "embuscade"))
        .expect("the ambush");
    let triggers: Vec<&str> =
        main.triggers.iter().map(|t| t.text.as_str()).collect();
    assert!(triggers.contains(&"ouvert le feu"), "{triggers:?}");
    assert!(triggers.contains(&"attaque"), "{triggers:?}");
    assert!(has(&texts(&out, &main.agent), "JNIM"), "{main:#?}");
    // The claim's day is not the attack's.
    assert_eq!(main.date.as_deref(), Some("2024-03-17"));
    // The attack of 2022 and what the groups often do are other events.
    assert!(attacks.len() >= 3, "{attacks:#?}");
    assert!(!texts(&out, &main.location).iter().any(|p| p == "Gaskindé"));
    assert!(!has(&texts(&out, &main.agent), "État islamique"), "{main:#?}");
}

#[test]
fn a_weapon_of_another_nation_is_not_the_last_named_force() {
    let out = extract(
        "L'armée a été déployée à Kano. Des avions américains ont bombardé \
         des positions près de Hodeïda.",
    );
    let e = event(&out, "airstrike");
    assert!(e.agent.is_empty(), "{e:#?}");
}

#[test]
fn counted_drones_and_missiles_fired_are_strikes() {
    let out = extract(
        "La Russie a lancé 140 drones sur l'Ukraine dans la nuit de samedi \
         à dimanche.",
    );
    let e = event(&out, "airstrike");
    assert!(has(&texts(&out, &e.agent), "Russie"), "{e:#?}");
    assert!(has(&texts(&out, &e.location), "Ukraine"), "{e:#?}");
    let out = extract("Les rebelles ont tiré 12 obus sur Goma.");
    let e = event(&out, "shelling");
    assert!(has(&texts(&out, &e.agent), "rebelles"), "{e:#?}");
    // Launching a campaign is no munition.
    let out = extract("L'armée a lancé une campagne de recrutement à Gao.");
    assert_no_event(&out, "airstrike");
}

#[test]
fn talks_set_for_later_between_two_parties() {
    let out = extract(
        "Les pourparlers doivent se tenir lundi à Doha entre Israël et le \
         Hamas.",
    );
    let e = event(&out, "negotiation");
    assert_eq!(e.modality, "future", "{e:#?}");
    let agents = texts(&out, &e.agent);
    assert!(has(&agents, "Israël") && has(&agents, "Hamas"), "{e:#?}");
    assert!(!has(&texts(&out, &e.location), "Israël"), "{e:#?}");
}

#[test]
fn an_order_to_act_is_a_demand() {
    let out = extract(
        "Des hommes armés ont enlevé 287 élèves jeudi à Kuriga. Le \
         président a ordonné à l'armée de libérer les élèves.",
    );
    assert_eq!(event(&out, "release").modality, "demanded");
    let out =
        extract("Le chef de la junte a donné l'ordre d'attaquer Tombouctou.");
    let e = event(&out, "attack");
    assert_eq!(e.modality, "demanded", "{e:#?}");
    let out = extract("Les jihadistes ont menacé d'attaquer Gao.");
    event(&out, "threat");
    assert_no_event(&out, "attack");
}

#[test]
fn people_taken_as_the_subject_of_a_passive() {
    let out = extract("Trois civils ont été enlevés à Goma.");
    let e = event(&out, "abduction");
    assert_eq!(e.abducted, Some(3), "{e:#?}");
    assert!(has(&texts(&out, &e.location), "Goma"), "{e:#?}");
    // Things removed are no abduction.
    assert_no_event(
        &extract("Les bagages ont été enlevés à Paris."),
        "abduction",
    );
}

#[test]
fn strikes_from_the_air_on_a_named_place() {
    let out = extract("Des drones ont frappé Odessa.");
    assert!(has(&texts(&out, &event(&out, "airstrike").location), "Odessa"));
    let out = extract("Des frappes ont touché Alep.");
    assert!(has(&texts(&out, &event(&out, "airstrike").location), "Alep"));
    assert_no_event(
        &extract("Le ballon a été frappé par Mbappé à Paris."),
        "airstrike",
    );
}

#[test]
fn an_immediate_end_of_hostilities_is_a_ceasefire() {
    let out =
        extract("Il appelle à l'arrêt immédiat des hostilités au Soudan.");
    assert_eq!(event(&out, "ceasefire").modality, "demanded");
}

#[test]
fn fighters_and_fighting_equipment_are_no_clash() {
    for text in [
        "Un combattant houthi a été tué dans une frappe près de Hodeïda.",
        "Kiev a abattu 29 drones d'attaque Shahed au-dessus de Kharkiv.",
        "Les troupes ont pris des positions de combat près de Latchine.",
    ] {
        let out = extract(text);
        assert_no_event(&out, "armed_clash");
        assert_no_event(&out, "attack");
    }
    // "à neuf reprises" counts times; nothing was retaken.
    let out =
        extract("Les Russes ont attaqué à neuf reprises près de Koupiansk.");
    assert_no_event(&out, "capture");
}

#[test]
fn talks_that_resume_after_an_aside_take_nothing() {
    let out = extract(
        "Les pourparlers, menés au Qatar sous l'égide de l'Egypte, ont repris \
         dimanche.",
    );
    assert_no_event(&out, "capture");
    let out = extract("Les rebelles ont repris Kitshanga, a indiqué l'armée.");
    event(&out, "capture");
}

#[test]
fn states_act_past_adverbs_modals_and_intents() {
    let out = extract(
        "Les États-Unis ont également mené une frappe aérienne en Somalie.",
    );
    assert!(has(&texts(&out, &event(&out, "airstrike").agent), "États-Unis"));
    let out = extract(
        "Le Kenya prévoit de déployer un millier de policiers en Haïti.",
    );
    let e = event(&out, "deployment");
    assert!(has(&texts(&out, &e.agent), "Kenya"), "{e:#?}");
    assert!(!has(&texts(&out, &e.location), "Kenya"), "{e:#?}");
    let out =
        extract("L'Azerbaïdjan avait repris le contrôle du Haut-Karabakh.");
    assert!(has(&texts(&out, &event(&out, "capture").agent), "Azerbaïdjan"));
}

#[test]
fn modality_reads_past_the_day_quotes_and_complements() {
    let out = extract(
        "Le Conseil de sécurité a appelé lundi à un cessez-le-feu immédiat \
         au Soudan.",
    );
    assert_eq!(event(&out, "ceasefire").modality, "demanded");
    let out = extract(
        "Le Conseil a exigé vendredi un \"cessez-le-feu immédiat\" à Gaza.",
    );
    assert_eq!(event(&out, "ceasefire").modality, "demanded");
    let out = extract(
        "Des négociations entre les deux gouvernements rivaux doivent se \
         tenir le 10 avril à Tripoli.",
    );
    assert_eq!(event(&out, "negotiation").modality, "future");
    // The modal of another verb is not the noun's.
    let out = extract(
        "Les combats ont fait rage à Gao et l'armée va les poursuivre.",
    );
    assert_eq!(event(&out, "armed_clash").modality, "asserted");
    let out = extract(
        "Les autorités refusent de préciser si des négociations ont eu lieu \
         avec les ravisseurs.",
    );
    assert_eq!(event(&out, "negotiation").modality, "hypothetical");
    let out = extract(
        "Israël et le Hamas ont conclu un accord prévoyant la libération de \
         40 otages.",
    );
    assert_eq!(event(&out, "release").modality, "future");
    assert!(has(&texts(&out, &event(&out, "agreement").agent), "Israël"));
}

#[test]
fn ties_and_neighbours_are_not_where_it_happened() {
    let out = extract(
        "Les Houthis ont attaqué des navires marchands qu'ils estiment liés \
         à Israël.",
    );
    assert!(event(&out, "attack").location.is_empty());
    let out = extract(
        "L'armée a mené des frappes près de la frontière avec le Niger, dans \
         la province de l'Oudalan.",
    );
    let e = event(&out, "airstrike");
    assert_eq!(texts(&out, &e.location), ["Oudalan"], "{e:#?}");
    let out = extract(
        "Des obus ont frappé le camp de déplacés de Mugunga, en périphérie \
         de Goma.",
    );
    let e = event(&out, "shelling");
    assert!(has(&texts(&out, &e.location), "Mugunga"), "{e:#?}");
}

#[test]
fn a_subject_told_again_as_the_speaker_still_acts() {
    let out = extract(
        "Le Hezbollah a répliqué en tirant des dizaines de roquettes sur le \
         nord d'Israël, a affirmé le mouvement chiite.",
    );
    let e = event(&out, "shelling");
    assert!(has(&texts(&out, &e.agent), "Hezbollah"), "{e:#?}");
}

#[test]
fn a_rival_militia_is_another_group() {
    let out = extract(
        "Des combats ont éclaté à Tripoli après l'arrestation du chef de la \
         Force Radaa par une milice rivale.",
    );
    let e = event(&out, "arrest");
    assert!(!has(&texts(&out, &e.agent), "Force Radaa"), "{e:#?}");
}

#[test]
fn participles_joined_by_et_after_avoir_share_the_subject() {
    let out = extract(
        "L'armée affirme avoir tué plus de 170 combattants et arrêté environ \
         800 suspects à Khan Younès.",
    );
    let e = event(&out, "arrest");
    assert!(has(&texts(&out, &e.agent), "armée"), "{e:#?}");
    assert!(!has(&texts(&out, &e.agent), "plus de 170 combattants"), "{e:#?}");
}

#[test]
fn a_backing_force_in_an_aside_acts_with_the_subject() {
    let out = extract(
        "L'armée nationale somalienne, appuyée par l'AUSSOM, avait repris El \
         Dher.",
    );
    let agents = texts(&out, &event(&out, "capture").agent);
    assert!(has(&agents, "armée nationale somalienne"), "{agents:?}");
    assert!(has(&agents, "AUSSOM"), "{agents:?}");
    // A state that backs the subject is its patron, even of a verb.
    let out =
        extract("Le M23, soutenu par le Rwanda, a pris Goma le 27 janvier.");
    let agents = texts(&out, &event(&out, "capture").agent);
    assert_eq!(agents, ["M23"]);
}

#[test]
fn a_group_that_leads_the_subject_acts_with_it() {
    let out = extract(
        "Les rebelles menés par le groupe islamiste Hayat Tahrir al-Cham se \
         sont emparés jeudi de Hama.",
    );
    let agents = texts(&out, &event(&out, "capture").agent);
    assert!(has(&agents, "rebelles"), "{agents:?}");
    assert!(has(&agents, "Hayat Tahrir al-Cham"), "{agents:?}");
    // A patron named before a noun trigger is no party to it.
    let out = extract(
        "Les Houthis, soutenus par l'Iran, ont mené plus de vingt attaques \
         contre des navires marchands.",
    );
    let agents = texts(&out, &event(&out, "attack").agent);
    assert!(has(&agents, "Houthis"), "{agents:?}");
    assert!(!has(&agents, "Iran"), "{agents:?}");
}

#[test]
fn the_subject_of_a_relative_aside_is_not_the_doer() {
    let out = extract(
        "Le 17 février, des soldats centrafricains et des combattants \
         russes, que plusieurs témoins ont identifiés comme appartenant au \
         groupe Wagner, ont mené une opération dans la localité de Bohong.",
    );
    let agents = texts(&out, &event(&out, "attack").agent);
    assert!(has(&agents, "combattants russes"), "{agents:?}");
    assert!(!agents.iter().any(|a| a.contains("témoins")), "{agents:?}");
    // A leader named in an aside is not the subject either.
    let out = extract(
        "Des dissidents de l'EMC, dirigé par Néstor Gregorio Vera, ont \
         attaqué un poste de police de Suárez.",
    );
    let agents = texts(&out, &event(&out, "attack").agent);
    assert!(!has(&agents, "Néstor Gregorio Vera"), "{agents:?}");
    assert!(!agents.is_empty(), "{agents:?}");
}

#[test]
fn a_gerund_toll_belongs_to_the_event_before_it() {
    let out = extract(
        "Des jihadistes ont tendu une embuscade mardi à un convoi de l'armée \
         syrienne dans le désert de la Badia, près de la ville de Mayadine, \
         tuant au moins 14 soldats, selon l'OSDH.",
    );
    assert_no_event(&out, "killing");
    let e = event(&out, "attack");
    assert_eq!(e.killed, Some(14), "{e:#?}");
    let places = texts(&out, &e.location);
    assert!(has(&places, "Mayadine") && has(&places, "Badia"), "{e:#?}");
}

#[test]
fn where_a_move_heads_is_no_location_of_what_came_before() {
    let out = extract(
        "Les assaillants ont ouvert le feu sur deux bus près de Mayadine \
         avant de se replier vers les zones désertiques de la province de \
         Homs.",
    );
    let e = event(&out, "attack");
    assert!(!has(&texts(&out, &e.location), "Homs"), "{e:#?}");
    let e = event(&out, "withdrawal");
    assert!(has(&texts(&out, &e.destination), "Homs"), "{e:#?}");
}

#[test]
fn a_rubric_places_no_event() {
    let out = extract(
        "Syrie-Irak : l'EI multiplie les attaques dans le désert\n\nDes \
         jihadistes ont attaqué un convoi de l'armée près de Mayadine.",
    );
    for e in &out.events {
        assert!(!has(&texts(&out, &e.location), "Syrie"), "{e:#?}");
    }
}

#[test]
fn tolls_after_a_quoted_verb_or_an_infinitive() {
    let out =
        extract("L'armée a « neutralisé » au moins huit bandits à Gressier.");
    assert_eq!(event(&out, "killing").killed, Some(8));
    let out = extract(
        "L'armée a mené une opération à Tawori qui a permis de neutraliser \
         une cinquantaine de terroristes.",
    );
    assert!(
        out.events.iter().any(|e| e.killed == Some(50)),
        "{:#?}",
        out.events
    );
}

#[test]
fn a_conditional_past_is_no_future() {
    let out = extract(
        "Des renforts seraient intervenus mardi à Macomia, selon des \
         habitants.",
    );
    let e = event(&out, "deployment");
    assert_eq!(e.date.as_deref(), Some("2024-03-19"), "{e:#?}");
}

#[test]
fn a_people_named_by_nationality_attacks() {
    let out = extract("Les Russes ont attaqué Avdiïvka à neuf reprises.");
    assert!(has(&texts(&out, &event(&out, "attack").agent), "Russes"));
}

#[test]
fn firing_with_small_arms_and_breaking_lines_are_attacks() {
    let out = extract(
        "Des soldats azerbaïdjanais ont tiré à l'arme légère sur des \
         positions près de Latchine.",
    );
    assert!(has(
        &texts(&out, &event(&out, "attack").agent),
        "soldats azerbaïdjanais"
    ));
    let out = extract(
        "Les ennemis ont tenté de percer nos lignes près de Robotyne.",
    );
    event(&out, "attack");
}

#[test]
fn those_driven_to_flee_are_the_displaced() {
    let out = extract(
        "Les frappes ont poussé des dizaines de milliers d'habitants à fuir \
         vers Rafah.",
    );
    let e = event(&out, "displacement");
    assert!(
        has(&texts(&out, &e.agent), "dizaines de milliers d'habitants"),
        "{e:#?}"
    );
    assert!(has(&texts(&out, &e.destination), "Rafah"), "{e:#?}");
    // Where they fled is not where the strikes fell.
    assert!(event(&out, "airstrike").location.is_empty());
    let out = extract(
        "L'offensive a provoqué l'exode de plus de 100 000 Arméniens vers \
         Erevan.",
    );
    assert!(has(
        &texts(&out, &event(&out, "displacement").agent),
        "Arméniens"
    ));
}

#[test]
fn reprendre_takes_ground_or_resumes() {
    let out = extract(
        "Les négociations indirectes menées par le Qatar, l'Égypte et les \
         États-Unis ont repris au Caire.",
    );
    assert_no_event(&out, "capture");
    let agents = texts(&out, &event(&out, "negotiation").agent);
    assert!(has(&agents, "Qatar") && has(&agents, "États-Unis"), "{agents:?}");
    assert_no_event(&extract("L'ELN a repris les armes en 2021."), "capture");
    event(&extract("L'armée a repris dimanche la ville de Kidal."), "capture");
    event(
        &extract(
            "Les soldats ont repris une trentaine de km² près de Ras Baalbek.",
        ),
        "capture",
    );
}

#[test]
fn states_named_as_addressees_or_by_an_event_noun_act() {
    let out = extract(
        "Kaboul a mis en garde Islamabad contre toute nouvelle frappe.",
    );
    let e = event(&out, "threat");
    assert!(has(&texts(&out, &e.agent), "Kaboul"), "{e:#?}");
    assert!(has(&texts(&out, &e.target), "Islamabad"), "{e:#?}");
    let out = extract(
        "La reconquête du Haut-Karabakh par l'Azerbaïdjan a provoqué un exode.",
    );
    assert!(has(&texts(&out, &event(&out, "capture").agent), "Azerbaïdjan"));
    let out = extract(
        "Kiev et Moscou ont procédé vendredi à un échange de prisonniers.",
    );
    let agents = texts(&out, &event(&out, "release").agent);
    assert!(has(&agents, "Kiev") && has(&agents, "Moscou"), "{agents:?}");
}

#[test]
fn fire_that_hits_a_named_place_and_states_that_strike() {
    let out = extract(
        "Israël a frappé Rafah. Des tirs israéliens ont visé Khan Younès.",
    );
    let e = event(&out, "airstrike");
    assert!(has(&texts(&out, &e.agent), "Israël"), "{e:#?}");
    let e = event(&out, "attack");
    assert!(has(&texts(&out, &e.location), "Khan Younès"), "{e:#?}");
    assert!(has(&texts(&out, &e.agent), "Israël"), "{e:#?}");
    assert!(extract("Le président a frappé la table à Paris.")
        .events
        .is_empty());
}

#[test]
fn a_date_between_a_participle_and_its_agent_does_not_part_them() {
    let out = extract(
        "Un fonctionnaire, enlevé il y a deux semaines à Tripoli par des \
         hommes armés, a été libéré.",
    );
    let e = event(&out, "abduction");
    assert!(has(&texts(&out, &e.agent), "hommes armés"), "{e:#?}");
}

#[test]
fn hundreds_of_people_who_protest_are_the_protesters() {
    let out = extract(
        "L'armée israélienne a mené un raid à Jénine. Des centaines de \
         Palestiniens ont manifesté lundi matin à Naplouse.",
    );
    let e = event(&out, "protest");
    assert!(has(&texts(&out, &e.agent), "Palestiniens"), "{e:#?}");
}

#[test]
fn a_participle_after_its_noun_tells_what_befell_it() {
    let out = extract(
        "L'ELN a libéré dimanche six militaires enlevés le 3 mars dernier \
         dans le département d'Arauca.",
    );
    let e = event(&out, "abduction");
    assert!(e.agent.is_empty(), "{e:#?}");
    assert!(has(&texts(&out, &e.target), "six militaires"), "{e:#?}");
    assert_eq!(e.date.as_deref(), Some("2024-03-03"), "{e:#?}");
    let e = event(&out, "release");
    assert_eq!(texts(&out, &e.time), ["dimanche"], "{e:#?}");
}

#[test]
fn a_place_chain_with_adjectives_and_a_military_detachment() {
    let out = extract(
        "Les rebelles se sont emparés de Nyanzale, une localité stratégique \
         du territoire de Rutshuru, dans la province du Nord-Kivu.",
    );
    let places = texts(&out, &event(&out, "capture").location);
    assert_eq!(places, ["Nyanzale", "Rutshuru", "Nord-Kivu"]);
    let out = extract(
        "Le détachement militaire de Tawori a été attaqué par des terroristes.",
    );
    let e = event(&out, "attack");
    let places = texts(&out, &e.location);
    assert!(
        has(&places, "détachement militaire") && has(&places, "Tawori"),
        "{e:#?}"
    );
}

#[test]
fn the_doer_decides_between_kinds_of_taking_and_moving() {
    let out = extract(
        "L'ELN a libéré six soldats. Les soldats, capturés par l'ELN lors \
         d'une patrouille près de Tame, ont été remis au CICR.",
    );
    assert_no_event(&out, "arrest");
    let out = extract(
        "Les terroristes ont attaqué Tawori. Les assaillants, en fuite vers \
         le Niger, ont été poursuivis par l'armée.",
    );
    assert_no_event(&out, "displacement");
}

#[test]
fn a_verb_of_hitting_after_a_strike_is_that_strike() {
    let out = extract(
        "Des frappes de drones de l'armée malienne ont visé des positions \
         jihadistes près de Boni.",
    );
    assert_no_event(&out, "attack");
    event(&out, "airstrike");
    let out = extract(
        "Un drone de l'ennemi israélien a visé une motocyclette près de \
         Naqoura.",
    );
    assert_no_event(&out, "attack");
    event(&out, "airstrike");
}

#[test]
fn unnamed_and_repeated_sources() {
    let out = extract(
        "Des frappes ont touché Hodeida, selon l'agence Saba. Trois civils ont \
         été tués à Hodeida, selon la même source.",
    );
    assert!(has(&texts(&out, &event(&out, "killing").source), "agence Saba"));
    let out =
        extract("Trois soldats ont été tués à Gao, de source sécuritaire.");
    assert!(has(
        &texts(&out, &event(&out, "killing").source),
        "source sécuritaire"
    ));
    let out = extract(
        "La chaîne Al-Masirah a fait état de cinq morts dans une frappe sur \
         Hodeida.",
    );
    assert!(out
        .entities
        .iter()
        .any(|e| e.mentions.iter().any(|m| m.text.contains("Al-Masirah"))));
}

#[test]
fn a_civic_body_named_by_its_kind_speaks_as_subject() {
    let out = extract(
        "L'ONG Kuendeleza a appelé le gouvernement à déployer davantage de \
         troupes. Le collectif Tabital Pulaaku a dénoncé le massacre. Le \
         réseau Internet a été coupé.",
    );
    let e = event(&out, "deployment");
    assert_eq!(texts(&out, &e.source), ["ONG Kuendeleza"], "{e:#?}");
    let e = event(&out, "killing");
    assert_eq!(texts(&out, &e.source), ["Tabital Pulaaku"], "{e:#?}");
    assert!(out
        .entities
        .iter()
        .all(|e| e.mentions.iter().all(|m| !m.text.contains("Internet"))));
}

#[test]
fn states_listed_after_par_or_mediating_act() {
    let out = extract(
        "Kiev et Moscou ont procédé à un échange de prisonniers, grâce à une \
         médiation des Émirats arabes unis.",
    );
    assert!(out.entities.iter().any(|e| e.kind == depeche::EntityKind::Actor
        && e.mentions.iter().any(|m| m.text == "Émirats arabes unis")));
    let out = extract(
        "Le M23, soutenu selon l'ONU et Washington par le Rwanda, a repris \
         Nyanzale.",
    );
    assert!(out.entities.iter().any(|e| e.kind == depeche::EntityKind::Actor
        && e.mentions.iter().any(|m| m.text == "Rwanda")));
}

#[test]
fn a_person_who_calls_for_a_ceasefire_tells_of_it() {
    let out = extract(
        "António Guterres a appelé à un cessez-le-feu immédiat au Soudan.",
    );
    let e = event(&out, "ceasefire");
    assert_eq!(e.modality, "demanded");
    assert!(e.agent.is_empty(), "{e:#?}");
    assert!(has(&texts(&out, &e.source), "António Guterres"), "{e:#?}");
}

#[test]
fn who_reports_a_toll_in_an_event_tells_of_it() {
    let out = extract(
        "L'OSDH a fait état de cinq morts dans une attaque contre Kobané \
         mardi.",
    );
    let e = event(&out, "attack");
    assert!(e.agent.is_empty(), "{e:#?}");
    assert!(has(&texts(&out, &e.source), "OSDH"), "{e:#?}");
    // Making the toll is doing it.
    let out = extract(
        "Les jihadistes ont fait cinq morts dans une attaque contre Kobané \
         mardi.",
    );
    let e = event(&out, "attack");
    assert!(has(&texts(&out, &e.agent), "jihadistes"), "{e:#?}");
}

#[test]
fn a_lone_attack_on_a_place_or_a_site_is_an_event() {
    for text in [
        "Une attaque contre une base militaire a eu lieu mardi près de Gao.",
        "Une attaque a visé Kobané mardi.",
        "Une attaque jihadiste contre le village de Seytenga a eu lieu mardi.",
    ] {
        let out = extract(text);
        event(&out, "attack");
    }
    // Words attack rivals, not places.
    let out = extract(
        "Une attaque frontale contre son concurrent Orange Cameroun a eu \
         lieu mardi.",
    );
    assert_no_event(&out, "attack");
}

#[test]
fn a_toll_reads_past_a_named_force_and_its_acronym() {
    let out = extract(
        "Au moins 25 membres des Volontaires pour la défense de la patrie \
         (VDP) ont été tués lundi dans une embuscade près de Diapaga.",
    );
    let e = event(&out, "attack");
    assert_eq!(e.killed, Some(25), "{e:#?}");
}

#[test]
fn town_attacked_past_a_time_and_a_settlement_noun_is_the_target() {
    let out = extract(
        "Des insurgés ont attaqué dans la nuit de lundi à mardi le village \
         de Litamanda, dans le district de Macomia.",
    );
    let e = event(&out, "attack");
    assert!(has(&texts(&out, &e.target), "Litamanda"), "{e:#?}");
    assert!(has(&texts(&out, &e.location), "Litamanda"), "{e:#?}");
    assert!(!has(&texts(&out, &e.target), "Macomia"), "{e:#?}");
}

#[test]
fn a_common_noun_site_that_is_struck_is_a_place_and_the_target() {
    let out = extract(
        "Des combattants de l'ISWAP ont attaqué mardi une base militaire à \
         Malam Fatori.",
    );
    let e = event(&out, "attack");
    assert!(has(&texts(&out, &e.target), "base militaire"), "{e:#?}");
    assert!(has(&texts(&out, &e.location), "Malam Fatori"), "{e:#?}");
    let out = extract(
        "Une frappe de drone a touché lundi un marché hebdomadaire, tuant au \
         moins onze civils.",
    );
    let e = event(&out, "airstrike");
    assert!(has(&texts(&out, &e.target), "marché hebdomadaire"), "{e:#?}");
    assert!(has(&texts(&out, &e.target), "au moins onze civils"), "{e:#?}");
    // A site named in passing is no place.
    let out = extract("Les prix ont encore augmenté au marché de la ville.");
    assert!(out.entities.iter().all(|e| e.mentions[0].text != "marché"));
}

#[test]
fn the_site_a_blow_lands_on_is_hit_not_the_town_around_it() {
    let out = extract(
        "Les rebelles se sont emparés dimanche de Nyanzale. La veille, des \
         obus étaient tombés sur le marché central de la localité, tuant \
         six civils.",
    );
    let e = event(&out, "shelling");
    assert!(has(&texts(&out, &e.target), "marché central"), "{e:#?}");
    assert!(!has(&texts(&out, &e.target), "Nyanzale"), "{e:#?}");
    assert!(has(&texts(&out, &e.location), "Nyanzale"), "{e:#?}");
    let out = extract(
        "Des miliciens ont mené une attaque contre le site de déplacés de \
         Lala, tuant neuf civils.",
    );
    let e = event(&out, "attack");
    assert!(has(&texts(&out, &e.target), "Lala"), "{e:#?}");
}

#[test]
fn a_site_that_is_the_object_of_an_attack_makes_the_event() {
    let out = extract(
        "Le poste militaire d'Inates a fait l'objet d'une attaque mardi.",
    );
    let e = event(&out, "attack");
    assert!(has(&texts(&out, &e.target), "poste militaire"), "{e:#?}");
    let out = extract("La base de Boulkessi a été la cible d'une attaque.");
    event(&out, "attack");
    let out = extract("Le ministre a fait l'objet d'une attaque verbale.");
    assert_no_event(&out, "attack");
}

#[test]
fn people_killed_by_a_strike_on_a_site_are_its_victims_too() {
    let out = extract(
        "Mercredi, une frappe aérienne de la junte sur le marché de Myebon, \
         tenu par les rebelles, a tué au moins neuf civils.",
    );
    let e = event(&out, "airstrike");
    assert!(has(&texts(&out, &e.target), "au moins neuf civils"), "{e:#?}");
}

#[test]
fn who_calls_on_parties_to_act_tells_of_it_however_far_its_verb() {
    let out = extract(
        "L'Algérie a appelé mercredi Bamako et les rebelles du FLA à \
         reprendre le dialogue.",
    );
    let e = event(&out, "negotiation");
    assert_eq!(e.modality, "demanded", "{e:#?}");
    assert!(has(&texts(&out, &e.source), "Algérie"), "{e:#?}");
    assert!(has(&texts(&out, &e.agent), "Bamako"), "{e:#?}");
    let out = extract(
        "Le président Hassan Cheikh Mohamoud a exhorté les shebab à déposer \
         les armes.",
    );
    let e = event(&out, "surrender");
    assert!(has(&texts(&out, &e.source), "Hassan Cheikh Mohamoud"), "{e:#?}");
    assert!(has(&texts(&out, &e.agent), "shebab"), "{e:#?}");
    // Past a coordinated first verb, an aside or an apposed name.
    for (text, caller, kind) in [
        (
            "L'Autorité palestinienne a dénoncé dans un communiqué une « escalade \
             dangereuse » et appelé la communauté internationale à imposer un \
             arrêt immédiat des hostilités.",
            "Autorité palestinienne",
            "ceasefire",
        ),
        (
            "Le Hamas a, de son côté, appelé les jeunes Palestiniens à \
             multiplier les attaques contre les forces israéliennes.",
            "Hamas",
            "attack",
        ),
    ] {
        let out = extract(text);
        let e = event(&out, kind);
        assert_eq!(e.modality, "demanded", "{e:#?}");
        assert!(has(&texts(&out, &e.source), caller), "{text}: {e:#?}");
        assert!(!has(&texts(&out, &e.agent), caller), "{text}: {e:#?}");
    }
}

#[test]
fn a_truce_called_for_is_told_even_with_no_one_named() {
    let out = extract(
        "« Nous appelons toutes les parties à une cessation immédiate des \
         hostilités », a-t-il dit.",
    );
    let e = event(&out, "ceasefire");
    assert_eq!(e.modality, "demanded", "{e:#?}");
}

#[test]
fn a_weak_trigger_read_as_an_actor_makes_no_event() {
    let out = extract(
        "Des milliers de personnes ont fui les combats entre la guérilla de \
         l'ELN et les dissidents des FARC.",
    );
    let clashes: Vec<_> =
        out.events.iter().filter(|e| e.kind == "armed_clash").collect();
    assert_eq!(clashes.len(), 1, "{clashes:#?}");
    assert!(clashes[0].triggers.iter().all(|t| t.text == "combats"));
}

#[test]
fn soldiers_fallen_mines_and_lost_ground() {
    let out = extract("Trois soldats sont tombés sur le champ d'honneur.");
    let e = event(&out, "killing");
    assert!(has(&texts(&out, &e.target), "Trois soldats"), "{e:#?}");
    let out = extract(
        "Un véhicule de patrouille a sauté sur un engin explosif improvisé \
         près de Porga.",
    );
    event(&out, "bombing");
    let out =
        extract("L'armée dément avoir perdu le contrôle de l'île de Kaïga.");
    assert_eq!(event(&out, "capture").polarity, "negated");
    let out = extract(
        "Le Hachd a démenti que ses combattants aient abandonné leurs \
         positions dans le secteur de Touz.",
    );
    assert_eq!(event(&out, "withdrawal").polarity, "negated");
}

#[test]
fn everyday_phrases_around_conflict_words_are_no_events() {
    let out = extract(
        "Les pompiers sont intervenus à une quarantaine de reprises à \
         Nouméa. Les gendarmes ont répliqué par des tirs de gaz \
         lacrymogène. Des jihadistes ont attaqué le poste avancé de Sagmé; \
         quatre militaires blessés ont été évacués vers l'hôpital de Maroua.",
    );
    assert_no_event(&out, "capture");
    assert_no_event(&out, "deployment");
    assert_no_event(&out, "humanitarian");
    assert_eq!(
        out.events.iter().filter(|e| e.kind == "attack").count(),
        1,
        "{:#?}",
        out.events
    );
    let out = extract(
        "Les quartiers pilonnés depuis la rive gauche occupée par l'armée \
         russe se vident.",
    );
    assert_no_event(&out, "capture");
}

#[test]
fn who_attributes_an_attack_tells_of_it_and_who_it_is_attributed_to_did_it() {
    let out = extract(
        "Au moins quatorze civils ont été tués lors d'une attaque attribuée \
         par la société civile locale aux rebelles de l'AFC/M23.",
    );
    let e = event(&out, "attack");
    assert!(has(&texts(&out, &e.agent), "rebelles"), "{e:#?}");
    assert!(has(&texts(&out, &e.source), "société civile locale"), "{e:#?}");
    assert!(!has(&texts(&out, &e.agent), "société civile locale"), "{e:#?}");
    let out = extract(
        "Lundi, des drones attribués aux FSR ont visé le marché central \
         d'El-Obeid.",
    );
    let e = event(&out, "airstrike");
    assert!(has(&texts(&out, &e.agent), "FSR"), "{e:#?}");
}

#[test]
fn a_party_the_antecedent_is_tied_to_does_not_do_what_the_relative_tells() {
    let out = extract(
        "Djibo est encerclée par les jihadistes du JNIM, lié à al-Qaïda, qui \
         ont attaqué la ville à plusieurs reprises.",
    );
    let e = event(&out, "attack");
    assert!(!has(&texts(&out, &e.agent), "al-Qaïda"), "{e:#?}");
}

#[test]
fn a_verb_of_aiming_tells_again_of_the_strike_before_it() {
    let out = extract(
        "Au moins huit civils ont été tués mardi par une frappe de drone sur \
         le marché de Tinzaouatène. L'armée affirme avoir visé un \
         rassemblement de terroristes.",
    );
    let strikes: Vec<_> =
        out.events.iter().filter(|e| e.kind == "airstrike").collect();
    assert!(
        strikes.iter().any(|e| e.triggers.iter().any(|t| t.text == "visé")),
        "{:#?}",
        out.events
    );
    assert_no_event(&out, "attack");
    assert_no_event(&out, "protest");
    // Two sentences on, and "ces raids" too.
    let out = extract(
        "Des frappes aériennes ont visé Nasir mardi. L'armée accuse \
         l'Ouganda. Kampala dément toute participation à ces raids.",
    );
    assert_no_event(&out, "attack");
}

#[test]
fn the_town_of_an_attack_is_where_it_happened_not_what_it_hit() {
    let out = extract(
        "Le bilan de l'attaque de Solhan, un village du Yagha, s'alourdit à \
         160 morts.",
    );
    let e = event(&out, "attack");
    assert!(!has(&texts(&out, &e.target), "Solhan"), "{e:#?}");
    assert!(has(&texts(&out, &e.location), "Solhan"), "{e:#?}");
    let out = extract("Le blocus d'El-Facher par les FSR dure depuis mai.");
    let e = event(&out, "siege");
    assert!(has(&texts(&out, &e.target), "El-Facher"), "{e:#?}");
}

#[test]
fn an_official_cited_is_the_source() {
    let out = extract(
        "Deux employés d'une ONG locale ont été libérés mardi contre \
         rançon, selon un responsable de l'organisation.",
    );
    let e = event(&out, "release");
    assert!(has(&texts(&out, &e.source), "responsable"), "{e:#?}");
    // The people freed, not the body they work for.
    assert!(has(&texts(&out, &e.target), "Deux employés"), "{e:#?}");
    assert!(!has(&texts(&out, &e.target), "ONG locale"), "{e:#?}");
}

#[test]
fn both_ends_of_a_road_are_where_it_happened() {
    let out = extract(
        "Mardi, des hommes armés ont enlevé trois enseignants sur l'axe \
         Kumbo-Ndop, dans le département du Bui.",
    );
    let e = event(&out, "abduction");
    for place in ["Kumbo", "Ndop", "Bui"] {
        assert!(has(&texts(&out, &e.location), place), "{place}: {e:#?}");
    }
}

#[test]
fn the_munition_decides_the_kind_of_a_strike_verb() {
    let out =
        extract("Kharkiv a été frappée par deux missiles balistiques russes.");
    assert_eq!(event(&out, "shelling").triggers[0].text, "frappée");
    assert_no_event(&out, "airstrike");
    let out = extract(
        "L'aviation russe a largué plusieurs bombes guidées sur des villages \
         du district de Chostka.",
    );
    assert_no_event(&out, "humanitarian");
    let e = event(&out, "airstrike");
    assert!(e.triggers.iter().any(|t| t.text == "largué"), "{e:#?}");
    let out = extract(
        "Un drone kamikaze a visé une sous-station électrique à Belgorod.",
    );
    assert_no_event(&out, "bombing");
    event(&out, "airstrike");
}

#[test]
fn repelled_assailants_are_clashes_and_a_postponed_vote_is_not() {
    let out = extract(
        "Les paramilitaires ont attaqué Bara, avant d'être repoussés par \
         l'armée.",
    );
    let e = event(&out, "armed_clash");
    assert!(e.triggers[0].text.starts_with("repouss"), "{e:#?}");
    // Beside a noun of fighting, the noun tells the clash.
    let out = extract(
        "Les policiers ont repoussé les assaillants à Pétion-Ville après \
         cinq heures de combats.",
    );
    let e = event(&out, "armed_clash");
    assert_eq!(e.triggers[0].text, "combats", "{e:#?}");
    assert!(has(&texts(&out, &e.agent), "policiers"), "{e:#?}");
    // Assaults held off are told by their own noun.
    let out = extract(
        "L'état-major a fait état de quatorze assauts repoussés près de \
         Vovtchansk.",
    );
    assert_eq!(event(&out, "attack").triggers[0].text, "assauts");
    assert_no_event(&out, "armed_clash");
    let out =
        extract("Le scrutin a été repoussé à Kinshasa par le gouvernement.");
    assert_no_event(&out, "armed_clash");
}

#[test]
fn soldiers_captured_are_taken_prisoner_civilians_abducted() {
    let out = extract(
        "Le FLA a revendiqué l'embuscade près d'Aguelhok et affirme avoir \
         capturé trois soldats.",
    );
    event(&out, "arrest");
    assert_no_event(&out, "abduction");
    let out = extract(
        "Les jihadistes ont capturé une dizaine de civils près de Djibo.",
    );
    event(&out, "abduction");
}

#[test]
fn evacuated_villages_are_displaced() {
    let out = extract(
        "Les autorités de Belgorod ont ordonné jeudi l'évacuation de onze \
         villages du district de Chebekino.",
    );
    event(&out, "displacement");
    assert_no_event(&out, "withdrawal");
}

#[test]
fn who_announces_or_denies_a_deed_tells_of_it() {
    let out = extract(
        "Le 14 août, la police a annoncé l'arrestation à Pemba de trois \
         insurgés présumés.",
    );
    let e = event(&out, "arrest");
    assert!(has(&texts(&out, &e.source), "police"), "{e:#?}");
    assert!(has(&texts(&out, &e.agent), "police"), "{e:#?}");
    let out = extract("Le JNIM a démenti avoir visé des civils à Boni.");
    let e = event(&out, "attack");
    assert_eq!(e.polarity, "negated");
    assert!(has(&texts(&out, &e.source), "JNIM"), "{e:#?}");
    assert!(has(&texts(&out, &e.agent), "JNIM"), "{e:#?}");
}

#[test]
fn the_nationality_of_a_munition_names_the_force_that_fired_it() {
    let out = extract(
        "L'armée russe avance près de Koupiansk. L'aviation russe a bombardé \
         Soumy. Plus au nord, un drone russe a frappé mercredi le centre de \
         Soumy, tuant un homme. Kharkiv a été frappée par deux missiles \
         balistiques russes, tuant quatre civils.",
    );
    let strikes: Vec<&Event> = out
        .events
        .iter()
        .filter(|e| e.kind == "airstrike" || e.kind == "shelling")
        .collect();
    assert_eq!(strikes.len(), 3, "{strikes:#?}");
    // The bombing by the air force is its own; the drone and the
    // missiles are the army's, which is named apart from the air force.
    for (e, agent) in
        strikes.iter().zip(["aviation russe", "armée russe", "armée russe"])
    {
        assert!(has(&texts(&out, &e.agent), agent), "{agent}: {e:#?}");
    }
}

#[test]
fn who_fights_alongside_or_backs_a_force_is_an_agent() {
    let out = extract("Les FACa, soutenues par Wagner, ont repris Bria.");
    let e = event(&out, "capture");
    for agent in ["FACa", "Wagner"] {
        assert!(has(&texts(&out, &e.agent), agent), "{agent}: {e:#?}");
    }
    let out = extract("L'armée a attaqué Boni aux côtés des VDP.");
    let e = event(&out, "attack");
    assert!(has(&texts(&out, &e.agent), "VDP"), "{e:#?}");
    assert!(e.target.iter().all(|t| texts(&out, &[t.clone()]) != ["VDP"]));
}

#[test]
fn a_national_artillery_is_its_army_bare_guns_are_no_one() {
    let out = extract(
        "L'armée ukrainienne tient le front. Onze villages de Chebekino ont \
         été pilonnés mardi par l'artillerie ukrainienne.",
    );
    let e = event(&out, "shelling");
    assert!(has(&texts(&out, &e.agent), "armée ukrainienne"), "{e:#?}");
    let out = extract(
        "Les soldats se sont retirés de Debre Tabor en emportant leurs \
         blindés.",
    );
    assert!(out.entities.iter().all(|e| e.mentions[0].text != "blindés"));
    // Vehicles counted are things destroyed or lost, not a force.
    for text in [
        "Les FDS ont détruit deux chars des mercenaires.",
        "L'armée a perdu dix blindés.",
    ] {
        let out = extract(text);
        assert!(
            out.entities.iter().all(|e| !e.mentions[0].text.contains("chars")
                && !e.mentions[0].text.contains("blindés")),
            "{text}: {:#?}",
            out.entities
        );
    }
}

#[test]
fn people_who_leave_or_arrive_are_displaced() {
    let out = extract("Des dizaines de familles ont quitté Houla pour Tyr.");
    let e = event(&out, "displacement");
    assert!(has(&texts(&out, &e.destination), "Tyr"), "{e:#?}");
    assert_no_event(&out, "withdrawal");
    let out = extract(
        "Plus de 3 500 réfugiés soudanais sont arrivés à Adré samedi.",
    );
    let e = event(&out, "displacement");
    assert!(has(&texts(&out, &e.destination), "Adré"), "{e:#?}");
    // Soldats who leave withdraw; attackers who arrive attack.
    let out = extract("Les soldats ont quitté Kidal mardi.");
    event(&out, "withdrawal");
    let out = extract(
        "Les assaillants, arrivés vers 23h, ont ouvert le feu sur Beni.",
    );
    assert_no_event(&out, "displacement");
}

#[test]
fn a_town_that_fell_or_a_loss_denied_is_a_capture() {
    let out = extract(
        "Sokolo est tombée il y a deux semaines aux mains des jihadistes.",
    );
    event(&out, "capture");
    let out = extract(
        "Le ministère de la Défense a démenti toute perte de contrôle de \
         Debre Tabor.",
    );
    let e = event(&out, "capture");
    assert_eq!(e.polarity, "negated");
    let out = extract("Trois soldats sont tombés au combat à Gao.");
    assert_no_event(&out, "capture");
}

#[test]
fn the_bodies_behind_delegations_and_cells_act() {
    let out = extract(
        "À Doha, les délégations de Kinshasa et de l'AFC/M23 doivent \
         reprendre les pourparlers.",
    );
    let e = event(&out, "negotiation");
    for agent in ["Kinshasa", "AFC/M23"] {
        assert!(has(&texts(&out, &e.agent), agent), "{agent}: {e:#?}");
    }
    let out = extract("Des cellules de l'Etat islamique ont attaqué Dhiban.");
    let e = event(&out, "attack");
    assert!(has(&texts(&out, &e.agent), "Etat islamique"), "{e:#?}");
}

#[test]
fn the_group_after_an_attack_noun_and_its_adjective_is_the_attacker() {
    let out = extract(
        "Un convoi des FAMa a été la cible d'une embuscade complexe des \
         terroristes près d'Aguelhok.",
    );
    let e = event(&out, "attack");
    assert!(has(&texts(&out, &e.agent), "terroristes"), "{e:#?}");
    assert!(has(&texts(&out, &e.target), "FAMa"), "{e:#?}");
    assert!(!has(&texts(&out, &e.target), "terroristes"), "{e:#?}");
}

#[test]
fn the_dead_of_each_side_of_a_toll_are_counted_apart() {
    let out = extract(
        "Le bilan est le suivant : côté ami, trois (03) militaires tombés au \
         champ d'honneur et sept (07) blessés ; côté ennemi, vingt-deux (22) \
         terroristes neutralisés, dont deux (02) chefs.",
    );
    let killings: Vec<&Event> =
        out.events.iter().filter(|e| e.kind == "killing").collect();
    assert_eq!(killings.len(), 2, "{killings:#?}");
    assert_eq!(killings[0].killed, Some(3), "{:#?}", killings[0]);
    assert_eq!(killings[1].killed, Some(22), "{:#?}", killings[1]);
    assert!(!has(&texts(&out, &killings[1].target), "trois (03) militaires"));
    assert!(!has(
        &texts(&out, &killings[0].target),
        "vingt-deux (22) terroristes"
    ));
}

#[test]
fn des_after_a_dash_opens_a_clause() {
    // A live blog's stamp: "Des" is the article of the subject, not "de
    // les" after a noun.
    let out =
        extract("08h15 – Des colons ont attaqué le village de Turmus Ayya.");
    let e = event(&out, "attack");
    assert!(has(&texts(&out, &e.agent), "colons"), "{e:#?}");
}

#[test]
fn a_deed_done_through_a_verb_of_doing() {
    let out = extract(
        "L'AFC/M23 a démenti avoir procédé à des arrestations arbitraires à \
         Goma.",
    );
    let e = event(&out, "arrest");
    assert_eq!(e.polarity, "negated");
    assert!(has(&texts(&out, &e.agent), "AFC/M23"), "{e:#?}");
    assert!(has(&texts(&out, &e.source), "AFC/M23"), "{e:#?}");
    // Past a relative clause between the subject and its verb.
    let out = extract(
        "L'AFC/M23, qui contrôle Goma depuis janvier 2025, a démenti avoir \
         procédé à des arrestations arbitraires dans la ville.",
    );
    let e = event(&out, "arrest");
    assert!(has(&texts(&out, &e.source), "AFC/M23"), "{e:#?}");
    let out = extract(
        "La police a procédé à l'interpellation de trois suspects à Gao.",
    );
    let e = event(&out, "arrest");
    assert!(has(&texts(&out, &e.target), "trois suspects"), "{e:#?}");
}

#[test]
fn a_pronoun_that_speaks_is_the_person_named_before() {
    for text in [
        "Le gouverneur de Marib, Sultan al-Arada, a dénoncé les attaques. Il \
         affirme que 4 000 familles ont fui Sirwah vers Marib.",
        "Le gouverneur de Marib, Sultan al-Arada, a dénoncé les attaques. \
         Selon lui, 4 000 familles ont fui Sirwah vers Marib.",
    ] {
        let out = extract(text);
        let e = event(&out, "displacement");
        assert_eq!(e.source.len(), 1, "{text}: {e:#?}");
    }
}

#[test]
fn dropped_bombs_air_forces_falls_and_words_that_only_look_like_events() {
    let out = extract(
        "Kramatorsk est frappée chaque jour par des bombes aériennes guidées, \
         les redoutables KAB, larguées par l'aviation russe.",
    );
    assert_no_event(&out, "humanitarian");
    let out = extract(
        "Dans la nuit de dimanche à lundi, l'armée de l'air soudanaise a \
         bombardé Nyala, où siège le gouvernement parallèle des FSR.",
    );
    event(&out, "airstrike");
    assert_no_event(&out, "shelling");
    assert_no_event(&out, "siege");
    let out = extract(
        "En novembre 2025, la chute de Pokrovsk avait ouvert la route de \
         Kramatorsk.",
    );
    event(&out, "capture");
    // The fall of a ruler is no capture.
    let out = extract(
        "L'armée israélienne a pris le contrôle de la zone tampon après la \
         chute d'Assad.",
    );
    assert_eq!(
        out.events.iter().filter(|e| e.kind == "capture").count(),
        1,
        "{:#?}",
        out.events
    );
    let out = extract(
        "Le ministre de la Réconciliation, Moussa Diakité, a reçu les \
         notables de Tombouctou.",
    );
    assert_no_event(&out, "agreement");
}

#[test]
fn the_body_a_sentence_accuses_did_the_deed_it_names_no_doer_of() {
    let out = extract(
        "Au moins onze déplacés ont été tués jeudi dans une frappe de drone \
         contre le camp de Tawila, a indiqué le gouvernement soudanais, qui \
         accuse les Forces de soutien rapide (FSR).",
    );
    let e = event(&out, "airstrike");
    assert!(has(&texts(&out, &e.agent), "Forces de soutien rapide"), "{e:#?}");
    assert!(has(&texts(&out, &e.source), "gouvernement soudanais"), "{e:#?}");
}

#[test]
fn those_killed_during_a_strike_are_its_targets_past_quotes() {
    let out = extract(
        "L'état-major malien a affirmé avoir « neutralisé une trentaine de \
         terroristes » lors de frappes aériennes menées lundi près de Baye.",
    );
    let e = event(&out, "airstrike");
    assert!(
        has(&texts(&out, &e.target), "trentaine de terroristes"),
        "{e:#?}"
    );
    assert!(!has(&texts(&out, &e.agent), "terroristes"), "{e:#?}");
    let out = extract(
        "Le chef d'état-major évoque « une quinzaine de terroristes \
         neutralisés » lors de frappes aériennes dans la forêt du Wagadou.",
    );
    let e = event(&out, "airstrike");
    assert!(
        has(&texts(&out, &e.target), "quinzaine de terroristes"),
        "{e:#?}"
    );
    assert!(e.agent.is_empty(), "{e:#?}");
    let out = extract(
        "L'aviation burkinabè a frappé les positions des assaillants près de \
         Pama, tuant « de nombreux terroristes ».",
    );
    let e = event(&out, "airstrike");
    assert!(has(&texts(&out, &e.target), "nombreux terroristes"), "{e:#?}");
}

#[test]
fn de_nombreux_is_an_article_not_a_complement() {
    let out = extract("Mardi, de nombreux civils ont fui Djibo.");
    let e = event(&out, "displacement");
    assert!(has(&texts(&out, &e.agent), "nombreux civils"), "{e:#?}");
}

#[test]
fn a_group_named_after_its_counted_members_acts_with_them() {
    let out = extract(
        "Par ailleurs, 87 combattants de Boko Haram et leurs familles se \
         sont rendus aux troupes à Bama.",
    );
    let e = event(&out, "surrender");
    let agents = texts(&out, &e.agent);
    assert!(has(&agents, "87 combattants"), "{e:#?}");
    assert!(has(&agents, "Boko Haram"), "{e:#?}");
    // Those who claim a tie to a group demand nothing.
    let out = extract(
        "Vingt-deux individus se réclamant du JNIM se sont rendus aux \
         forces de défense et de sécurité à Fada N'Gourma.",
    );
    let e = event(&out, "surrender");
    assert_eq!(e.modality, "asserted", "{e:#?}");
    assert!(has(&texts(&out, &e.agent), "Vingt-deux individus"), "{e:#?}");
}

#[test]
fn a_passive_doer_may_follow_the_places_of_the_deed() {
    let out = extract(
        "Mardi, une dizaine d'éleveurs peuls ont été enlevés près de \
         Bagaroua, dans le département de Tahoua, par des hommes armés non \
         identifiés.",
    );
    let e = event(&out, "abduction");
    assert!(
        has(&texts(&out, &e.agent), "hommes armés non identifiés"),
        "{e:#?}"
    );
}

#[test]
fn the_aircraft_of_a_body_act_for_it() {
    let out = extract(
        "Des hélicoptères de la MINUSCA ont largué jeudi quatre tonnes de \
         vivres à Zémio.",
    );
    let e = event(&out, "humanitarian");
    assert!(has(&texts(&out, &e.agent), "MINUSCA"), "{e:#?}");
}

#[test]
fn plusieurs_centaines_is_part_of_the_count() {
    let out = extract(
        "Le détachement militaire de Djibo a fait l'objet d'une attaque de \
         grande envergure menée par plusieurs centaines de terroristes.",
    );
    let e = event(&out, "attack");
    assert!(
        has(&texts(&out, &e.agent), "plusieurs centaines de terroristes"),
        "{e:#?}"
    );
}

#[test]
fn a_press_release_speaks_for_the_body_its_letterhead_names() {
    let out = extract(
        "COMMUNIQUÉ DE PRESSE\nConseil norvégien pour les réfugiés (NRC)\n\
         Kinshasa/Uvira, le 27 novembre 2026\n\n\
         Mercredi, des obus sont tombés sur le marché de Kiliba, tuant six \
         civils.",
    );
    let e = event(&out, "shelling");
    assert!(
        has(&texts(&out, &e.source), "Conseil norvégien pour les réfugiés"),
        "{e:#?}"
    );
    let out = extract(
        "Ministère de l'Intérieur - Bureau des relations publiques\n\n\
         Déclaration officielle\n\nDamas, le 19 novembre 2026\n\n\
         Dans la nuit de mardi à mercredi, des unités de la Sécurité \
         générale ont été la cible d'une embuscade près de Jablé.",
    );
    let e = event(&out, "attack");
    assert!(
        has(&texts(&out, &e.source), "Ministère de l'Intérieur"),
        "{e:#?}"
    );
    // A headline that only names a declaration is no letterhead.
    let out = extract(
        "Déclaration de Doha : les deux camps s'engagent à cesser les \
         combats\n\nL'ONU a salué mardi l'accord.\n\nMercredi, des obus sont \
         tombés sur le marché de Kiliba, tuant six civils.",
    );
    let e = event(&out, "shelling");
    assert!(e.source.is_empty(), "{e:#?}");
    // Nor is a headline in capitals that counts people.
    let out = extract(
        "COMMUNIQUÉ DE PRESSE\n\nYANDOTO : 23 OTAGES SECOURUS, QUATRE \
         SUSPECTS ARRÊTÉS\n\nDes bandits ont enlevé trente et une personnes \
         à Yandoto.",
    );
    let e = event(&out, "abduction");
    assert!(e.source.is_empty(), "{e:#?}");
}

#[test]
fn the_loss_of_counted_soldiers_is_their_killing() {
    let out = extract(
        "Le bilan provisoire fait état de plus de cent (100) terroristes \
         neutralisés. Côté ami, nous déplorons la perte de neuf (09) soldats.",
    );
    let loss = out
        .events
        .iter()
        .find(|e| e.kind == "killing" && e.triggers[0].text == "perte")
        .unwrap_or_else(|| panic!("{:#?}", out.events));
    assert_eq!(loss.killed, Some(9), "{loss:#?}");
    assert!(has(&texts(&out, &loss.target), "neuf (09) soldats"), "{loss:#?}");
    // Losses with no one counted, or of ground, are no killing.
    let out = extract(
        "Les jihadistes ont subi de lourdes pertes. L'armée a démenti toute \
         perte de position.",
    );
    assert_no_event(&out, "killing");
}

#[test]
fn a_collective_governed_by_par_is_no_subject() {
    let out = extract(
        "Le 20 novembre, six femmes enlevées en octobre par des combattants \
         de l'Unité pour la paix en Centrafrique (UPC) près de Bambouti ont \
         été libérées.",
    );
    let e = event(&out, "release");
    assert!(has(&texts(&out, &e.target), "six femmes"), "{e:#?}");
    assert!(e.agent.is_empty() && e.target.len() == 1, "{e:#?}");
}

#[test]
fn y_points_back_to_where_the_event_before_happened() {
    let out = extract(
        "À Mboki, les miliciens encerclent depuis trois semaines le site de \
         déplacés. Des hélicoptères de la MINUSCA y ont largué jeudi quatre \
         tonnes de vivres.",
    );
    let e = event(&out, "humanitarian");
    assert!(has(&texts(&out, &e.location), "Mboki"), "{e:#?}");
}

#[test]
fn a_region_header_holding_its_cue_is_a_place() {
    let out = extract(
        "TCHAD – Province du Lac • Dans la nuit du 23 au 24 novembre, des \
         jihadistes de Boko Haram ont attaqué une position de l'armée.",
    );
    let lac = out
        .entities
        .iter()
        .find(|e| e.mentions.iter().any(|m| m.text.contains("Lac")))
        .unwrap_or_else(|| panic!("{:#?}", out.entities));
    assert_eq!(lac.subkind.as_deref(), Some("admin1"));
}

#[test]
fn a_retaliation_promised_is_a_threat_not_an_attack() {
    let out = extract(
        "Le porte-parole militaire des Houthis a promis une « riposte \
         douloureuse » contre Israël.",
    );
    event(&out, "threat");
    assert_no_event(&out, "attack");
    let out = extract("Les Houthis promettent des représailles.");
    event(&out, "threat");
    let out = extract("Le gouverneur a promis d'« écraser » les insurgés.");
    event(&out, "threat");
    // Aid promised is no threat.
    let out = extract("Le gouvernement a promis une aide humanitaire à Goma.");
    assert_no_event(&out, "threat");
}

#[test]
fn a_munition_that_kills_is_the_strike() {
    let out = extract(
        "Un homme a été tué mercredi par un drone de l'armée russe à \
         Bilozerka.",
    );
    let e = event(&out, "airstrike");
    assert!(e.triggers.iter().any(|t| t.text == "drone"), "{e:#?}");
    let out = extract("Deux civils ont été tués par des missiles à Kharkiv.");
    event(&out, "shelling");
    // A drone shot down kills no one.
    let out = extract("Un drone russe a été abattu près de Kharkiv.");
    assert_no_event(&out, "airstrike");
}

#[test]
fn an_age_counts_no_one() {
    let out = extract("Un homme de 62 ans a été tué mercredi à Bilozerka.");
    let e = event(&out, "killing");
    assert_ne!(e.killed, Some(62), "{e:#?}");
}

#[test]
fn the_munition_that_strikes_is_a_trigger_of_the_strike() {
    let out = extract("Samedi, des drones ont frappé le marché de Kulbus.");
    let e = event(&out, "airstrike");
    let words: Vec<&str> =
        e.triggers.iter().map(|t| t.text.as_str()).collect();
    assert!(words.contains(&"drones") && words.contains(&"frappé"), "{e:#?}");
    // Drones that only fly over strike nothing.
    let out = extract(
        "Des drones de l'armée ont survolé la ville et les rebelles ont \
         attaqué Goma.",
    );
    let e = event(&out, "attack");
    assert!(!e.triggers.iter().any(|t| t.text == "drones"), "{e:#?}");
}

#[test]
fn the_mediators_of_talks_take_part_in_them() {
    let out = extract(
        "Des pourparlers indirects entre l'armée soudanaise et les FSR, menés \
         en novembre sous l'égide des Etats-Unis, de l'Arabie saoudite et de \
         l'Egypte, n'ont donné aucun résultat.",
    );
    let e = event(&out, "negotiation");
    let agents = texts(&out, &e.agent);
    for name in ["Etats-Unis", "Arabie saoudite", "Egypte", "FSR"] {
        assert!(has(&agents, name), "{name}: {e:#?}");
    }
}

#[test]
fn sides_of_a_war_partners_of_a_joint_operation_and_claimed_ties_act() {
    let out = extract(
        "Au Soudan, la guerre, qui oppose depuis avril 2023 l'armée \
         régulière aux FSR, a fait des milliers de morts.",
    );
    let e = event(&out, "armed_clash");
    assert!(has(&texts(&out, &e.agent), "armée régulière"), "{e:#?}");
    assert!(has(&texts(&out, &e.agent), "FSR"), "{e:#?}");
    let out = extract(
        "Les FARDC affirment avoir neutralisé douze rebelles des ADF lors \
         d'opérations conjointes avec l'armée ougandaise près d'Oicha.",
    );
    let e = event(&out, "attack");
    assert!(has(&texts(&out, &e.agent), "armée ougandaise"), "{e:#?}");
    let out = extract(
        "Au Mozambique, des insurgés se réclamant de l'État islamique ont \
         attaqué dimanche le village de Mucojo.",
    );
    let e = event(&out, "attack");
    assert!(has(&texts(&out, &e.agent), "État islamique"), "{e:#?}");
}

#[test]
fn ils_goes_on_with_the_doers_of_the_sentence_before() {
    let out = extract(
        "Au Mozambique, des insurgés ont attaqué dimanche le village de \
         Mucojo. Ils ont décapité deux hommes et enlevé au moins six \
         enfants.",
    );
    let e = event(&out, "abduction");
    assert!(has(&texts(&out, &e.agent), "insurgés"), "{e:#?}");
    // A passive "Ils" is no doer.
    let out = extract(
        "Des jihadistes ont attaqué Djibo. Ils ont été enlevés par des \
         miliciens.",
    );
    let e = event(&out, "abduction");
    assert!(!has(&texts(&out, &e.agent), "jihadistes"), "{e:#?}");
}

#[test]
fn an_evacuation_ordered_of_civilians_is_displacement_told_by_its_orderer() {
    let out = extract(
        "Les autorités de la région de Soumy ont ordonné l'évacuation \
         obligatoire des enfants de onze villages frontaliers.",
    );
    let e = event(&out, "displacement");
    assert!(has(&texts(&out, &e.source), "autorités"), "{e:#?}");
    assert!(e.agent.is_empty(), "{e:#?}");
    assert_no_event(&out, "withdrawal");
    let out = extract(
        "Après les ordres d'évacuation émis le 25 novembre par l'armée \
         israélienne pour quatre quartiers de Khan Younès, des milliers de \
         personnes ont fui.",
    );
    assert_no_event(&out, "withdrawal");
    // Troops evacuated from a base withdraw.
    let out = extract("L'armée malienne a achevé l'évacuation de ses troupes de la base de Tessalit.");
    event(&out, "withdrawal");
}

#[test]
fn who_escorts_a_convoy_is_hit_with_it() {
    let out = extract(
        "Samedi, des jihadistes ont attaqué un convoi escorté par l'armée \
         burkinabè entre Dori et Seytenga.",
    );
    let e = event(&out, "attack");
    assert!(has(&texts(&out, &e.target), "armée burkinabè"), "{e:#?}");
    assert!(!has(&texts(&out, &e.agent), "armée burkinabè"), "{e:#?}");
}

#[test]
fn an_abduction_goes_on_with_the_raid_told_before() {
    let out = extract(
        "Au Mozambique, des insurgés ont attaqué dimanche le village de \
         Mucojo. Ils ont enlevé au moins six enfants.",
    );
    let e = event(&out, "abduction");
    assert!(has(&texts(&out, &e.location), "Mucojo"), "{e:#?}");
}

#[test]
fn a_site_with_a_complement_is_in_the_town_named_after_it() {
    let out = extract(
        "Au moins 14 civils ont été tués lundi dans une frappe de drone sur \
         le marché aux bestiaux d'El-Obeid.",
    );
    let e = event(&out, "airstrike");
    assert!(has(&texts(&out, &e.location), "El-Obeid"), "{e:#?}");
}

#[test]
fn more_counted_people_and_the_group_after_counted_members() {
    let out = extract(
        "Le même jour, cinq (05) ex-associés de Boko Haram se sont rendus \
         avec leurs armes à Kolofata.",
    );
    let e = event(&out, "surrender");
    let agents = texts(&out, &e.agent);
    assert!(has(&agents, "cinq (05) ex-associés"), "{e:#?}");
    assert!(has(&agents, "Boko Haram"), "{e:#?}");
    let out = extract(
        "Un missile a touché le port d'Odessa et blessé cinq dockers.",
    );
    let e = event(&out, "shelling");
    assert!(has(&texts(&out, &e.target), "cinq dockers"), "{e:#?}");
}

#[test]
fn each_of_two_coordinated_verbs_keeps_its_own_object() {
    let out = extract(
        "Au Mozambique, des insurgés ont attaqué dimanche le village de \
         Mucojo. Ils ont décapité deux hommes et enlevé au moins six \
         enfants.",
    );
    let k = event(&out, "killing");
    assert_eq!(texts(&out, &k.target), vec!["deux hommes"], "{k:#?}");
    let a = event(&out, "abduction");
    assert_eq!(texts(&out, &a.target), vec!["au moins six enfants"], "{a:#?}");
    // An attack keeps the toll told after it.
    let out = extract(
        "Des hommes armés ont attaqué le village de Kaya et tué cinq civils.",
    );
    let e = event(&out, "attack");
    assert!(has(&texts(&out, &e.target), "cinq civils"), "{e:#?}");
}

#[test]
fn a_communique_tells_one_operation_over_its_paragraphs() {
    let text = "MINISTERE DE LA DEFENSE\n\nCOMMUNIQUE DE PRESSE\n\n\
                Dans la nuit du samedi 28 au dimanche 29 novembre 2026, une \
                horde de terroristes de Boko Haram a attaqué le poste avancé \
                de Sagme, dans l'arrondissement de Fotokol.\n\n\
                Les éléments du Bataillon d'intervention rapide ont repoussé \
                l'assaut au terme de deux heures de combats. L'ennemi s'est \
                replié, laissant onze terroristes neutralisés.";
    let out = extract(text);
    let e = event(&out, "killing");
    assert!(has(&texts(&out, &e.location), "Fotokol"), "{e:#?}");
    // Outside a communiqué a new paragraph is a new setting.
    let text = "Une horde de terroristes a attaqué le poste de Sagme, dans \
                l'arrondissement de Fotokol.\n\nLes soldats ont repoussé \
                l'assaut. Onze terroristes ont été neutralisés.";
    let out = extract(text);
    let e = event(&out, "killing");
    assert!(!has(&texts(&out, &e.location), "Fotokol"), "{e:#?}");
}

#[test]
fn aid_handed_out_or_sent_is_humanitarian_and_troops_sent_are_a_deployment() {
    let out = extract(
        "Le Programme alimentaire mondial a distribué des vivres à 2 500 \
         déplacés à Bunia.",
    );
    event(&out, "humanitarian");
    let out = extract(
        "MSF prévoit d'acheminer la semaine prochaine une aide médicale à \
         Singa.",
    );
    event(&out, "humanitarian");
    assert_no_event(&out, "deployment");
    let out = extract(
        "L'armée a acheminé mardi des renforts vers Kenge, au Kwango.",
    );
    event(&out, "deployment");
    assert_no_event(&out, "humanitarian");
    // Fighters' supplies are no aid.
    let out = extract(
        "Deux individus soupçonnés de ravitailler les rebelles ont été \
         interpellés à Bignona.",
    );
    assert_no_event(&out, "humanitarian");
}

#[test]
fn a_conflict_that_kills_and_displaces_is_a_clash_and_a_displacement() {
    let out = extract(
        "Le conflit, parti de Cabo Delgado en 2017, a fait plus de 6 000 \
         morts et déplacé plus d'un million de personnes.",
    );
    event(&out, "armed_clash");
    event(&out, "displacement");
    // Everyday senses of the words.
    let out = extract(
        "Les équipes de la Croix-Rouge travaillent sans relâche à Goma, où \
         la police a saisi des fusils d'assaut et un conflit foncier \
         oppose deux familles.",
    );
    assert_no_event(&out, "release");
    assert_no_event(&out, "attack");
    assert_no_event(&out, "armed_clash");
}

#[test]
fn where_troops_are_sent_is_the_destination_where_they_stay_the_location() {
    let out = extract(
        "La police prévoit de déployer 2 000 agents supplémentaires à \
         Owerri et à Onitsha.",
    );
    let e = event(&out, "deployment");
    let dest = texts(&out, &e.destination);
    assert!(has(&dest, "Owerri") && has(&dest, "Onitsha"), "{e:#?}");
    let out = extract(
        "L'armée ghanéenne a dépêché à Bawku un bataillon supplémentaire.",
    );
    let e = event(&out, "deployment");
    assert!(has(&texts(&out, &e.destination), "Bawku"), "{e:#?}");
    let out = extract(
        "Des troupes tchadiennes restent déployées au Niger depuis mars.",
    );
    let e = event(&out, "deployment");
    assert!(has(&texts(&out, &e.location), "Niger"), "{e:#?}");
    assert!(e.destination.is_empty(), "{e:#?}");
}

#[test]
fn an_interview_answers_for_the_one_it_gives_the_floor_to() {
    let text = "ENTRETIEN\n\n« À Culiacán, on ne sort plus le soir »\n\n\
                Marisol Quintero est reporter à Culiacán. Propos recueillis \
                par Thomas Berthier.\n\n\
                Qu'est-ce qui a changé ?\n\
                Samedi, des hommes armés ont attaqué un bar de Culiacán, \
                tuant six clients. Selon la police, l'armée a arrêté lundi \
                un chef de cellule.\n";
    let out = extract(text);
    let e = event(&out, "attack");
    let src = texts(&out, &e.source);
    assert!(has(&src, "Marisol Quintero"), "{e:#?}");
    assert!(!has(&src, "Thomas Berthier"), "{e:#?}");
    // A sentence that names its own source keeps it.
    let e = event(&out, "arrest");
    assert!(!has(&texts(&out, &e.source), "Marisol Quintero"), "{e:#?}");
}

#[test]
fn those_aid_goes_to_are_its_targets() {
    let out = extract(
        "Le Programme alimentaire mondial a distribué des vivres à 2 500 \
         déplacés à Bolgatanga.",
    );
    let e = event(&out, "humanitarian");
    assert!(has(&texts(&out, &e.target), "2 500 déplacés"), "{e:#?}");
    assert!(
        has(&texts(&out, &e.agent), "Programme alimentaire mondial"),
        "{e:#?}"
    );
}

#[test]
fn troops_sent_and_a_victim_executed() {
    let out = extract(
        "Le gouvernement fédéral a envoyé 1 100 militaires supplémentaires \
         en octobre à Culiacán.",
    );
    let e = event(&out, "deployment");
    assert!(has(&texts(&out, &e.destination), "Culiacán"), "{e:#?}");
    let out =
        extract("Le ministre a envoyé une lettre au gouverneur de Kidal.");
    assert_no_event(&out, "deployment");
    let out =
        extract("Un enseignant aurait été exécuté devant les élèves à Kumba.");
    let e = event(&out, "killing");
    assert!(has(&texts(&out, &e.target), "Un enseignant"), "{e:#?}");
}

#[test]
fn a_deed_threatened_is_the_threat_alone() {
    let out = extract(
        "Les ravisseurs réclament une rançon et menacent d'exécuter leurs \
         otages d'ici dimanche à Maradi.",
    );
    let e = event(&out, "threat");
    assert_eq!(e.modality, "asserted", "{e:#?}");
    assert!(has(&texts(&out, &e.agent), "ravisseurs"), "{e:#?}");
    assert_no_event(&out, "killing");
    let out =
        extract("L'EI a aussi menacé de s'en prendre aux hôtels de Bosasso.");
    event(&out, "threat");
    assert_no_event(&out, "attack");
}

/// The objects of "a tué" after a strike are its victims, armed or not,
/// and so is a counted part of a group ("quatre de ses combattants").
#[test]
fn objects_killed_by_a_strike_are_its_targets() {
    let out = extract(
        "Une frappe de drone a tué quatre combattants et deux civils près \
         de Gao.",
    );
    let e = event(&out, "airstrike");
    let t = texts(&out, &e.target);
    assert!(has(&t, "quatre combattants") && has(&t, "deux civils"), "{e:#?}");
    let out = extract(
        "La milice accuse l'Africa Corps d'avoir exécuté deux de ses membres \
         près de Djemah.",
    );
    let e = event(&out, "killing");
    assert!(has(&texts(&out, &e.target), "deux de ses membres"), "{e:#?}");
}

/// "Le HCR affirme qu'une frappe …": behind an elided "qu'", a speaker
/// that wields no force tells of the strike and does not make it.
#[test]
fn speaker_before_an_elided_que_is_the_source() {
    let out = extract("Le HCR affirme qu'une frappe a tué deux civils à Gao.");
    let e = event(&out, "airstrike");
    assert!(has(&texts(&out, &e.source), "HCR"), "{e:#?}");
    assert!(!has(&texts(&out, &e.agent), "HCR"), "{e:#?}");
}

/// "Les combats ont duré …" right after an attack of one armed side on
/// another are between those sides; with no attack before, they have no
/// party.
#[test]
fn fighting_after_an_attack_is_between_its_sides() {
    let out = extract(
        "Des jihadistes ont attaqué mardi le camp de l'armée malienne à \
         Diabaly. Les combats ont duré près de quatre heures, selon un élu \
         local.",
    );
    let e = event(&out, "armed_clash");
    let a = texts(&out, &e.agent);
    assert!(has(&a, "jihadistes") && has(&a, "armée malienne"), "{e:#?}");
    let out = extract("Les combats ont duré près de quatre heures à Diabaly.");
    let e = event(&out, "armed_clash");
    assert!(e.agent.is_empty(), "{e:#?}");
}

/// In a story of armed conflict, talks told with no party are events
/// ("Les pourparlers ont échoué"); alone in a text, they are not.
#[test]
fn talks_of_a_conflict_story_need_no_party() {
    let out = extract(
        "Les jihadistes du JNIM ont attaqué Gao mardi, tuant trois soldats. \
         L'armée a riposté par des frappes aériennes. Les pourparlers ont \
         échoué.",
    );
    assert!(
        out.events.iter().any(|e| e.kind == "negotiation"),
        "{:#?}",
        out.events
    );
    let out = extract("Les pourparlers ont échoué.");
    assert_no_event(&out, "negotiation");
}

/// The wounded taken to care ("onze blessés, évacués vers Niamey") and a
/// patrol that is only there ("une patrouille de l'armée a été prise dans
/// une embuscade") are no events; patrols stepped up are a deployment.
#[test]
fn evacuated_wounded_and_patrols_are_no_events() {
    let out = extract(
        "Bilan : sept militaires tombés au champ d'honneur et onze blessés, \
         évacués vers Niamey.",
    );
    assert_no_event(&out, "humanitarian");
    assert_no_event(&out, "withdrawal");
    let out = extract(
        "Une patrouille de l'armée a été prise dans une embuscade près de \
         Banibangou.",
    );
    assert_no_event(&out, "deployment");
    let out = extract(
        "La MINUSCA affirme avoir renforcé ses patrouilles autour de Mboki.",
    );
    event(&out, "deployment");
    // A convoy that is to leave a town is no force withdrawing.
    let out = extract(
        "Un convoi humanitaire escorté par les FACA et la MINUSCA doit \
         quitter Bossangoa lundi pour Markounda.",
    );
    assert_no_event(&out, "withdrawal");
}

/// "a été la cible d'une attaque": one trigger, the attack's, and the
/// subject is its target.
#[test]
fn target_of_an_attack_is_no_trigger() {
    let out = extract(
        "Le détachement militaire de Tawori a été la cible d'une attaque \
         menée par des jihadistes.",
    );
    let e = event(&out, "attack");
    let t: Vec<&str> = e.triggers.iter().map(|m| m.text.as_str()).collect();
    assert_eq!(t, ["attaque"], "{e:#?}");
    assert!(has(&texts(&out, &e.target), "détachement militaire"), "{e:#?}");
}

/// "armes de guerre", "seigneurs de guerre", "blessés de guerre": no war
/// is told.
#[test]
fn things_of_war_are_no_fighting() {
    let out = extract(
        "Des armes de guerre ont été saisies à Gao. « Nous ne voulons pas \
         des seigneurs de guerre », ont scandé les manifestants. Quarante \
         blessés de guerre ont été admis à l'hôpital de Tawila.",
    );
    assert_no_event(&out, "armed_clash");
}

/// Burning in an attack told by another word is no trigger of its own;
/// burning alone by an armed group is the attack.
#[test]
fn burning_in_an_attack_is_no_trigger() {
    let out = extract(
        "Des éléments armés ont attaqué le site de déplacés de Zemio et \
         incendié plus de 200 abris.",
    );
    let e = event(&out, "attack");
    let t: Vec<&str> = e.triggers.iter().map(|m| m.text.as_str()).collect();
    assert_eq!(t, ["attaqué"], "{e:#?}");
    let out = extract("Des hommes armés ont incendié le marché de Beni.");
    event(&out, "attack");
}

/// A new blow threatened is the threat's content ("menace de lancer une
/// offensive"); blows threatened to go on are told ("menacent de
/// reprendre leurs attaques").
#[test]
fn blows_threatened_are_the_threat() {
    let out = extract(
        "L'armée turque menace de lancer « une opération d'envergure » \
         contre Kobané.",
    );
    assert_no_event(&out, "attack");
    event(&out, "threat");
    let out = extract(
        "Les rebelles houthis menacent de reprendre leurs attaques contre \
         les navires en mer Rouge.",
    );
    event(&out, "attack");
}

/// "repousser l'ennemi vers la frontière": where the enemy was pushed is
/// not where the fighting was.
#[test]
fn where_the_enemy_is_pushed_is_no_location() {
    let out = extract(
        "Les accrochages ont permis de repousser l'ennemi vers la frontière \
         malienne.",
    );
    let e = event(&out, "armed_clash");
    assert!(e.location.is_empty(), "{e:#?}");
}

/// "a neutralisé une trentaine de terroristes lors de frappes": the toll
/// of the strikes, no killing of its own.
#[test]
fn neutralised_during_an_event_is_its_toll() {
    let out = extract(
        "L'armée a affirmé avoir neutralisé une trentaine de terroristes \
         lors de frappes aériennes près de Tombouctou.",
    );
    assert_no_event(&out, "killing");
    event(&out, "airstrike");
}

#[test]
fn the_group_behind_a_body_of_its_fighters_leads_the_blow() {
    for (text, kind, group) in [
        (
            "Les FDS ont repoussé une offensive de factions de l'Armée \
             nationale syrienne près de Manbij.",
            "attack",
            "Armée nationale syrienne",
        ),
        ("Une attaque d'éléments du JNIM a visé Djibo.", "attack", "JNIM"),
    ] {
        let out = extract(text);
        let e = event(&out, kind);
        assert!(has(&texts(&out, &e.agent), group), "{text}: {e:#?}");
    }
}

#[test]
fn aid_convoys_are_aid_unless_struck() {
    let out = extract(
        "Un convoi du Programme alimentaire mondial (PAM) est arrivé jeudi à \
         Tawila. Un convoi de médicaments est bloqué depuis le 28 novembre.",
    );
    let aid = out.events.iter().filter(|e| e.kind == "humanitarian").count();
    assert_eq!(aid, 2, "{:#?}", out.events);
    for text in [
        "Le JNIM a revendiqué l'attaque samedi d'un convoi de ravitaillement \
         entre Dori et Seytenga.",
        "Le 30 novembre, un convoi du PAM a été pillé par des hommes armés.",
    ] {
        let out = extract(text);
        assert!(
            out.events.iter().all(|e| e.kind != "humanitarian"),
            "{text}: {:#?}",
            out.events
        );
    }
}

#[test]
fn a_road_block_for_a_cause_is_one_protest() {
    let out = extract(
        "Jeudi, des habitants ont bloqué l'autoroute entre Gusau et Sokoto \
         pour protester contre les enlèvements. La route reste bloquée par \
         des hommes armés.",
    );
    let protests: Vec<_> =
        out.events.iter().filter(|e| e.kind == "protest").collect();
    assert_eq!(protests.len(), 1, "{:#?}", out.events);
    let words: Vec<&str> =
        protests[0].triggers.iter().map(|t| t.text.as_str()).collect();
    assert_eq!(words, ["bloqué", "protester"]);
    assert_eq!(protests[0].modality, "asserted");
}

#[test]
fn a_spokesperson_who_denies_is_the_source_not_the_doer() {
    let out = extract(
        "Le FNR affirme avoir tendu une embuscade à une patrouille, tuant \
         trois combattants. Le porte-parole adjoint du gouvernement taliban \
         dément \"toute attaque\" dans la province.",
    );
    let e = out
        .events
        .iter()
        .find(|e| e.kind == "attack" && e.polarity == "negated")
        .expect("the denied attack");
    assert!(has(&texts(&out, &e.source), "porte-parole adjoint"), "{e:#?}");
    assert!(!has(&texts(&out, &e.agent), "porte-parole adjoint"), "{e:#?}");
}

#[test]
fn forces_pushed_back_gone_back_or_asked_to_leave_withdraw() {
    for (text, trigger) in [
        (
            "L'ennemi a été repoussé vers les îles du lac Tchad.",
            "repoussé vers",
        ),
        (
            "Les assaillants se sont ensuite repliés vers les montagnes.",
            "se sont ensuite repliés",
        ),
        ("Ils sont repartis vers la frontière nigériane.", "sont repartis"),
        ("Ils exigent le départ des milices de la capitale.", "départ"),
        (
            "La Manul a exhorté les deux camps à retirer leurs unités.",
            "retirer leurs unités",
        ),
    ] {
        let out = extract(text);
        let e = event(&out, "withdrawal");
        assert_eq!(e.triggers[0].text, trigger, "{text}");
    }
    // A convoy's or a flight's departure is none.
    let out = extract("Au départ de Bamako, le convoi a été attaqué.");
    assert!(
        out.events.iter().all(|e| e.kind != "withdrawal"),
        "{:#?}",
        out.events
    );
}

#[test]
fn the_lives_an_event_cost_are_its_toll() {
    let out = extract(
        "Le 2 décembre, une embuscade contre une patrouille avait déjà coûté \
         la vie à six soldats près de Barsalogho.",
    );
    assert!(
        out.events.iter().all(|e| e.kind != "killing"),
        "{:#?}",
        out.events
    );
    assert_eq!(event(&out, "attack").killed, Some(6));
}

#[test]
fn a_signed_truce_is_the_truce_and_a_signature_needs_an_accord() {
    let out = extract(
        "Le cessez-le-feu signé en juillet n'est toujours pas respecté par \
         le M23.",
    );
    assert!(
        out.events.iter().all(|e| e.kind != "agreement"),
        "{:#?}",
        out.events
    );
    let truce = event(&out, "ceasefire");
    assert!(truce.triggers.iter().any(|t| t.text == "signé"), "{truce:#?}");
    let out = extract(
        "C'est la signature du BRN, même si le mouvement ne revendique \
         jamais ses attaques.",
    );
    assert!(
        out.events.iter().all(|e| e.kind != "agreement"),
        "{:#?}",
        out.events
    );
    let out = extract(
        "Les combats avaient fait une dizaine de morts avant la signature à \
         Djeddah d'un accord de démarcation entre Beyrouth et Damas.",
    );
    let e = event(&out, "agreement");
    assert!(e.triggers.iter().any(|t| t.text == "signature"), "{e:#?}");
}

#[test]
fn people_who_cross_the_border_flee_soldiers_do_not() {
    let out = extract(
        "Le HCR estime que plus de 6 000 personnes ont traversé la frontière \
         vers la région de Gambela.",
    );
    assert!(
        out.events.iter().any(|e| e.kind == "displacement"),
        "{:#?}",
        out.events
    );
    let out =
        extract("Des soldats russes ont traversé la frontière près de Soumy.");
    assert!(
        out.events.iter().all(|e| e.kind != "displacement"),
        "{:#?}",
        out.events
    );
}

#[test]
fn who_or_what_a_threat_is_made_against() {
    let out = extract(
        "Le ministre de la Défense a menacé mercredi de « frapper les \
         sanctuaires du TTP où qu'ils se trouvent ».",
    );
    let e = event(&out, "threat");
    assert!(has(&texts(&out, &e.target), "TTP"), "{e:#?}");
    // A place threatened is the target, not where the threat is made.
    let out = extract(
        "Le chef de la coalition, Jimmy Chérizier, dit « Barbecue », a \
         menacé de « marcher sur » Pétion-Ville.",
    );
    let e = event(&out, "threat");
    assert!(has(&texts(&out, &e.target), "Pétion-Ville"), "{e:#?}");
    assert!(e.location.is_empty(), "{e:#?}");
    // The condition is no target; the sea where ships sail is no target.
    let out = extract(
        "Le ministre israélien a menacé d'intensifier les opérations si le \
         Hezbollah ne désarme pas.",
    );
    assert!(event(&out, "threat").target.is_empty(), "{:#?}", out.events);
    let out = extract(
        "Les Houthis menacent de reprendre leurs attaques contre les navires \
         en mer Rouge.",
    );
    let e = event(&out, "threat");
    assert!(!has(&texts(&out, &e.target), "mer Rouge"), "{e:#?}");
    // Two threats against two sides are two threats.
    let out = extract(
        "L'ELN a menacé d'attaquer Cúcuta. Le gouvernement a menacé de \
         frapper le JNIM.",
    );
    assert_eq!(
        out.events.iter().filter(|e| e.kind == "threat").count(),
        2,
        "{:#?}",
        out.events
    );
    // A speaker told after a quote is no target.
    let out = extract(
        "« L'Etat ne tolérera aucune atteinte à la paix civile », a menacé \
         son porte-parole, Nour al-Din al-Baba.",
    );
    for e in out.events.iter().filter(|e| e.kind == "threat") {
        assert!(e.target.is_empty(), "{e:#?}");
    }
}

#[test]
fn place_a_distance_is_told_from_is_where_when_none_comes_before() {
    for (text, kind, place) in [
        (
            "Les FAMa ont frappé un regroupement de terroristes à une \
             vingtaine de kilomètres de Goundam.",
            "airstrike",
            "Goundam",
        ),
        (
            "Des jihadistes ont attaqué un poste à 30 km au nord de Gao.",
            "attack",
            "Gao",
        ),
    ] {
        let out = extract(text);
        let e = event(&out, kind);
        assert!(has(&texts(&out, &e.location), place), "{text}: {e:#?}");
    }
    // After the village where it happened, the town is a landmark.
    let out = extract(
        "Les otages ont été relâchés près du village de Mbiame, à une \
         vingtaine de kilomètres de Kumbo.",
    );
    let e = event(&out, "release");
    assert_eq!(texts(&out, &e.location), ["Mbiame"], "{e:#?}");
}

#[test]
fn a_place_or_post_attacked_in_the_passive_is_an_attack() {
    for (text, place) in [
        ("Le poste de sécurité de Léré a été attaqué mardi.", "Léré"),
        ("Mardi, la ville de Léré a été attaquée.", "Léré"),
        ("Un convoi militaire a été attaqué mardi près de Léré.", "Léré"),
    ] {
        let out = extract(text);
        let e = event(&out, "attack");
        assert!(has(&texts(&out, &e.location), place), "{text}: {e:#?}");
    }
    // Words of criticism are no attack.
    let out = extract("Le ministre a été vivement critiqué hier.");
    assert_no_event(&out, "attack");
}

#[test]
fn a_truce_or_fighting_with_no_party_is_between_the_sides_of_the_story() {
    let out = extract(
        "Des affrontements ont opposé lundi la Brigade 444 à la force \
         Radaa à Tripoli. Deux civils ont été tués.\n\nMardi, le \
         gouvernement a annoncé un cessez-le-feu.",
    );
    let e = event(&out, "ceasefire");
    let agents = texts(&out, &e.agent);
    assert!(has(&agents, "Brigade 444") && has(&agents, "Radaa"), "{e:#?}");
    // A story with no fighting gives a truce no sides.
    let out = extract("Mardi, le gouvernement a annoncé un cessez-le-feu.");
    let e = event(&out, "ceasefire");
    assert_eq!(texts(&out, &e.agent), ["gouvernement"], "{e:#?}");
}

#[test]
fn a_truce_called_for_with_no_one_named_is_nobody_s_yet() {
    let story = "Des affrontements ont opposé lundi la Brigade 444 à la \
                 force Radaa à Tripoli. Deux civils ont été tués.\n\n";
    for call in [
        "L'émissaire de l'ONU a appelé mardi à un cessez-le-feu immédiat.",
        "L'émissaire de l'ONU appelle toutes les parties à un cessez-le-feu.",
    ] {
        let out = extract(&format!("{story}{call}"));
        let e = event(&out, "ceasefire");
        assert_eq!(e.modality, "demanded", "{e:#?}");
        let agents = texts(&out, &e.agent);
        assert!(!has(&agents, "Brigade 444"), "{call}: {e:#?}");
        assert!(!has(&agents, "Radaa"), "{call}: {e:#?}");
    }
    // The two parties called on are the story's sides.
    let out = extract(&format!(
        "{story}L'émissaire de l'ONU a appelé les deux parties à un \
         cessez-le-feu immédiat."
    ));
    let e = event(&out, "ceasefire");
    let agents = texts(&out, &e.agent);
    assert!(has(&agents, "Brigade 444") && has(&agents, "Radaa"), "{e:#?}");
}

#[test]
fn the_air_force_a_strike_is_named_after_strikes() {
    for (text, doer) in [
        (
            "Les frappes de l’aviation militaire, engagée en appui, ont \
             permis de neutraliser plusieurs dizaines de terroristes.",
            "aviation militaire",
        ),
        ("Un raid de l'aviation russe a visé Ariha mardi.", "aviation russe"),
    ] {
        let out = extract(text);
        let e = event(&out, "airstrike");
        assert!(has(&texts(&out, &e.agent), doer), "{text}: {e:#?}");
        assert!(!has(&texts(&out, &e.target), doer), "{text}: {e:#?}");
    }
}

#[test]
fn a_deed_during_an_attack_is_the_attackers() {
    let out = extract(
        "Au moins 19 villageois ont été tués et une quarantaine d’autres \
         enlevés lors d’une attaque de bandits armés contre le village de \
         Dansadau.",
    );
    let e = event(&out, "abduction");
    assert!(has(&texts(&out, &e.agent), "bandits armés"), "{e:#?}");
    // An attack told apart, later in the sentence, lends no doer.
    let out = extract(
        "Une quarantaine de villageois ont été enlevés lundi, deux jours \
         après une attaque de bandits armés contre le village voisin.",
    );
    let e = event(&out, "abduction");
    assert!(!has(&texts(&out, &e.agent), "bandits armés"), "{e:#?}");
}

#[test]
fn a_force_denying_a_deed_by_a_pronoun_is_its_doer() {
    let story = "Des combattants du Hamas ont tué deux soldats dans une \
                 embuscade près d'Al-Qarara. L'armée israélienne a reconnu \
                 la mort de deux soldats.";
    let out = extract(&format!(
        "{story} Elle a démenti toute frappe contre l'hôpital Nasser."
    ));
    let e = event(&out, "airstrike");
    assert_eq!(e.polarity, "negated", "{e:#?}");
    assert_eq!(texts(&out, &e.agent), ["armée israélienne"], "{e:#?}");
    // A toll it denies is no deed of its own.
    let out = extract(
        "L'armée malienne affirme avoir neutralisé dix terroristes près de \
         Gao. Selon elle, aucun civil n'a été tué lors des opérations.",
    );
    let e = out
        .events
        .iter()
        .find(|e| e.kind == "killing" && e.polarity == "negated")
        .unwrap_or_else(|| panic!("no denied killing: {:#?}", out.events));
    assert!(e.agent.is_empty(), "{e:#?}");
}

#[test]
fn those_displaced_by_an_offensive_are_not_its_targets() {
    for text in [
        "Plus de 900 000 personnes ont été déplacées depuis le 1er décembre \
         par l'offensive des forces du régime.",
        "Les habitants avaient fui lors de l'offensive des rebelles.",
    ] {
        let out = extract(text);
        let e = event(&out, "attack");
        assert!(e.target.is_empty(), "{text}: {e:#?}");
    }
    // Those hit as they fled were hit.
    let out = extract(
        "Un avion militaire a frappé un groupe de familles qui fuyaient \
         vers Gusau.",
    );
    let e = event(&out, "airstrike");
    assert!(has(&texts(&out, &e.target), "familles"), "{e:#?}");
}

#[test]
fn a_denied_deed_is_placed_and_dated_only_by_its_own_sentence() {
    let out = extract(
        "Une frappe de drone a tué huit civils mardi à Soumpi, selon des \
         témoins. L'armée malienne dément avoir bombardé des civils. Elle \
         dément aussi toute frappe contre le marché de Léré.",
    );
    let denied: Vec<_> =
        out.events.iter().filter(|e| e.polarity == "negated").collect();
    assert_eq!(denied.len(), 2, "{:#?}", out.events);
    // Not where or when the strike it answers was told …
    assert!(texts(&out, &denied[0].location).is_empty(), "{denied:#?}");
    assert!(texts(&out, &denied[0].time).is_empty(), "{denied:#?}");
    // … but where its own sentence puts it.
    assert!(has(&texts(&out, &denied[1].location), "Léré"), "{denied:#?}");
}

#[test]
fn a_flight_is_not_placed_by_the_attack_told_before() {
    let out = extract(
        "Des hommes armés ont attaqué le village de Tolkomari mardi. Des \
         milliers de familles ont fui.",
    );
    let e = event(&out, "displacement");
    assert!(texts(&out, &e.location).is_empty(), "{e:#?}");
    // Its own sentence places it.
    let out = extract("Des milliers de familles ont fui Diffa mardi.");
    let e = event(&out, "displacement");
    assert!(has(&texts(&out, &e.location), "Diffa"), "{e:#?}");
}

#[test]
fn who_admits_a_death_tells_of_it() {
    let out = extract(
        "L'armée israélienne a reconnu la mort de deux soldats dans le sud \
         de la bande de Gaza.",
    );
    let e = event(&out, "killing");
    assert!(e.agent.is_empty(), "{e:#?}");
    assert_eq!(texts(&out, &e.source), ["armée israélienne"], "{e:#?}");
}

#[test]
fn fighting_told_right_after_an_attack_is_between_its_sides() {
    let out = extract(
        "Des jihadistes ont attaqué lundi un convoi de l'armée burkinabè \
         près de Djibo. « Ils ont ouvert le feu de tous les côtés », a \
         raconté un membre de l'escorte joint par téléphone. Les combats \
         ont duré plusieurs heures.",
    );
    let e = event(&out, "armed_clash");
    let agents = texts(&out, &e.agent);
    assert!(has(&agents, "jihadistes"), "{e:#?}");
    assert!(has(&agents, "armée burkinabè"), "{e:#?}");
}

#[test]
fn regular_incursions_of_a_group_are_its_deeds() {
    for (text, doer) in [
        (
            "L'Extrême-Nord est la cible d'incursions régulières de Boko \
             Haram.",
            "Boko Haram",
        ),
        ("La région subit des attaques régulières du JNIM.", "JNIM"),
    ] {
        let out = extract(text);
        let e = event(&out, "attack");
        assert_eq!(texts(&out, &e.agent), [doer], "{text}: {e:#?}");
        assert!(e.target.is_empty(), "{text}: {e:#?}");
    }
}

#[test]
fn who_counts_the_dead_tells_of_them() {
    for text in [
        "Au moins 23 morts, dont quatre enfants, recensés par les autorités \
         locales.",
        "Au moins 23 morts ont été comptabilisés par les autorités locales.",
    ] {
        let out = extract(text);
        let e = event(&out, "killing");
        assert!(e.agent.is_empty(), "{text}: {e:#?}");
        assert_eq!(texts(&out, &e.source), ["autorités locales"], "{e:#?}");
    }
}

#[test]
fn civilians_never_give_aid() {
    let out = extract(
        "Les déplacés réclament le retour de la sécurité dans leurs \
         villages et une meilleure distribution de l’aide alimentaire.",
    );
    let e = event(&out, "humanitarian");
    assert!(!has(&texts(&out, &e.agent), "déplacés"), "{e:#?}");
}

#[test]
fn who_calls_for_a_truce_from_no_side_is_no_party_to_it() {
    let out = extract(
        "Des combats ont opposé l'armée aux rebelles à Gao. Les agences \
         humanitaires redoutent une catastrophe et appellent à un \
         cessez-le-feu immédiat.",
    );
    let e = event(&out, "ceasefire");
    assert!(!has(&texts(&out, &e.agent), "agences humanitaires"), "{e:#?}");
}

#[test]
fn fighting_that_goes_on_is_where_the_raid_was() {
    // The fight goes on in the next paragraph: it took place where the
    // ambush did.
    let out = extract(
        "Des jihadistes ont attaqué lundi un convoi près de Kelbo, dans la \
         province du Soum. « Ils ont tiré de partout », a raconté un \
         chauffeur.\n\nLes combats ont duré près de trois heures, selon une \
         source sécuritaire.",
    );
    let clash = event(&out, "armed_clash");
    let places = texts(&out, &clash.location);
    assert!(has(&places, "Kelbo") && has(&places, "Soum"), "{places:?}");
    // So does the exchange of fire a death is told in.
    let out = extract(
        "Des hommes armés ont attaqué dans la nuit le poste de gendarmerie \
         de Kolofata, dans l'Extrême-Nord.\n\nUn gendarme a été tué lors \
         des échanges de tirs, a indiqué une source locale.",
    );
    let clash = event(&out, "armed_clash");
    let places = texts(&out, &clash.location);
    assert!(has(&places, "Kolofata"), "{places:?}");
}

#[test]
fn settlements_attacked_together_are_all_hit() {
    for (text, first, second) in [
        (
            "Des hommes armés ont attaqué les villages de Pogno et de \
             Nadjoundi, dans la préfecture de Kpendjal.",
            "Pogno",
            "Nadjoundi",
        ),
        (
            "Des combattants de l'EIGS ont attaqué les hameaux de Tamalat \
             et d'Inchinanane.",
            "Tamalat",
            "Inchinanane",
        ),
    ] {
        let out = extract(text);
        let attack = event(&out, "attack");
        let hit = texts(&out, &attack.target);
        assert!(has(&hit, first) && has(&hit, second), "{text}: {hit:?}");
    }
}

#[test]
fn foes_chased_are_attacked() {
    let out = extract(
        "Des jihadistes ont attaqué le poste de Boni. Les FAMa ont repoussé \
         l'assaut et poursuivent les assaillants en fuite.",
    );
    let chase = out
        .events
        .iter()
        .find(|e| e.kind == "attack" && e.triggers[0].text == "poursuivent")
        .unwrap_or_else(|| panic!("no pursuit: {:#?}", out.events));
    assert!(has(&texts(&out, &chase.agent), "FAMa"));
    assert!(has(&texts(&out, &chase.target), "assaillants"));
    // The raid chased is not the chase.
    assert!(out.events.iter().any(|e| e.kind == "attack"
        && e.triggers.iter().all(|t| t.text != "poursuivent")));
    // In the passive, chased by troops.
    let out = extract(
        "Les assaillants se sont repliés vers Ouanda Djallé, poursuivis par \
         nos unités.",
    );
    let chase = event(&out, "attack");
    assert_eq!(chase.triggers[0].text, "poursuivis");
    // Fighting that goes on, a road, talks or the law pursued: no attack.
    let out = extract(
        "Les auteurs seront poursuivis conformément à la loi. Le navire \
         poursuit sa route vers Djibouti. Le gouvernement veut poursuivre \
         le dialogue.",
    );
    assert_no_event(&out, "attack");
}

#[test]
fn what_alone_one_aims_at_is_no_blow() {
    let out = extract(
        "Le porte-parole affirme que notre aviation ne vise que les \
         rassemblements de la milice. Le gouvernement assure ne viser que \
         « des criminels armés ».",
    );
    assert_no_event(&out, "attack");
    // Fighters who gather do not protest.
    assert_no_event(&out, "protest");
    // A blow aimed at something is one.
    let out = extract("Des drones ont visé mardi des civils à Kadougli.");
    assert!(!out.events.is_empty());
}

#[test]
fn kin_a_witness_lost_are_the_victims() {
    let out = extract(
        "« Mon voisin a été tué devant sa porte, puis ma cousine a été \
         abattue », raconte une habitante de Kobo.",
    );
    let killing = event(&out, "killing");
    let victims = texts(&out, &killing.target);
    assert!(
        has(&victims, "voisin") && has(&victims, "cousine"),
        "{victims:?}"
    );
    // A neighbouring country is no neighbour.
    let out = extract(
        "Des hommes armés venus du Nigeria voisin ont attaqué le village.",
    );
    assert!(out.entities.iter().all(|e| e.mentions[0].text != "voisin"));
}

#[test]
fn the_body_a_communique_line_names_issues_it() {
    let out = extract(
        "RÉPUBLIQUE TOGOLAISE\n\nMINISTÈRE DE LA SÉCURITÉ ET DE LA \
         PROTECTION CIVILE\n\nCOMMUNIQUÉ DU GOUVERNEMENT\n\nDans la nuit \
         de samedi à dimanche, des hommes armés ont attaqué le village de \
         Pogno, dans la préfecture de Kpendjal.",
    );
    let attack = event(&out, "attack");
    let told_by = texts(&out, &attack.source);
    assert_eq!(told_by, ["GOUVERNEMENT"]);
}

#[test]
fn partners_who_signal_a_deed_tell_of_it() {
    let out = extract(
        "À Arbinda, les partenaires signalent que des hommes armés ont \
         enlevé une quarantaine de femmes.",
    );
    let abduction = event(&out, "abduction");
    assert_eq!(texts(&out, &abduction.source), ["partenaires"]);
}

#[test]
fn a_town_threatened_by_famine_is_no_threat() {
    let out = extract(
        "Kadougli est menacée de famine après des mois de blocus imposé par \
         les FSR.",
    );
    assert_no_event(&out, "threat");
    assert!(out.events.iter().any(|e| e.kind == "siege"));
}

#[test]
fn the_duration_that_measures_a_siege_is_its_time() {
    let out = extract(
        "L'armée a perdu El-Facher fin octobre après dix-huit mois de siège.",
    );
    let siege = event(&out, "siege");
    assert_eq!(texts(&out, &siege.time), ["dix-huit mois"]);
    let capture = event(&out, "capture");
    assert_eq!(texts(&out, &capture.time), ["fin octobre"]);
}

#[test]
fn a_sweep_of_an_unnamed_area_takes_no_town_from_around() {
    let out = extract(
        "L'armée a repoussé lundi une attaque contre le poste de \
         Tondikiwindi, dans le département de Ouallam. Onze terroristes ont \
         été neutralisés. Des opérations de ratissage se poursuivent dans la \
         zone.",
    );
    let sweep = out
        .events
        .iter()
        .find(|e| e.triggers.iter().any(|t| t.text.contains("ratissage")))
        .unwrap_or_else(|| panic!("no sweep: {:#?}", out.events));
    assert!(sweep.location.is_empty(), "{:?}", texts(&out, &sweep.location));
}

#[test]
fn a_deed_a_force_calls_its_own_is_its_doing() {
    let out = extract(
        "FORCES ARMÉES TURQUES\nCommuniqué n° 12\n\n1. Nos forces ont \
         neutralisé 58 terroristes dans la région de Metina.\n2. Notre \
         offensive contre les terroristes se poursuivra avec détermination.",
    );
    let offensive = out
        .events
        .iter()
        .find(|e| e.triggers.iter().any(|t| t.text == "offensive"))
        .unwrap_or_else(|| panic!("no offensive: {:#?}", out.events));
    assert_eq!(texts(&out, &offensive.agent), ["FORCES ARMÉES TURQUES"]);
}

#[test]
fn a_place_told_by_its_distance_does_not_break_the_chain_of_places() {
    let out = extract(
        "Des miliciens ont attaqué mardi le village de Kalingi, à une \
         quinzaine de kilomètres de Minembwe, dans le territoire de Fizi \
         (Sud-Kivu).",
    );
    let e = event(&out, "attack");
    let locs = texts(&out, &e.location);
    assert!(
        has(&locs, "Kalingi") && has(&locs, "Fizi") && has(&locs, "Sud-Kivu"),
        "{e:#?}"
    );
    // The place a distance is measured from is not where it happened.
    assert!(!has(&locs, "Minembwe"), "{e:#?}");
}

#[test]
fn where_a_source_sits_is_not_where_it_happened() {
    let out = extract(
        "« Les combats avec nos soldats ont duré près de quatre heures », a \
         expliqué à l'AFP une source sécuritaire à Ouagadougou.",
    );
    let e = event(&out, "armed_clash");
    assert!(e.location.is_empty(), "{e:#?}");
    // A refuge told after the speaker's place is still where they fled.
    let out = extract(
        "« Ils ont tout brûlé », raconte un enseignant joint par téléphone \
         à Ouahigouya, où il s'est réfugié dimanche.",
    );
    let e = event(&out, "displacement");
    assert!(has(&texts(&out, &e.destination), "Ouahigouya"), "{e:#?}");
}

#[test]
fn talks_told_with_no_party_are_between_the_parties_of_the_deal() {
    let out = extract(
        "Le gouvernement congolais et le M23 ont signé samedi un accord à \
         Doha. Le texte, fruit de plusieurs mois de pourparlers, engage les \
         deux parties à négocier un échange de prisonniers.",
    );
    let talks: Vec<&depeche::Event> =
        out.events.iter().filter(|e| e.kind == "negotiation").collect();
    assert!(!talks.is_empty(), "{:#?}", out.events);
    for e in talks {
        let agents = texts(&out, &e.agent);
        assert!(has(&agents, "M23") && agents.len() == 2, "{e:#?}");
    }
}

#[test]
fn bombs_fired_are_shells_and_bombs_fled_from_are_air_strikes() {
    let out = extract(
        "Les rebelles ont tiré plusieurs bombes sur les sites de déplacés \
         de Lushagala et de Bulengo.",
    );
    let e = event(&out, "shelling");
    let hit = texts(&out, &e.target);
    // Plural site nouns lead to the places hit as the singular does.
    assert!(has(&hit, "Lushagala") && has(&hit, "Bulengo"), "{e:#?}");
    assert_no_event(&out, "bombing");
    let out = extract(
        "Dans la province d'Idleb, les habitants fuient sous les bombes.",
    );
    event(&out, "airstrike");
    assert_no_event(&out, "bombing");
    let out = extract("Une bombe a explosé devant la mosquée de Maiduguri.");
    event(&out, "bombing");
}

#[test]
fn the_goal_of_a_walk_is_no_withdrawal() {
    let out = extract(
        "Fatimata a fui Tanwalbougou et a marché deux jours pour rejoindre \
         Fada N'Gourma.",
    );
    assert_no_event(&out, "withdrawal");
    let e = event(&out, "displacement");
    assert!(has(&texts(&out, &e.destination), "Fada N'Gourma"), "{e:#?}");
}

#[test]
fn places_listed_with_their_articles_are_all_where_it_happened() {
    let out = extract(
        "Des jihadistes ont attaqué mardi des villages dans les régions du \
         Sahel, de l'Est et de la Boucle du Mouhoun.",
    );
    let e = event(&out, "attack");
    let locs = texts(&out, &e.location);
    assert!(
        has(&locs, "Sahel")
            && has(&locs, "Est")
            && has(&locs, "Boucle du Mouhoun"),
        "{e:#?}"
    );
}

#[test]
fn counties_and_local_government_areas_chain_and_homes_do_not() {
    let out = extract(
        "Des bandits ont attaqué mardi le village de Magami, dans la zone de \
         gouvernement local de Gusau, tuant dix personnes.",
    );
    let e = event(&out, "attack");
    let locs = texts(&out, &e.location);
    assert!(has(&locs, "Magami") && has(&locs, "Gusau"), "{e:#?}");
    let out = extract(
        "Des jeunes armés venus du comté d'Akobo mènent des raids contre des \
         villages du comté de Pibor.",
    );
    let e = event(&out, "attack");
    let locs = texts(&out, &e.location);
    assert!(!has(&locs, "Akobo") && has(&locs, "Pibor"), "{e:#?}");
}

#[test]
fn a_dateline_of_two_places_places_no_event() {
    let out = extract(
        "KIEV/MOSCOU, 20 mars (Reuters) - L'Ukraine et la Russie ont procédé \
         mardi à un nouvel échange de prisonniers.",
    );
    let e = event(&out, "release");
    assert!(e.location.is_empty(), "{e:#?}");
}

#[test]
fn a_town_a_distance_is_told_from_is_not_in_apposition() {
    let out = extract(
        "Des combattants d'Al-Chabab ont lancé mardi soir un assaut contre \
         une base de l'armée à Awdheegle, dans la région du Bas-Shabelle, à \
         une soixantaine de kilomètres à l'ouest de Mogadiscio.",
    );
    let e = event(&out, "attack");
    let locs = texts(&out, &e.location);
    assert!(has(&locs, "Awdheegle") && has(&locs, "Bas-Shabelle"), "{e:#?}");
    assert!(!has(&locs, "Mogadiscio"), "{e:#?}");
}

#[test]
fn how_far_people_fled_is_not_where_they_fled_from() {
    let out = extract(
        "Plus de 2 000 personnes ont fui vers Oicha, le chef-lieu du \
         territoire, et certaines ont poursuivi leur route jusqu'à Butembo.",
    );
    let e = event(&out, "displacement");
    assert!(!has(&texts(&out, &e.location), "Butembo"), "{e:#?}");
    let out = extract("Plus de 2 000 personnes ont fui jusqu'à Butembo.");
    let e = event(&out, "displacement");
    assert!(has(&texts(&out, &e.destination), "Butembo"), "{e:#?}");
}

#[test]
fn a_seat_is_no_siege_and_drones_shot_down_are_no_deaths() {
    let out = extract(
        "Le PDK a récupéré un ancien siège occupé par l'armée irakienne.",
    );
    assert_no_event(&out, "siege");
    let out = extract(
        "L'armée soudanaise a affirmé avoir abattu « la plupart » des \
         engins, lancés selon elle par les FSR.",
    );
    assert_no_event(&out, "killing");
    let out = extract("L'armée a abattu trois combattants près de Gao.");
    event(&out, "killing");
}

#[test]
fn the_group_whose_bases_cibles_or_convoys_are_hit_is_the_target() {
    let out = extract(
        "Les insurgés ont lancé une attaque contre les bases arrière du PKK.",
    );
    let e = event(&out, "attack");
    assert!(has(&texts(&out, &e.target), "PKK"), "{e:#?}");
    let out = extract(
        "Des frappes aériennes ont été effectuées contre des cibles de \
         l'organisation terroriste séparatiste PKK dans les régions de \
         Qandil.",
    );
    let e = event(&out, "airstrike");
    assert!(has(&texts(&out, &e.target), "PKK"), "{e:#?}");
    let out = extract(
        "Des hommes armés ont attaqué un convoi de quatre camions du \
         Programme alimentaire mondial (PAM) sur la route Bor-Pibor.",
    );
    let e = event(&out, "attack");
    assert!(
        has(&texts(&out, &e.target), "Programme alimentaire mondial"),
        "{e:#?}"
    );
    let out = extract(
        "Un engin explosif artisanal a sauté au passage d'un véhicule de la \
         Force multinationale mixte près de Mora.",
    );
    let e = event(&out, "bombing");
    assert!(
        has(&texts(&out, &e.target), "Force multinationale mixte"),
        "{e:#?}"
    );
}

#[test]
fn ages_listed_together_count_no_one_and_date_nothing() {
    let out =
        extract("Deux hommes âgés de 54 et 61 ans ont été tués samedi à Gao.");
    let e = event(&out, "killing");
    assert_ne!(e.killed, Some(54), "{e:#?}");
    assert!(!has(&texts(&out, &e.time), "61 ans"), "{e:#?}");
}

#[test]
fn attack_drones_shot_down_were_still_launched_by_someone_else() {
    let out = extract(
        "La défense antiaérienne ukrainienne a abattu 14 des 16 drones \
         d'attaque Shahed lancés par la Russie contre les régions de \
         Kharkiv et de Soumy.",
    );
    let e = event(&out, "airstrike");
    assert!(has(&texts(&out, &e.agent), "Russie"), "{e:#?}");
    assert!(!has(&texts(&out, &e.agent), "défense antiaérienne"), "{e:#?}");
    assert_eq!(e.killed, None, "{e:#?}");
    assert_no_event(&out, "killing");
}

#[test]
fn the_blow_a_killing_was_dealt_in_is_the_killers() {
    let out = extract(
        "Le FLA accuse l'armée d'avoir tué au moins quinze civils lors \
         d'une frappe de drone près de Tessalit.",
    );
    let e = event(&out, "airstrike");
    assert!(has(&texts(&out, &e.agent), "armée"), "{e:#?}");
    assert!(!has(&texts(&out, &e.agent), "FLA"), "{e:#?}");
    assert!(!has(&texts(&out, &e.target), "armée"), "{e:#?}");
    assert!(has(&texts(&out, &e.source), "FLA"), "{e:#?}");
}

#[test]
fn the_town_that_lives_under_a_blockade_is_besieged() {
    let out = extract(
        "Djibo, chef-lieu de la province du Soum, vit sous le blocus du JNIM \
         depuis février 2022.",
    );
    let e = event(&out, "siege");
    assert!(has(&texts(&out, &e.target), "Djibo"), "{e:#?}");
    assert_eq!(
        texts(&out, &e.location).first().map(String::as_str),
        Some("Djibo"),
        "{e:#?}"
    );
}

#[test]
fn where_fire_is_sent_is_hit() {
    let out = extract(
        "Les rebelles ont affirmé avoir tiré des missiles balistiques vers \
         la ville portuaire d'Eilat.",
    );
    let e = event(&out, "shelling");
    assert!(has(&texts(&out, &e.target), "Eilat"), "{e:#?}");
    // Where people flee to is no target.
    let out = extract("Des milliers d'habitants ont fui vers Gao.");
    let e = event(&out, "displacement");
    assert!(!has(&texts(&out, &e.target), "Gao"), "{e:#?}");
}

#[test]
fn a_village_of_a_local_government_area_lies_in_it() {
    let out = extract(
        "Des hommes armés ont attaqué samedi Kanoma, un village de la zone \
         de gouvernement local de Maru, dans l'État de Zamfara.",
    );
    let e = event(&out, "attack");
    let places = texts(&out, &e.location);
    for name in ["Kanoma", "Maru", "Zamfara"] {
        assert!(has(&places, name), "{name}: {e:#?}");
    }
}

#[test]
fn communique_idioms_of_killing_and_of_reprisal() {
    let out = extract(
        "Neuf khawarij, dont leur chef, ont été envoyés en enfer, selon \
         l'armée.",
    );
    let e = event(&out, "killing");
    assert!(has(&texts(&out, &e.target), "Neuf khawarij"), "{e:#?}");
    assert_no_event(&out, "deployment");
    let out = extract(
        "L'armée pakistanaise se réserve le droit de riposter aux attaques \
         du TTP.",
    );
    let e = event(&out, "threat");
    assert!(has(&texts(&out, &e.agent), "armée pakistanaise"), "{e:#?}");
    let out = extract(
        "Les rebelles ont lancé deux drones piégés contre l'aéroport de \
         Jizan.",
    );
    event(&out, "airstrike");
}

#[test]
fn a_missile_that_struck_past_an_aside_is_one_shelling() {
    let out = extract(
        "Un missile, un Iskander-M selon l'armée de l'air ukrainienne, a \
         frappé vers 14h30 un immeuble de Soumy, tuant huit civils.",
    );
    let e = event(&out, "shelling");
    assert_eq!(e.triggers.len(), 2, "{e:#?}");
    assert_no_event(&out, "airstrike");
    // A drone that bombed is an air strike.
    let out = extract("Un drone a bombardé le marché de Kherson.");
    event(&out, "airstrike");
    assert_no_event(&out, "shelling");
}

#[test]
fn a_communique_warns_in_its_issuers_name() {
    let out = extract(
        "MINISTÈRE DE LA DÉFENSE NATIONALE\n\nCOMMUNIQUÉ DE PRESSE\n\nLe \
         13 mai, les Forces armées centrafricaines ont repoussé une attaque \
         des rebelles de la CPC à Kaga-Bandoro. Toute nouvelle attaque fera \
         l'objet d'une riposte vigoureuse.",
    );
    let e = event(&out, "threat");
    assert!(
        has(&texts(&out, &e.agent), "MINISTÈRE DE LA DÉFENSE NATIONALE"),
        "{e:#?}"
    );
    // A release called for names no one who frees.
    let out = extract(
        "Kiev appelle ses partenaires à exiger de Moscou la libération de \
         tous les prisonniers ukrainiens.",
    );
    let e = event(&out, "release");
    assert_eq!(e.modality, "demanded", "{e:#?}");
}

#[test]
fn a_post_placed_in_an_aside_is_still_the_one_attacked() {
    let out = extract(
        "Une position de l'armée tchadienne, située à Barka-Tolorom, a fait \
         l'objet d'une attaque d'envergure de la secte terroriste Boko Haram.",
    );
    let e = event(&out, "attack");
    let targets = texts(&out, &e.target);
    assert!(has(&targets, "position"), "{e:#?}");
    assert!(has(&targets, "armée tchadienne"), "{e:#?}");
    assert!(has(&texts(&out, &e.agent), "Boko Haram"), "{e:#?}");
    let out =
        extract("L'armée a été la cible d'une attaque d'envergure du JNIM.");
    let e = event(&out, "attack");
    assert!(has(&texts(&out, &e.agent), "JNIM"), "{e:#?}");
    assert!(!has(&texts(&out, &e.target), "JNIM"), "{e:#?}");
}

#[test]
fn people_who_act_or_speak_near_an_attack_are_not_its_victims() {
    for text in [
        "Nouvelle attaque des gangs à Kenscoff, les habitants s'organisent.",
        "Après l'attaque des gangs à Kenscoff, les habitants dénoncent \
         l'inaction de la police.",
    ] {
        let out = extract(text);
        let e = event(&out, "attack");
        assert!(!has(&texts(&out, &e.target), "habitants"), "{e:#?}");
    }
    // Those it killed are.
    let out = extract("L'attaque des gangs à Kenscoff a tué cinq habitants.");
    let e = event(&out, "attack");
    assert!(has(&texts(&out, &e.target), "cinq habitants"), "{e:#?}");
}

#[test]
fn a_mention_that_points_back_adds_no_place() {
    let out = extract(
        "Le 3 février, une unité de l'armée a été attaquée près du village \
         de Chatoumane par des terroristes de l'EIGS. Des renforts ont été \
         dépêchés dans la zone, où des opérations de ratissage se \
         poursuivent. Au cours de ces opérations, six suspects ont été \
         interpellés à Gorouol.",
    );
    for e in out.events.iter().filter(|e| e.kind == "attack") {
        assert!(!has(&texts(&out, &e.location), "Gorouol"), "{e:#?}");
    }
    let e = event(&out, "arrest");
    assert!(has(&texts(&out, &e.location), "Gorouol"), "{e:#?}");
}

#[test]
fn the_inverted_speaker_is_read_past_the_day_it_spoke() {
    let out = extract(
        "Des insurgés ont attaqué vendredi la ville de Macomia avant de se \
         retirer, ont indiqué dimanche des responsables locaux.",
    );
    let e = event(&out, "attack");
    assert!(has(&texts(&out, &e.source), "responsables locaux"), "{e:#?}");
}

#[test]
fn a_clash_joined_by_et_ont_has_the_first_verbs_subject_as_a_side() {
    let out = extract(
        "Des insurgés liés à l'État islamique ont attaqué la ville de \
         Macomia, dans la province de Cabo Delgado, dans le nord du \
         Mozambique, et ont affronté pendant plusieurs heures l'armée \
         mozambicaine.",
    );
    let e = event(&out, "armed_clash");
    let sides = texts(&out, &e.agent);
    assert!(has(&sides, "insurgés"), "{e:#?}");
    assert!(has(&sides, "armée mozambicaine"), "{e:#?}");
}

#[test]
fn a_post_of_a_named_force_in_a_named_town_is_struck() {
    let out = extract(
        "Samedi, une position des Forces armées centrafricaines à \
         Kaga-Bandoro a été attaquée par des éléments de la CPC.",
    );
    let e = event(&out, "attack");
    let targets = texts(&out, &e.target);
    assert!(has(&targets, "position"), "{e:#?}");
    assert!(has(&targets, "Forces armées centrafricaines"), "{e:#?}");
}

#[test]
fn places_listed_after_a_located_one_are_located_too() {
    let out = extract(
        "L'armée a renforcé son dispositif autour de Kafolo, Tougbo et \
         Téhini.",
    );
    let e = event(&out, "deployment");
    let places = texts(&out, &e.location);
    for name in ["Kafolo", "Tougbo", "Téhini"] {
        assert!(has(&places, name), "{name}: {e:#?}");
    }
    assert!(e.destination.is_empty(), "{e:#?}");
    // Troops sent to a list are sent to each.
    let out =
        extract("L'armée a déployé des troupes à Kafolo, Tougbo et Téhini.");
    let e = event(&out, "deployment");
    assert_eq!(texts(&out, &e.destination).len(), 3, "{e:#?}");
}

#[test]
fn a_place_before_a_contrast_does_not_place_the_next_clause() {
    let out = extract(
        "L'armée a déployé des renforts autour de Sake, tandis que \
         Washington a appelé à un cessez-le-feu immédiat.",
    );
    let e = event(&out, "ceasefire");
    assert!(e.location.is_empty(), "{e:#?}");
    let e = event(&out, "deployment");
    assert!(has(&texts(&out, &e.location), "Sake"), "{e:#?}");
}

#[test]
fn a_toll_of_neutralised_fighters_told_by_the_blow_is_its_count() {
    for text in [
        "Ces frappes aériennes ont permis de neutraliser une quinzaine de \
         terroristes près de Kidal.",
        "Des frappes de drone avaient « neutralisé une trentaine de \
         terroristes » près de Kidal.",
    ] {
        let out = extract(text);
        assert_no_event(&out, "killing");
        let e = event(&out, "airstrike");
        assert!(e.killed.is_some_and(|k| k >= 15), "{e:#?}");
    }
    // A side that strikes and kills does both.
    let out =
        extract("L'armée a mené des frappes et a neutralisé 15 terroristes.");
    event(&out, "killing");
}

#[test]
fn seats_disasters_exile_and_relentless_fights_are_no_events() {
    for text in [
        "Lashio, siège du commandement du Nord-Est, est tombée aux mains \
         de la MNDAA.",
        "Le séisme de magnitude 7,7 qui a frappé le centre du pays a fait \
         3000 morts.",
        "Les PDF, créées par le gouvernement d'unité nationale (NUG) en \
         exil, combattent l'armée.",
        "Le président a promis une offensive « sans trêve » contre les \
         dissidents.",
    ] {
        let out = extract(text);
        for kind in ["siege", "airstrike", "displacement", "ceasefire"] {
            assert_no_event(&out, kind);
        }
    }
}

#[test]
fn civilians_evacuated_past_a_day_and_a_means_are_displaced() {
    let out = extract(
        "L'armée colombienne a évacué dimanche par hélicoptère quelque 300 \
         civils de la zone de Tibú.",
    );
    assert_no_event(&out, "withdrawal");
    let e = event(&out, "displacement");
    assert!(has(&texts(&out, &e.agent), "quelque 300 civils"), "{e:#?}");
}

#[test]
fn a_gathering_to_demand_something_is_a_protest() {
    let out = extract(
        "Des centaines d'habitants se sont rassemblés sur la place de \
         l'Indépendance, à Kyiv, pour réclamer le retour des prisonniers.",
    );
    let e = event(&out, "protest");
    assert!(has(&texts(&out, &e.location), "Kyiv"), "{e:#?}");
    // A crowd that gathers and asks for nothing is no protest.
    let out = extract("Des centaines d'habitants se sont rassemblés.");
    assert_no_event(&out, "protest");
}

#[test]
fn a_long_passive_subject_with_an_aside_suffered_the_attack() {
    // Counted bodies, a named group's acronym in brackets and an aside
    // before the passive: the counted bodies are the victims, the aside
    // glosses them, and no one of them is the attacker.
    let out = extract(
        "Au moins douze soldats burkinabè et sept Volontaires pour la \
         défense de la patrie (VDP), des supplétifs civils de l'armée, ont \
         été tués dans la nuit de dimanche à lundi dans une attaque contre \
         le camp militaire de Diapaga.",
    );
    let v = event(&out, "attack");
    assert!(v.agent.is_empty(), "{:?}", texts(&out, &v.agent));
    let targets = texts(&out, &v.target);
    assert!(has(&targets, "Au moins douze soldats burkinabè"), "{targets:?}");
    assert!(
        has(&targets, "sept Volontaires pour la défense de la patrie"),
        "{targets:?}"
    );
    assert!(!has(&targets, "VDP"), "{targets:?}");
    assert_eq!(v.killed, Some(19));
    // A named group counted alone gives the toll too.
    let out = extract(
        "Sept Volontaires pour la défense de la patrie ont été tués dans \
         une attaque contre le camp.",
    );
    assert_eq!(event(&out, "attack").killed, Some(7));
}

#[test]
fn those_freed_during_an_operation_are_not_its_targets() {
    let out = extract(
        "Vingt-deux femmes et trois enfants enlevés le 2 avril par des \
         individus armés dans les environs d'Arbinda ont été libérés \
         dimanche au cours d'une opération des forces armées.",
    );
    let v = event(&out, "attack");
    let targets = texts(&out, &v.target);
    assert!(!has(&targets, "Vingt-deux femmes"), "{targets:?}");
}

/// Where assaults or rockets are sent ("en direction de") is where the
/// fighting is; where a withdrawal heads is its destination.
#[test]
fn blows_sent_toward_a_place_are_located_there() {
    let out = extract(
        "L'ennemi a attaqué onze fois en direction d'Ivanopillia et de \
         Chtcherbynivka.",
    );
    let loc = texts(&out, &event(&out, "attack").location);
    assert!(has(&loc, "Ivanopillia"), "{loc:?}");
    assert!(has(&loc, "Chtcherbynivka"), "{loc:?}");
    let out =
        extract("Trois roquettes ont été tirées en direction de Metoula.");
    let loc = texts(&out, &event(&out, "shelling").location);
    assert!(has(&loc, "Metoula"), "{loc:?}");
    let out =
        extract("Les combattants se sont repliés en direction de Tabqa.");
    let e = event(&out, "withdrawal");
    assert!(has(&texts(&out, &e.destination), "Tabqa"), "{e:#?}");
    assert!(e.location.is_empty(), "{e:#?}");
}

/// Wounded told in a sentence of their own after an attack are its
/// targets and its count of wounded; the wounded of a side go to the
/// blow struck at it, not to its own riposte, and a vague number counts
/// none.
#[test]
fn wounded_told_after_an_attack_are_its_own() {
    let out = extract(
        "Des jihadistes ont attaqué lundi une base militaire à Marte. Une \
         dizaine de soldats ont été blessés et évacués vers Maiduguri.",
    );
    let e = event(&out, "attack");
    assert_eq!(e.injured, Some(10), "{:#?}", out.events);
    assert!(has(&texts(&out, &e.target), "dizaine de soldats"), "{e:#?}");
    let out = extract(
        "Des terroristes ont attaqué un poste de l'armée à Konye. La \
         riposte de nos forces a permis de neutraliser cinq assaillants. \
         Deux militaires ont été légèrement blessés.",
    );
    let hit = out
        .events
        .iter()
        .find(|e| has(&texts(&out, &e.target), "Deux militaires"))
        .expect("the wounded are some event's targets");
    assert!(has(&texts(&out, &hit.agent), "terroristes"), "{hit:#?}");
    assert_eq!(hit.injured, Some(2), "{hit:#?}");
    let out = extract(
        "Des jihadistes ont attaqué lundi une base militaire à Marte. Des \
         dizaines de soldats ont été blessés.",
    );
    assert_eq!(event(&out, "attack").injured, None, "{:#?}", out.events);
}

#[test]
fn a_blow_promised_is_a_threat_not_a_deed() {
    for text in [
        "Le ministre de la Défense a promis de « neutraliser » les auteurs \
         de l'embuscade.",
        "Le Premier ministre a promis jeudi d'« éradiquer » les insurgés.",
        "Le gouverneur a promis que les ravisseurs seraient « traqués ».",
    ] {
        let out = extract(text);
        event(&out, "threat");
        assert_no_event(&out, "killing");
    }
    // Those who did the deed are its doers.
    let out = extract(
        "Le ministre a promis de « neutraliser » les auteurs de l'embuscade.",
    );
    let e = event(&out, "threat");
    assert!(has(&texts(&out, &e.target), "auteurs"), "{e:#?}");
    // A release promised is a release to come.
    let out = extract("Les rebelles ont promis de libérer les otages.");
    let e = event(&out, "release");
    assert_eq!(e.modality, "future", "{e:#?}");
    // The authors of a report are no actor.
    let out = extract("Les auteurs du rapport dénoncent la situation.");
    assert!(out.entities.is_empty(), "{:#?}", out.entities);
}

#[test]
fn a_reply_after_a_communique_speaks_for_the_one_who_replies() {
    let text = "COMMUNIQUÉ\n\nL'État-major général des armées informe \
                l'opinion que le poste de Léré a été attaqué mardi par des \
                terroristes.\n\nRÉPONSE DU FRONT DE LIBÉRATION DE L'AZAWAD\n\n\
                Le Front de libération de l'Azawad (FLA) dément. Ce sont les \
                FAMa qui ont attaqué des campements nomades près de Léré.";
    let out = extract(text);
    let last =
        out.events.iter().rfind(|e| e.kind == "attack").expect("attack");
    let fla = out
        .entities
        .iter()
        .find(|e| e.mentions.iter().any(|m| m.text == "FLA"))
        .expect("the FLA");
    assert_eq!(last.source, [fla.id.clone()], "{last:#?}");
}

#[test]
fn the_wounded_counted_beside_the_dead_are_not_killed() {
    let out = extract(
        "Côté ami, le bilan est de quatre militaires tombés au champ \
         d'honneur et cinq (05) blessés, évacués sur Tombouctou.",
    );
    let e = event(&out, "killing");
    let targets = texts(&out, &e.target);
    assert!(
        targets.iter().all(|t| !t.contains("blessés")),
        "{targets:?}: {e:#?}"
    );
}

#[test]
fn who_brokers_a_truce_is_no_party_to_it() {
    let out = extract(
        "Une trêve négociée par des notables de Misrata est entrée en \
         vigueur mercredi.",
    );
    let e = event(&out, "ceasefire");
    assert!(!has(&texts(&out, &e.agent), "notables"), "{e:#?}");
}

#[test]
fn fighting_told_after_a_deed_is_between_its_doer_and_the_side_named() {
    let out = extract(
        "Les forces spéciales Danab ont repris le contrôle de Sabiid lundi \
         après trois jours de combats contre les shebab.",
    );
    let e = event(&out, "armed_clash");
    let agents = texts(&out, &e.agent);
    assert!(
        has(&agents, "shebab") && has(&agents, "forces spéciales Danab"),
        "{e:#?}"
    );
}

#[test]
fn foes_neutralised_in_a_communique_were_killed_by_the_force_named() {
    let out = extract(
        "Les FAMa ont repoussé une attaque terroriste à Léré. Côté ennemi, \
         vingt-deux (22) terroristes neutralisés.",
    );
    let e = event(&out, "killing");
    assert!(has(&texts(&out, &e.agent), "FAMa"), "{e:#?}");
}

#[test]
fn others_counted_after_the_dead_are_the_targets_of_their_own_verb() {
    for (text, kind) in [
        (
            "Deux ravisseurs présumés ont été abattus et trois autres \
             capturés, a annoncé le gouverneur.",
            "arrest",
        ),
        (
            "Quatorze militaires ennemis ont été tués et cinq autres faits \
             prisonniers.",
            "arrest",
        ),
    ] {
        let out = extract(text);
        let e = event(&out, kind);
        let targets = texts(&out, &e.target);
        assert!(
            targets.len() == 1 && targets[0].ends_with("autres"),
            "{text}: {e:#?}"
        );
    }
}

#[test]
fn who_issues_a_communique_letterhead_body_or_dateline() {
    // The letterhead in capitals names a body the gazetteers lack.
    let out = extract(
        "QUARTIER GÉNÉRAL DE LA DÉFENSE — ABUJA\nDirection des opérations \
         médiatiques\n\nCOMMUNIQUÉ\n\n1. Les troupes ont repoussé mardi \
         une attaque de l'ISWAP contre Monguno.",
    );
    let e = event(&out, "attack");
    assert_eq!(
        texts(&out, &e.source),
        ["QUARTIER GÉNÉRAL DE LA DÉFENSE"],
        "{e:#?}"
    );
    // The body that 'informe' in the first sentence speaks, whatever the
    // letterhead says.
    let out = extract(
        "RÉPUBLIQUE DU BÉNIN\nMINISTÈRE DE LA DÉFENSE NATIONALE\n\n\
         COMMUNIQUÉ N° 047\n\nLe Gouvernement informe qu'un détachement \
         des Forces armées béninoises a été attaqué dimanche près de Porga.",
    );
    let e = event(&out, "attack");
    assert_eq!(texts(&out, &e.source), ["Gouvernement"], "{e:#?}");
    // A press release names its issuer after the dateline's dash.
    let out = extract(
        "COMMUNIQUÉ DE PRESSE\n\nSoudan : les civils pris en étau\n\n\
         Paris, le 5 janvier 2027 — Action contre la Faim s'alarme de la \
         situation.\n\nMardi, un drone a frappé le grand marché \
         d'El-Geneina, tuant neuf personnes.",
    );
    let e = event(&out, "airstrike");
    assert_eq!(texts(&out, &e.source), ["Action contre la Faim"], "{e:#?}");
}

#[test]
fn who_claims_a_deed_tells_of_it_past_a_quote_or_a_reflexive() {
    for (text, kind, teller) in [
        (
            "L'armée israélienne a affirmé avoir « neutralisé une cellule \
             terroriste » près de Jénine.",
            "killing",
            "armée israélienne",
        ),
        (
            "L'armée russe a affirmé mercredi s'être emparée du village de \
             Rodynske.",
            "capture",
            "armée russe",
        ),
    ] {
        let out = extract(text);
        let e = event(&out, kind);
        assert!(has(&texts(&out, &e.source), teller), "{text}: {e:#?}");
    }
}

#[test]
fn who_claims_a_toll_struck_in_the_event_named_after_it() {
    for text in [
        "L'armée malienne affirme avoir neutralisé la veille vingt \
         terroristes lors de frappes aériennes près de Yoro.",
        "L'armée malienne a affirmé dans un communiqué avoir « neutralisé \
         une trentaine de terroristes » lors de frappes aériennes près de \
         Baye.",
    ] {
        let out = extract(text);
        let e = event(&out, "airstrike");
        assert!(has(&texts(&out, &e.agent), "armée malienne"), "{e:#?}");
        assert!(!has(&texts(&out, &e.agent), "vingt terroristes"), "{e:#?}");
    }
}

#[test]
fn an_agencys_convoy_is_the_trigger_and_the_agency_its_agent() {
    let out = extract(
        "Un convoi du Programme alimentaire mondial (PAM), escorté par les \
         FAMa, a pu livrer des vivres à Bankass.",
    );
    let e = event(&out, "humanitarian");
    assert_eq!(e.triggers[0].text, "convoi");
    assert!(
        has(&texts(&out, &e.agent), "Programme alimentaire mondial"),
        "{e:#?}"
    );
}

#[test]
fn a_place_at_the_height_of_which_an_event_happens_is_its_location() {
    let out = extract(
        "Une embuscade a été tendue par des terroristes à hauteur de \
         Foutouri, dans la province de la Komondjari.",
    );
    let e = event(&out, "attack");
    assert!(has(&texts(&out, &e.location), "Foutouri"), "{e:#?}");
}

#[test]
fn those_accused_of_a_deed_did_it_not_who_hunts_them() {
    let out = extract(
        "Les militaires recherchaient des combattants séparatistes accusés \
         d’avoir kidnappé, le 14 janvier, le principal d’un collège.",
    );
    let e = event(&out, "abduction");
    assert_eq!(
        texts(&out, &e.agent),
        vec!["combattants séparatistes"],
        "{e:#?}"
    );
}

#[test]
fn every_place_of_a_chain_of_chiefdom_territory_and_province_is_a_location() {
    let out = extract(
        "Au moins 27 civils ont été tués dans une attaque des ADF à Idohu, \
         un village de la chefferie des Walese Vonkutu, dans le territoire \
         d'Irumu, en Ituri.",
    );
    let e = event(&out, "attack");
    let locs = texts(&out, &e.location);
    for name in ["Idohu", "Walese Vonkutu", "Irumu", "Ituri"] {
        assert!(has(&locs, name), "{name}: {locs:?}");
    }
}

#[test]
fn a_pronoun_that_speaks_stands_for_the_subject_before() {
    let out = extract(
        "L'armée israélienne a affirmé avoir visé des terroristes. Elle \
         dément en revanche avoir lancé une incursion terrestre dans le camp \
         de Nousseirat.",
    );
    let e = event_told_by(&out, "incursion");
    assert!(has(&texts(&out, &e.source), "armée israélienne"), "{e:#?}");
}

#[test]
fn the_speaker_after_the_medium_told_is_the_source() {
    let out = extract(
        "Cinq suspects ont été interpellés, a affirmé à l'AFP le \
         porte-parole de l'armée.",
    );
    let e = event(&out, "arrest");
    assert_eq!(texts(&out, &e.source), ["porte-parole"], "{e:#?}");
}

#[test]
fn a_titled_speaker_in_apposition_past_the_medium_told_is_the_source() {
    let out = extract(
        "Au moins 46 personnes ont été tuées, a indiqué à l'AFP le \
         porte-parole de la défense civile, Mahmoud Bassal.",
    );
    let e = event(&out, "killing");
    assert_eq!(texts(&out, &e.source), ["Mahmoud Bassal"], "{e:#?}");
}

#[test]
fn a_place_named_for_likeness_is_not_where() {
    let out = extract(
        "Arbinda, comme Djibo, vit sous le blocus des jihadistes depuis \
         plus de deux ans.",
    );
    let e = event(&out, "siege");
    assert_eq!(texts(&out, &e.location), ["Arbinda"], "{e:#?}");
}

#[test]
fn where_the_displaced_find_refuge_is_their_destination() {
    for (text, place) in [
        ("Des milliers de réfugiés ont trouvé refuge à Birao.", "Birao"),
        ("Des centaines de familles se sont réfugiées au Tchad.", "Tchad"),
    ] {
        let out = extract(text);
        let e = event(&out, "displacement");
        assert_eq!(texts(&out, &e.destination), [place], "{text}: {e:#?}");
        assert!(e.location.is_empty(), "{text}: {e:#?}");
    }
}

#[test]
fn where_aid_is_sent_is_its_destination() {
    for (text, place) in [
        (
            "Un convoi humanitaire de l'ONU est arrivé lundi à Sam Ouandja.",
            "Sam Ouandja",
        ),
        ("L'ONU a acheminé de l'aide humanitaire vers Goma.", "Goma"),
    ] {
        let out = extract(text);
        let e = event(&out, "humanitarian");
        assert_eq!(texts(&out, &e.destination), [place], "{text}: {e:#?}");
    }
    // Aid handed out in a town is there.
    let out = extract("L'aide humanitaire est distribuée à Goma.");
    let e = event(&out, "humanitarian");
    assert_eq!(texts(&out, &e.location), ["Goma"], "{e:#?}");
}

#[test]
fn victims_told_beside_an_attack_were_hit_by_its_doers() {
    // The attack comes after the toll, or before the abduction.
    let out = extract(
        "Onze civils et deux gendarmes ont été tués. Arrivés à bord de \
         pick-up, les assaillants ont ouvert le feu sur le marché.",
    );
    let killing = event(&out, "killing");
    assert_eq!(texts(&out, &killing.agent), ["assaillants"], "{out:#?}");
    let out = extract(
        "Les assaillants ont fait irruption dans le village vers 2h. Une \
         dizaine d'habitants ont été enlevés.",
    );
    let abduction = event(&out, "abduction");
    assert_eq!(texts(&out, &abduction.agent), ["assaillants"], "{out:#?}");
    // A new paragraph tells of something else.
    let out = extract(
        "Onze civils ont été tués.\n\nLes assaillants ont ouvert le feu \
         sur le marché.",
    );
    assert!(event(&out, "killing").agent.is_empty(), "{out:#?}");
}

#[test]
fn a_span_of_hours_times_the_fighting_only() {
    let out = extract(
        "Dans la nuit de samedi à dimanche, des combattants ont attaqué un \
         camp militaire. Les affrontements ont duré plusieurs heures. Au \
         moins six soldats auraient été tués. Quelques heures plus tard, \
         une frappe a visé le village.",
    );
    let times = |kind: &str| texts(&out, &event(&out, kind).time);
    assert_eq!(times("armed_clash"), ["plusieurs heures"], "{out:#?}");
    assert!(!has(&times("killing"), "plusieurs heures"), "{out:#?}");
    // Counted from another moment, hours date the strike.
    assert_eq!(times("airstrike"), ["Quelques heures"], "{out:#?}");
}

#[test]
fn a_side_named_through_its_fighters_clashes() {
    let out = extract(
        "Dans le Haut-Mbomou, les affrontements entre la milice Azande Ani \
         Kpi Gbe et des éléments de l'UPC ont fait au moins un mort.",
    );
    let agents = texts(&out, &event(&out, "armed_clash").agent);
    assert!(has(&agents, "UPC"), "{agents:?}");
    assert!(has(&agents, "Azande Ani Kpi Gbe"), "{agents:?}");
}

#[test]
fn long_names_of_the_sides_do_not_cut_the_list_short() {
    let out = extract(
        "Des accrochages ont opposé les insurgés aux soldats des Forces \
         armées de défense du Mozambique (FADM) et à des troupes rwandaises \
         stationnées dans la région.",
    );
    let agents = texts(&out, &event(&out, "armed_clash").agent);
    for side in ["insurgés", "troupes rwandaises"] {
        assert!(has(&agents, side), "{side}: {agents:?}");
    }
}

#[test]
fn an_attack_held_off_is_no_clash_of_its_own_but_gives_the_sides() {
    let out = extract(
        "Les Volontaires pour la défense de la patrie (VDP) ont repoussé \
         mardi une attaque du JNIM contre Titao. Selon l'agence publique, \
         les affrontements ont duré jusqu'en milieu de journée.",
    );
    let clashes: Vec<&Event> =
        out.events.iter().filter(|e| e.kind == "armed_clash").collect();
    assert_eq!(clashes.len(), 1, "{clashes:#?}");
    assert_eq!(clashes[0].triggers[0].text, "affrontements");
    let sides = texts(&out, &clashes[0].agent);
    for side in ["JNIM", "Volontaires pour la défense de la patrie"] {
        assert!(has(&sides, side), "{side}: {sides:?}");
    }
    let attack = event(&out, "attack");
    assert!(has(&texts(&out, &attack.agent), "JNIM"), "{attack:#?}");
}

#[test]
fn a_side_held_off_beside_fighting_is_that_fighting() {
    let out = extract(
        "Au terme de quatre heures de combats intenses, les soldats de la \
         SSPDF ont repoussé les rebelles de l'Armée blanche.",
    );
    let clashes: Vec<&Event> =
        out.events.iter().filter(|e| e.kind == "armed_clash").collect();
    assert_eq!(clashes.len(), 1, "{clashes:#?}");
    assert_eq!(clashes[0].triggers[0].text, "combats");
    let sides = texts(&out, &clashes[0].agent);
    for side in ["SSPDF", "rebelles"] {
        assert!(has(&sides, side), "{side}: {sides:?}");
    }
    // With no noun of fighting near, the verb tells the clash.
    let out = extract(
        "Les troupes ont repoussé les terroristes avec l'appui de \
         l'aviation.",
    );
    assert!(event(&out, "armed_clash").triggers[0]
        .text
        .starts_with("repouss"));
    // An assault held off is told by its noun.
    let out = extract(
        "L'état-major évoque une « attaque terroriste repoussée avec \
         vigueur » près de Djibo.",
    );
    event(&out, "attack");
    assert_no_event(&out, "armed_clash");
}

#[test]
fn a_school_broken_into_is_where_the_pupils_were_taken() {
    let out = extract(
        "Des hommes armés ont fait irruption dimanche dans un lycée public \
         de Kaura Namoda, dans l'État de Zamfara, et ont enlevé au moins 42 \
         élèves.",
    );
    let e = event(&out, "abduction");
    let places = texts(&out, &e.location);
    for p in ["lycée public", "Kaura Namoda", "Zamfara"] {
        assert!(has(&places, p), "{p}: {places:?}");
    }
}

#[test]
fn the_country_invaded_is_target_and_place() {
    let out = extract(
        "La Russie a lancé son invasion de l'Ukraine le 24 février 2022.",
    );
    let e = event(&out, "attack");
    assert_eq!(e.triggers[0].text, "invasion");
    assert_eq!(texts(&out, &e.target), ["Ukraine"]);
    assert_eq!(texts(&out, &e.location), ["Ukraine"]);
    assert!(has(&texts(&out, &e.agent), "Russie"), "{e:#?}");
    // Named as a point in time, it takes nothing from its sentence.
    let out = extract(
        "À Pokrovsk, l'armée russe piétine, trois ans après le début de \
         l'invasion.",
    );
    let e = out
        .events
        .iter()
        .find(|e| e.triggers[0].text == "invasion")
        .expect("an invasion");
    assert!(e.location.is_empty() && e.agent.is_empty(), "{e:#?}");
}

#[test]
fn an_exchange_of_prisoners_of_war_is_no_fighting() {
    let out = extract(
        "Kiev et Moscou ont procédé mardi à un échange de prisonniers de \
         guerre.",
    );
    event(&out, "release");
    assert_no_event(&out, "armed_clash");
}

#[test]
fn the_force_whose_weapon_strikes_is_the_agent() {
    for (text, force) in [
        (
            "Mardi, des frappes aériennes menées par des avions Alpha Jet de \
             la NAF ont détruit un camp à Ngoshe.",
            "NAF",
        ),
        (
            "Une frappe aérienne menée par un drone des FAN a détruit un \
             regroupement de terroristes.",
            "FAN",
        ),
    ] {
        let out = extract(text);
        let e = event(&out, "airstrike");
        assert!(has(&texts(&out, &e.agent), force), "{text}: {e:#?}");
    }
}

#[test]
fn drones_launched_past_the_night_they_flew_are_a_strike() {
    let out = extract(
        "La Russie a lancé dans la nuit de samedi à dimanche 267 drones \
         contre l'Ukraine.",
    );
    let e = event(&out, "airstrike");
    assert!(e.triggers[0].text.ends_with("drones"), "{e:#?}");
    assert!(has(&texts(&out, &e.agent), "Russie"), "{e:#?}");
}

#[test]
fn people_still_held_and_offices_are_no_events() {
    for text in [
        "Le HCR appelle à libérer sans condition tous les civils encore \
         détenus dans le nord-est du pays.",
        "Le Hezbollah réclame la libération d'une dizaine d'autres détenus.",
    ] {
        assert_no_event(&extract(text), "arrest");
    }
    let out = extract(
        "Plus de quarante citoyens géorgiens ont été détenus le long de la \
         ligne d'occupation.",
    );
    event(&out, "arrest");
    for text in [
        "MINISTÈRE DES ARMÉES, DES ANCIENS COMBATTANTS ET DES VICTIMES DE \
         GUERRE",
        "Ali Darassa, un chef de guerre peul, a fondé l'UPC.",
    ] {
        assert_no_event(&extract(text), "armed_clash");
    }
    assert_no_event(
        &extract("Direction des opérations médiatiques de la défense, Abuja."),
        "attack",
    );
}

#[test]
fn munitions_named_with_their_owner_and_joined_on_are_strikes() {
    let out = extract(
        "Des drones de l'armée turque ont frappé lundi soir des positions du \
         PKK près de Souleimaniya.",
    );
    let e = event(&out, "airstrike");
    assert!(e.triggers.iter().any(|t| t.text == "drones"), "{e:#?}");
    let out = extract(
        "Depuis deux ans, les Houthis ont tiré des centaines de missiles et \
         de drones vers Israël.",
    );
    event(&out, "shelling");
    let e = event(&out, "airstrike");
    assert_eq!(e.triggers[0].text, "drones");
}

#[test]
fn the_country_a_strike_is_fired_at_is_its_target() {
    let out = extract(
        "La Russie a lancé dans la nuit de samedi à dimanche 267 drones \
         contre l'Ukraine.",
    );
    let e = event(&out, "airstrike");
    assert!(has(&texts(&out, &e.target), "Ukraine"), "{e:#?}");
    assert!(has(&texts(&out, &e.location), "Ukraine"), "{e:#?}");
}

#[test]
fn a_promise_to_keep_attacking_is_a_threat() {
    for text in [
        "Les Houthis ont promis de poursuivre leurs attaques contre Israël.",
        "Les terroristes ont promis de s'en prendre aux villages collaborant \
         avec l'armée.",
    ] {
        let out = extract(text);
        let e = event(&out, "threat");
        assert!(e.triggers[0].text.starts_with("promis"), "{text}: {e:#?}");
    }
    assert_no_event(
        &extract("Le gouverneur a promis de prendre des mesures."),
        "threat",
    );
}

#[test]
fn soldiers_who_embraced_martyrdom_were_killed() {
    let out = extract(
        "Trois soldats ont embrassé le martyre lors de l'échange de tirs à \
         Datta Khel.",
    );
    let e = event(&out, "killing");
    assert!(has(&texts(&out, &e.target), "Trois soldats"), "{e:#?}");
    assert!(e.agent.is_empty(), "{e:#?}");
    for text in [
        "La ligne de cessez-le-feu a été redessinée en 1972.",
        "Quatre enfants figurent parmi les morts.",
    ] {
        let out = extract(text);
        assert!(
            out.events
                .iter()
                .all(|e| e.kind != "ceasefire" && e.kind != "killing"),
            "{text}: {:#?}",
            out.events
        );
    }
}

#[test]
fn going_somewhere_is_no_surrender() {
    assert_no_event(
        &extract("Le maréchal Syed Asim Munir s'est rendu jeudi à Peshawar."),
        "surrender",
    );
    event(
        &extract("Neuf combattants se sont rendus avec leurs armes."),
        "surrender",
    );
}

#[test]
fn troops_sent_into_a_division_and_fighters_heading_for_a_border() {
    let out = extract(
        "Le gouvernement prévoit de déployer deux nouveaux bataillons dans la \
         province du Soum.\n\nL'ennemi, en déroute, s'est replié en \
         direction de la frontière malienne.",
    );
    let dest = |kind: &str| texts(&out, &event(&out, kind).destination);
    assert_eq!(dest("deployment"), vec!["Soum"]);
    assert_eq!(dest("withdrawal"), vec!["frontière malienne"]);
}

#[test]
fn where_a_flight_reaches_is_its_destination() {
    let out = extract(
        "Des centaines d'habitants ont fui Monguno pour rejoindre le camp de \
         Bakassi. Des dizaines de familles ont quitté Wadajir pour le \
         district de Kahda.",
    );
    let mut dests: Vec<String> = out
        .events
        .iter()
        .filter(|e| e.kind == "displacement")
        .flat_map(|e| texts(&out, &e.destination))
        .collect();
    dests.sort();
    assert_eq!(dests, vec!["Bakassi", "Kahda"], "{:#?}", out.events);
}

#[test]
fn the_accused_did_the_deed_after_d_avoir() {
    let out = extract(
        "Le ministère de l'Intérieur a accusé des « groupes hors-la-loi » \
         d'avoir attaqué ses positions à Soueïda. Des ONG accusent les \
         paramilitaires et des soldats centrafricains d'avoir exécuté une \
         dizaine de civils près de Bossangoa.",
    );
    let attack = event(&out, "attack");
    assert_eq!(texts(&out, &attack.agent), vec!["groupes hors-la-loi"]);
    assert_eq!(texts(&out, &attack.source), vec!["ministère de l'Intérieur"]);
    // An agent named after the accused stays an agent.
    let killing = event(&out, "killing");
    assert!(
        texts(&out, &killing.agent).iter().any(|t| t.contains("soldats")),
        "{killing:#?}"
    );
}

#[test]
fn a_claim_in_the_next_paragraph_owns_up_to_the_strikes_and_a_denial_does_not()
{
    let out = extract(
        "L'armée israélienne a mené lundi des frappes aériennes contre le \
         port de Hodeïda, en riposte à un tir de missile des Houthis.\n\n\
         Au moins quatre personnes ont été tuées à Hodeïda.\n\n\
         Dans un communiqué, Tsahal a affirmé avoir visé « des \
         infrastructures du régime ».",
    );
    let strike = event(&out, "airstrike");
    assert!(
        strike.triggers.iter().any(|t| t.text == "visé"),
        "{:#?}",
        out.events
    );
    assert_no_event(&out, "attack");
    // The denial is an event of its own, negated: after a strike from
    // the air, the state denies an air strike.
    let out = extract(
        "Une frappe de drone a tué six civils à Tinzaouatène. L'armée \
         malienne dément avoir visé des civils.",
    );
    let denied = out
        .events
        .iter()
        .find(|e| e.kind == "airstrike" && e.polarity == "negated");
    assert!(denied.is_some(), "{:#?}", out.events);
    assert_eq!(
        out.events.iter().filter(|e| e.kind == "airstrike").count(),
        2,
        "{:#?}",
        out.events
    );
}

#[test]
fn a_count_of_times_retakes_nothing() {
    let out = extract(
        "Des avions de combat ont visé à quatre reprises les hauteurs de \
         Janta, tuant deux combattants.",
    );
    assert_no_event(&out, "capture");
}

#[test]
fn striking_back_and_then_fighting_is_a_clash() {
    let out = extract(
        "Des individus armés ont attaqué le poste de Sanloaga. Nos hommes ont \
         riposté avec vigueur. Au cours des accrochages, qui ont duré environ \
         une heure, six assaillants ont été neutralisés.",
    );
    let clash = event(&out, "armed_clash");
    assert!(
        clash.triggers.iter().any(|t| t.text == "riposté"),
        "{:#?}",
        out.events
    );
    // Striking back with no fight told stays an attack.
    let out = extract(
        "Des assaillants ont attaqué la position. Les soldats de la paix ont \
         riposté et les assaillants se sont repliés.",
    );
    assert_no_event(&out, "armed_clash");
}

#[test]
fn a_death_only_reported_during_a_fight_is_told_apart() {
    let out = extract(
        "Des combats ont opposé l'armée aux rebelles près de Bosso. Un \
         commandant rebelle aurait été tué lors des affrontements.",
    );
    let killing = event(&out, "killing");
    assert_eq!(killing.modality, "hypothetical", "{:#?}", out.events);
    // The fight itself is told as sure.
    assert!(
        out.events
            .iter()
            .filter(|e| e.kind == "armed_clash")
            .all(|e| e.modality == "asserted"),
        "{:#?}",
        out.events
    );
    // A strike's own toll stays the strike's.
    let out = extract(
        "Une frappe de drone près de Tinzaouatène aurait tué au moins sept \
         civils.",
    );
    assert_no_event(&out, "killing");
}

#[test]
fn a_denied_death_is_told_apart_from_the_strikes_owned_up_to() {
    let out = extract(
        "L'armée a mené lundi des frappes de drones près de Tinzaouatène. \
         L'état-major dément formellement avoir tué des civils lors des \
         frappes de Tinzaouatène.",
    );
    let killing = event(&out, "killing");
    assert_eq!(killing.polarity, "negated", "{:#?}", out.events);
    assert!(
        out.events
            .iter()
            .filter(|e| e.kind == "airstrike")
            .all(|e| e.polarity == "affirmative"),
        "{:#?}",
        out.events
    );
}

#[test]
fn the_raids_told_again_after_strikes_are_the_strikes() {
    let out = extract(
        "Des frappes pakistanaises ont touché dans la nuit les provinces de \
         Khost et de Paktika.\n\nLes raids ont détruit plusieurs maisons, \
         selon les autorités talibanes.",
    );
    assert_no_event(&out, "attack");
    let strikes: Vec<_> =
        out.events.iter().filter(|e| e.kind == "airstrike").collect();
    assert!(
        strikes.iter().any(|e| e.triggers.iter().any(|t| t.text == "raids")),
        "{:#?}",
        out.events
    );
}

#[test]
fn a_column_of_counted_fighters_is_the_subject() {
    let out = extract(
        "Une colonne d'une soixantaine de terroristes de l'ISWAP, venue du \
         territoire nigérian, a lancé une attaque contre le poste militaire \
         de Mozogo.",
    );
    let attack = event(&out, "attack");
    let agents = texts(&out, &attack.agent);
    assert!(has(&agents, "ISWAP"), "{attack:#?}");
}

#[test]
fn fighters_named_by_their_group_are_one_mention_and_the_subject() {
    let out = extract(
        "Dans la nuit de samedi à dimanche, des combattants Fano avaient \
         attaqué un camp militaire à Bahir Dar.",
    );
    let attack = event(&out, "attack");
    assert_eq!(texts(&out, &attack.agent), vec!["combattants Fano"]);
}

#[test]
fn the_hostages_named_in_the_trigger_are_its_target() {
    let out = extract("Le Hamas réclame la libération des otages.");
    let release = event(&out, "release");
    assert_eq!(texts(&out, &release.target), vec!["otages"], "{release:#?}");
}

#[test]
fn townspeople_who_protest_protest_in_their_town() {
    let out = extract(
        "Des habitants de Chaqra ont manifesté samedi contre le passage \
         d'une patrouille de la Finul.",
    );
    let protest = event(&out, "protest");
    assert_eq!(texts(&out, &protest.location), vec!["Chaqra"], "{protest:#?}");
}

#[test]
fn the_force_that_flies_a_craft_does_its_deed() {
    let out = extract(
        "Vers 1h du matin, un appareil de l'armée de l'air a frappé une \
         colonne de jihadistes près de Ménaka.",
    );
    let e = event(&out, "airstrike");
    assert!(has(&texts(&out, &e.agent), "armée de l'air"), "{e:#?}");
    let out = extract(
        "Les avions F-16 de l'armée de l'air irakienne ont mené mercredi \
         deux frappes aériennes contre un repaire de Daech.",
    );
    let e = event(&out, "airstrike");
    let agents = texts(&out, &e.agent);
    assert!(has(&agents, "armée de l'air irakienne"), "{e:#?}");
    let out = extract(
        "Une frappe menée par un drone des FAMa a détruit un véhicule \
         près de Kidal.",
    );
    let e = event(&out, "airstrike");
    assert!(has(&texts(&out, &e.agent), "FAMa"), "{e:#?}");
}

#[test]
fn people_freed_before_a_place_named_further_on_are_released() {
    let out = extract("Les soldats libérés sont des défenseurs de Marioupol.");
    assert_no_event(&out, "capture");
    event(&out, "release");
    // Land freed is taken.
    let out = extract("L'armée a annoncé la libération de la ville de Kidal.");
    event(&out, "capture");
}

#[test]
fn people_hanged_are_killed() {
    let out = extract(
        "Trois hommes accusés d'espionnage ont été pendus mardi à l'aube à \
         la prison d'Ourmia.",
    );
    let e = event(&out, "killing");
    assert!(has(&texts(&out, &e.target), "Trois hommes"), "{e:#?}");
    // "pendant" is a preposition, no form of the verb.
    assert_no_event(
        &extract("Des combats ont eu lieu pendant la nuit."),
        "killing",
    );
}

#[test]
fn our_troops_in_a_communique_are_a_target() {
    let out = extract(
        "L'ennemi a mené une attaque contre nos troupes près de Pokrovsk.",
    );
    let e = event(&out, "attack");
    assert!(has(&texts(&out, &e.target), "troupes"), "{e:#?}");
    let out = extract(
        "L'ennemi a lancé 412 drones kamikazes contre les positions de nos \
         troupes près de Pokrovsk.",
    );
    let e = event(&out, "airstrike");
    assert!(has(&texts(&out, &e.target), "troupes"), "{e:#?}");
}

#[test]
fn those_taken_up_by_an_object_pronoun_are_the_target() {
    let out = extract(
        "Des hommes armés ont enlevé deux soldats à un point de contrôle, \
         avant de les relâcher.",
    );
    let e = event(&out, "release");
    assert!(has(&texts(&out, &e.agent), "hommes armés"), "{e:#?}");
    assert!(has(&texts(&out, &e.target), "deux soldats"), "{e:#?}");
    assert!(!has(&texts(&out, &e.agent), "deux soldats"), "{e:#?}");
}

#[test]
fn a_town_that_falls_is_taken_and_what_falls_on_it_is_not() {
    let out = extract(
        "Après Goma fin janvier, Bukavu est à son tour tombée. Selon \
         l'armée, la ville de Walikale n'est pas tombée.",
    );
    let taken: Vec<&Event> =
        out.events.iter().filter(|e| e.kind == "capture").collect();
    assert_eq!(taken.len(), 2, "{taken:#?}");
    assert!(has(&texts(&out, &taken[0].location), "Bukavu"), "{taken:#?}");
    assert_eq!(taken[1].polarity, "negated", "{taken:#?}");
    for text in [
        "Des obus tirés depuis Goma sont tombés sur Gisenyi.",
        "Des roquettes sont tombées sur des immeubles de Tripoli.",
        "Les commerces ferment dès la tombée de la nuit à Culiacán.",
    ] {
        assert_no_event(&extract(text), "capture");
    }
}

#[test]
fn giving_oneself_up_to_a_force_is_a_surrender_and_a_visit_is_not() {
    let out = extract(
        "Plusieurs centaines de militaires congolais s'étaient rendus à la \
         Monusco, qui les a désarmés.",
    );
    let e = event(&out, "surrender");
    assert!(has(&texts(&out, &e.target), "Monusco"), "{e:#?}");
    for text in [
        "Le général s'est rendu à la Monusco pour une réunion.",
        "Le chef de l'armée s'est rendu jeudi à Peshawar.",
    ] {
        assert_no_event(&extract(text), "surrender");
    }
}

#[test]
fn figures_put_forward_and_sanctions_aimed_at_someone_are_no_events() {
    let out = extract(
        "L'armée a repoussé l'attaque à Djibo, sans avancer de chiffre. \
         L'ancien policier, visé par des sanctions de l'ONU depuis 2022, \
         dirige le gang. À Goma, la vie reprend timidement.",
    );
    for kind in ["deployment", "capture"] {
        assert_no_event(&out, kind);
    }
    let attacks: Vec<&Event> =
        out.events.iter().filter(|e| e.kind == "attack").collect();
    assert_eq!(attacks.len(), 1, "{attacks:#?}");
}

#[test]
fn those_ordered_to_act_do_it_and_who_orders_tells_of_it() {
    let out = extract(
        "Vladimir Poutine a ordonné à l'armée de « déloger l'ennemi » du \
         territoire russe.",
    );
    let e = event(&out, "attack");
    assert_eq!(e.modality, "demanded", "{e:#?}");
    assert!(has(&texts(&out, &e.agent), "armée"), "{e:#?}");
    assert!(has(&texts(&out, &e.source), "Vladimir Poutine"), "{e:#?}");
    // Nor does who orders do a deed named further on.
    let out = extract(
        "Le président a ordonné aux forces de sécurité de traquer les \
         auteurs du massacre de Yelwata.",
    );
    let e = event(&out, "killing");
    assert!(!has(&texts(&out, &e.agent), "président"), "{e:#?}");
    let e = event(&out, "attack");
    assert!(has(&texts(&out, &e.agent), "forces de sécurité"), "{e:#?}");
}

#[test]
fn a_report_named_after_a_dash_or_colon_and_an_armed_groups_statement_speak_for_their_issuer(
) {
    for (text, issuer) in [
        (
            "Bureau de la coordination des affaires humanitaires (OCHA)\n\
             Syrie : escalade des hostilités – Note d’information n° 2\n\n\
             Les frappes aériennes se poursuivent sur Idleb.",
            "Bureau de la coordination des affaires humanitaires",
        ),
        (
            "NATIONS UNIES – BUREAU DE LA COORDINATION DES AFFAIRES \
             HUMANITAIRES (OCHA)\nUKRAINE : Note d’information humanitaire \
             n° 14\n\nDes frappes de drones ont touché Odessa.",
            "BUREAU DE LA COORDINATION DES AFFAIRES HUMANITAIRES",
        ),
        (
            "FORCES DÉMOCRATIQUES SYRIENNES\nCentre de presse\n\n\
             Déclaration à l'opinion publique\n\nLes factions pro-turques ont \
             attaqué le barrage de Tichrine.",
            "FORCES DÉMOCRATIQUES SYRIENNES",
        ),
    ] {
        let out = extract(text);
        let ev = out.events.first().unwrap_or_else(|| panic!("{text}"));
        assert!(has(&texts(&out, &ev.source), issuer), "{text}: {out:#?}");
    }
}

#[test]
fn where_fire_comes_from_is_not_where_it_falls() {
    let out = extract(
        "Les assaillants ont été appuyés par des tirs d'artillerie venus du \
         territoire turc.",
    );
    let ev = event(&out, "shelling");
    assert!(ev.location.is_empty(), "{out:#?}");
}

#[test]
fn allies_listed_together_share_the_role() {
    for (text, kind, role, names) in [
        (
            "Le village a été attaqué mardi par les shebab et l'État \
             islamique.",
            "attack",
            "agent",
            &["shebab", "État islamique"][..],
        ),
        (
            "Une opération conjointe menée par l'Unité départementale de \
             maintien d'ordre (UDMO), la BOID et la police a permis de \
             libérer six otages à Gao.",
            "attack",
            "agent",
            &["Unité départementale de maintien d'ordre", "BOID", "police"][..],
        ),
        (
            "L'armée a attaqué les positions du JNIM et de l'EIGS près de \
             Ménaka.",
            "attack",
            "target",
            &["JNIM", "EIGS"][..],
        ),
    ] {
        let out = extract(text);
        let ev = event(&out, kind);
        let got =
            texts(&out, if role == "agent" { &ev.agent } else { &ev.target });
        for n in names {
            assert!(has(&got, n), "{text}: {role} {got:?}");
        }
    }
    // The two sides of a fight are no allies.
    let out = extract(
        "Les combats entre l'armée et les FSR ont fait dix morts à Khartoum. \
         L'armée a bombardé des positions à Omdurman.",
    );
    let strike = event_told_by(&out, "bombardé");
    assert!(!has(&texts(&out, &strike.agent), "FSR"), "{strike:#?}");
}

#[test]
fn fighters_who_flee_withdraw_and_freed_towns_are_captured() {
    let out = extract(
        "L'armée a repris Wad Madani aux FSR. Les résidus de la milice \
         fuient en désordre vers l'ouest, en direction de Khartoum.",
    );
    let w = event(&out, "withdrawal");
    assert!(has(&texts(&out, &w.agent), "FSR"), "{w:#?}");
    let out = extract(
        "L'armée et ses alliés ont libéré ce samedi 11 janvier 2025 la ville \
         de Wad Madani.",
    );
    let c = event(&out, "capture");
    assert!(has(&texts(&out, &c.location), "Wad Madani"), "{c:#?}");
    assert_no_event(&out, "release");
    // People freed are released.
    let out = extract("Le Hamas a libéré trois otages israéliens à Gaza.");
    event(&out, "release");
}

#[test]
fn a_trip_made_in_haste_is_no_surrender() {
    for text in [
        "Le président de la Commission, Moussa Faki Mahamat, doit se rendre \
         « au plus vite » à Khartoum.",
        "Le ministre s'est rendu lui-même au Qatar.",
    ] {
        let out = extract(text);
        assert_no_event(&out, "surrender");
    }
}

#[test]
fn fighting_told_bare_is_between_the_forces_its_sentence_names() {
    let out = extract(
        "L’armée syrienne et le Hezbollah, son allié, ont annoncé dimanche un \
         cessez-le-feu dans la région de Qalamoun, suite à la capitulation \
         de Daech à l’issue de violents combats.",
    );
    let c = event(&out, "armed_clash");
    let agents = texts(&out, &c.agent);
    for side in ["armée syrienne", "Hezbollah", "Daech"] {
        assert!(has(&agents, side), "{agents:?}");
    }
    // One side alone names no fight's parties.
    let out = extract(
        "L'armée malienne a annoncé mardi la fin de violents combats près \
         de Gao.",
    );
    let c = event(&out, "armed_clash");
    assert!(c.agent.len() <= 1, "{:?}", texts(&out, &c.agent));
}

#[test]
fn a_town_taken_past_an_aside_and_staff_evacuated() {
    let out = extract(
        "Les rebelles ont pris, au terme de violents combats, la ville \
         d’Awasse.",
    );
    let c = event(&out, "capture");
    assert!(has(&texts(&out, &c.location), "Awasse"), "{c:#?}");
    let out = extract(
        "Des soldats américains ont été déployés à l'aéroport de Kaboul pour \
         aider à évacuer une partie du personnel de l'ambassade.",
    );
    let e = event_told_by(&out, "évacuer");
    assert_eq!(e.kind, "displacement");
}

#[test]
fn a_rapid_update_speaks_for_the_office_that_issues_it() {
    let out = extract(
        "SOUDAN : Attaques contre le camp de Zamzam\nMise à jour rapide n° 2 \
         | 16 avril 2025\nBureau de la coordination des affaires \
         humanitaires (OCHA)\n\nPOINTS CLÉS\n• Entre le 11 et le 13 avril, \
         des attaques des Forces de soutien rapide (FSR) contre le camp de \
         Zamzam ont fait au moins 400 morts.",
    );
    let a = event(&out, "attack");
    let sources = texts(&out, &a.source);
    assert!(
        sources
            .iter()
            .any(|s| s.contains("coordination des affaires humanitaires")),
        "{sources:?}"
    );
}

#[test]
fn a_town_retaken_after_attacks_repelled_is_a_capture() {
    let out = extract(
        "Les forces gouvernementales ont repoussé plusieurs attaques et \
         repris la localité d’al-Machjah.",
    );
    let c = event(&out, "capture");
    assert!(has(&texts(&out, &c.location), "al-Machjah"), "{c:#?}");
    // Fighting that resumes is no capture.
    let out = extract("Les combats ont repris lundi à Goma après une trêve.");
    assert_no_event(&out, "capture");
}

#[test]
fn a_reprise_of_something_other_than_ground_is_no_capture() {
    for text in [
        "Les Houthis avaient annoncé le 11 mars la reprise de leurs attaques \
         contre les navires israéliens en mer Rouge.",
        "Le Conseil de sécurité appelle à la reprise du processus politique \
         au Yémen.",
        "Les frappes ont touché à au moins dix reprises le marché de Douma.",
    ] {
        assert_no_event(&extract(text), "capture");
    }
    let out = extract(
        "Après la reprise de Mossoul par l'armée irakienne, les déplacés \
         rentrent.",
    );
    assert_eq!(
        texts(&out, &event(&out, "capture").agent),
        ["armée irakienne"]
    );
}

#[test]
fn houses_burnt_in_a_war_story_are_an_attack() {
    let out = extract(
        "Les gangs ont tué trois policiers lundi à Kenscoff, puis des combats \
         ont éclaté près du commissariat. Plusieurs dizaines de maisons ont \
         été incendiées dans la nuit à Fermathe.",
    );
    let burnt = event(&out, "attack");
    assert_eq!(burnt.triggers[0].text, "incendiées");
    assert_eq!(texts(&out, &burnt.location), ["Fermathe"]);
    // Outside such a story, a burnt car is no attack.
    assert_no_event(
        &extract("La voiture du maire a été incendiée à Lyon."),
        "attack",
    );
}

#[test]
fn displaced_people_given_aid_are_no_new_displacement() {
    for text in [
        "Médecins sans frontières apporte une aide médicale d'urgence aux \
         déplacés à Ocua, dans la province de Cabo Delgado.",
        "Le PAM a distribué des kits d'urgence à 1 300 familles déplacées à \
         Bajil et à Zabid.",
        "Sur la route de Tawila, les déplacés interrogés par les équipes \
         humanitaires décrivent des violences.",
    ] {
        assert_no_event(&extract(text), "displacement");
    }
    let out = extract(
        "Plus de 3 000 déplacés sont arrivés à Ocua depuis lundi, fuyant les \
         attaques des insurgés.",
    );
    event(&out, "displacement");
}

#[test]
fn the_seat_of_a_government_is_no_siege() {
    assert_no_event(
        &extract(
            "Des drones ont frappé mardi le port de Port-Soudan, siège \
             provisoire du gouvernement soudanais.",
        ),
        "siege",
    );
}

#[test]
fn an_entry_of_a_timeline_or_a_live_blog_dates_its_events() {
    let text = "Soudan : les dates d'une guerre\n\n\
                15 avril 2023 – L'embrasement\n\
                Les paramilitaires attaquent le palais présidentiel à \
                Khartoum. L'aviation bombarde leurs bases.\n\n\
                4 novembre 2023 – Ardamata\n\
                Les FSR s'emparent de la garnison d'Ardamata.\n\n\
                Depuis, l'armée a repris Wad Madani.";
    // The same with Windows line ends.
    for text in [text.to_string(), text.replace('\n', "\r\n")] {
        let out = Extractor::new()
            .extract(&Document::new("t", &text).with_dct("2025-04-15"));
        let value = |e: &Event| {
            e.time
                .iter()
                .filter_map(|id| out.entities.iter().find(|x| &x.id == id))
                .filter_map(|x| x.value.clone())
                .collect::<Vec<_>>()
        };
        assert_eq!(value(event(&out, "attack")), ["2023-04-15"]);
        assert_eq!(value(event(&out, "airstrike")), ["2023-04-15"]);
        let captures: Vec<Vec<String>> = out
            .events
            .iter()
            .filter(|e| e.kind == "capture")
            .map(value)
            .collect();
        // The last paragraph is no entry's.
        assert_eq!(captures, [vec!["2023-11-04".to_string()], vec![]]);
    }
}

#[test]
fn a_place_that_falls_in_the_chronicle_present_is_taken() {
    for text in [
        "Les gangs prennent Mirebalais. Saut-d'Eau tombe à son tour.",
        "Jalalabad tombe dans la matinée. Vers midi, les talibans atteignent \
         les faubourgs de Kaboul.",
    ] {
        event(&extract(text), "capture");
    }
    assert_no_event(
        &extract("Depuis l'été, Gaza tombe dans le chaos."),
        "capture",
    );
}

#[test]
fn a_side_that_tells_it_held_off_an_attack_is_its_source() {
    let out = extract(
        "L'armée affirme avoir repoussé une attaque des FSR contre le siège \
         de la télévision d'État à Omdurman.",
    );
    let a = event(&out, "attack");
    assert_eq!(texts(&out, &a.agent), ["FSR"]);
    assert_eq!(texts(&out, &a.source), ["armée"]);
}

#[test]
fn a_power_summoned_or_promised_a_riposte_is_threatened() {
    let out = extract(
        "Le président américain a également sommé l'Iran de mettre fin à son \
         soutien aux Houthis.",
    );
    assert_eq!(texts(&out, &event(&out, "threat").target)[0], "Iran");
    event(
        &extract("Le président a promis une riposte ferme après l'attaque de Tassia."),
        "threat",
    );
    // Folded, "somme" is "sommé": a sum paid is no threat.
    assert_no_event(
        &extract("Le gouvernement affirme qu'aucune somme n'a été versée aux ravisseurs."),
        "threat",
    );
}

#[test]
fn forces_reinforcing_their_positions_or_joining_up_are_deployed() {
    for text in [
        "L'armée libanaise a renforcé son dispositif autour d'Ersal.",
        "Les Forces Tigre ont fait la jonction avec la 137e brigade à l'ouest \
         de Deir ez-Zor.",
    ] {
        event(&extract(text), "deployment");
    }
}

#[test]
fn detainees_breaking_out_are_released_by_no_one() {
    let out = extract(
        "Les gangs ont attaqué jeudi la prison civile de Mirebalais et tué deux \
         gardiens. Des centaines de détenus se sont évadés, selon la police. \
         La prison a été vidée lors d'une évasion massive.",
    );
    assert_no_event(&out, "release");
    event(&out, "attack");
    assert_no_event(
        &extract(
            "Les gangs ont tué deux policiers. L'évasion fiscale coûte cher.",
        ),
        "release",
    );
}

#[test]
fn street_fighting_of_a_crowd_with_the_police_is_a_riot() {
    let out = extract(
        "Troisième journée de heurts entre partisans de l'opposant et forces \
         de l'ordre à Dakar.",
    );
    let e = event(&out, "riot");
    assert!(has(&texts(&out, &e.agent), "partisans"), "{e:#?}");
    assert!(has(&texts(&out, &e.target), "forces de l'ordre"), "{e:#?}");
    assert_no_event(&out, "armed_clash");
    // After a march: the dead of the fighting are the riot's.
    let out = extract(
        "Des milliers de manifestants ont marché jeudi à Ziguinchor. Un \
         adolescent a été tué par balle lors d'affrontements avec les \
         gendarmes.",
    );
    let e = event(&out, "riot");
    assert!(has(&texts(&out, &e.target), "gendarmes"), "{e:#?}");
    assert_eq!(e.killed, Some(1), "{e:#?}");
    assert_no_event(&out, "killing");
    // With an armed group in the sentence it stays a clash of arms, and
    // residents who only tell it are no crowd.
    let out = extract(
        "Des affrontements ont opposé des jeunes du quartier à des \
         jihadistes à Djibo.",
    );
    event(&out, "armed_clash");
    assert_no_event(&out, "riot");
    let out = extract(
        "La nuit a été émaillée d'affrontements dans plusieurs quartiers de \
         Khartoum, selon des habitants.",
    );
    event(&out, "armed_clash");
    assert_no_event(&out, "riot");
}

#[test]
fn a_warning_of_what_will_follow_is_a_threat() {
    let out = extract(
        "Le ministère turc de la Défense a prévenu jeudi que ses opérations \
         contre le PKK se poursuivraient.",
    );
    let e = event(&out, "threat");
    assert!(
        has(&texts(&out, &e.agent), "ministère turc de la Défense"),
        "{e:#?}"
    );
    let out = extract(
        "« Nous frapperons le Hamas avec une force croissante », prévient \
         l'armée israélienne.",
    );
    event(&out, "threat");
    // Told beforehand, or forestalling: no threat.
    for text in [
        "Le Pentagone a assuré ne pas avoir été prévenu à l'avance de \
         l'opération israélienne.",
        "L'armée a évacué la base de Bagram sans prévenir le nouveau \
         commandant afghan.",
        "Le gouvernement veut prévenir les violences à Kidal.",
    ] {
        assert_no_event(&extract(text), "threat");
    }
}

#[test]
fn a_base_taken_or_a_town_lost_is_a_capture() {
    let out = extract(
        "Les rebelles karens affirment avoir pris jeudi la dernière base de \
         l'armée birmane à Myawaddy.",
    );
    let e = event(&out, "capture");
    assert!(has(&texts(&out, &e.location), "Myawaddy"), "{e:#?}");
    // Who loses the place is whom it is taken from.
    let out = extract("L'armée a perdu la ville de Lashio en août.");
    let e = event(&out, "capture");
    assert!(has(&texts(&out, &e.target), "armée"), "{e:#?}");
    assert!(e.agent.is_empty(), "{e:#?}");
    let out = extract("Le régime perd le contrôle d'Alep.");
    let e = event(&out, "capture");
    assert!(has(&texts(&out, &e.target), "régime"), "{e:#?}");
    for text in [
        "Huit civils ont été tués par des balles perdues à Goma.",
        "Les soldats ont pris la route de Goma.",
        "Cinq drones ont été perdus près de Koursk.",
    ] {
        assert_no_event(&extract(text), "capture");
    }
}

#[test]
fn a_participle_after_et_shares_an_active_auxiliary_however_far() {
    let out = extract(
        "Le 14 mars, les unités engagées ont repris le contrôle de \
         Tongomayel, que les terroristes occupaient depuis plusieurs mois, \
         et libéré vingt-deux personnes, dont neuf femmes.",
    );
    let r = event(&out, "release");
    assert_eq!(texts(&out, &r.agent), ["unités"], "{r:#?}");
    assert!(has(&texts(&out, &r.target), "vingt-deux personnes"), "{r:#?}");
}

#[test]
fn the_actors_of_a_relative_clause_with_its_own_verb_are_not_the_subject() {
    let out = extract(
        "Les jihadistes que l'armée pourchassait depuis des mois ont attaqué Gao.",
    );
    assert_eq!(texts(&out, &event(&out, "attack").agent), ["jihadistes"]);
    let out = extract(
        "Lundi, des hommes armés que des villageois attribuent à Boko Haram \
         ont enlevé une dizaine de femmes près de Gwoza.",
    );
    assert_eq!(texts(&out, &event(&out, "abduction").agent), ["hommes armés"]);
    // With no verb of its own, the clause is the trigger's.
    let out =
        extract("Les soldats que les rebelles ont attaqués à Gao sont morts.");
    assert_eq!(texts(&out, &event(&out, "attack").agent), ["rebelles"]);
}

#[test]
fn a_spokesperson_named_after_a_title_of_several_words_is_the_name() {
    let out = extract(
        "Les troupes ont repris le contrôle de la localité, a assuré le \
         porte-parole de l'armée, le général de brigade Mohammed Yerima.",
    );
    let c = event(&out, "capture");
    assert!(has(&texts(&out, &c.source), "Mohammed Yerima"), "{c:#?}");
    assert!(
        out.entities
            .iter()
            .all(|e| e.mentions.iter().all(|m| m.text != "porte-parole")),
        "{:#?}",
        out.entities
    );
}

#[test]
fn a_speaker_pointed_at_with_a_demonstrative_is_the_person_named_before() {
    let out = extract(
        "L'opération a été menée, a indiqué le général Abdelwahab al-Saadi. \
         Selon cet officier, les jihadistes ont attaqué Mossoul.",
    );
    let a = event(&out, "attack");
    assert_eq!(texts(&out, &a.source), ["Abdelwahab al-Saadi"], "{a:#?}");
}

#[test]
fn selon_elle_after_a_body_that_spoke_is_that_body() {
    let out = extract(
        "L'armée affirme avoir riposté. Selon elle, plusieurs dizaines \
         d'assaillants ont été tués à Tabatol.",
    );
    let k = event(&out, "killing");
    assert_eq!(texts(&out, &k.source), ["armée"], "{k:#?}");
    // A plural body is "ils", not "elle".
    let out = extract(
        "Des jihadistes ont attaqué Gao. Selon elle, plusieurs dizaines \
         d'assaillants ont été tués.",
    );
    assert!(event(&out, "killing").source.is_empty(), "{out:#?}");
}

#[test]
fn fighters_driven_from_a_place_named_by_en_lose_it() {
    let out = extract(
        "Les jihadistes ont pris Damasak mardi. Ils en ont été chassés \
         mercredi par l'armée.",
    );
    let retaken = out
        .events
        .iter()
        .find(|e| e.kind == "capture" && texts(&out, &e.agent) == ["armée"])
        .unwrap_or_else(|| panic!("{:#?}", out.events));
    assert_eq!(retaken.triggers[0].text, "chassés");
    // People driven out by fighting are displaced.
    let out = extract(
        "Des milliers d'habitants en ont été chassés par les combats.",
    );
    event(&out, "displacement");
}

#[test]
fn claims_a_speaker_denies_are_told_negated_on_its_word() {
    for text in [
        "L'armée dément les informations selon lesquelles les jihadistes \
         ont attaqué Kidal.",
        "L'armée a démenti mardi les accusations selon lesquelles les \
         jihadistes ont attaqué Kidal.",
    ] {
        let out = extract(text);
        let e = event(&out, "attack");
        assert_eq!(e.polarity, "negated", "{e:#?}");
        assert_eq!(texts(&out, &e.agent), ["jihadistes"], "{e:#?}");
        assert_eq!(texts(&out, &e.source), ["armée"], "{e:#?}");
    }
    // "des" after "selon lesquelles" opens the clause's subject.
    let out = extract(
        "Le ministre dément les allégations selon lesquelles des militaires \
         ont exécuté des civils.",
    );
    let e = event(&out, "killing");
    assert_eq!(texts(&out, &e.agent), ["militaires"], "{e:#?}");
}

#[test]
fn subject_of_a_subjunctive_deed_is_its_agent() {
    let out =
        extract("L'armée dément que les jihadistes aient attaqué Kidal.");
    let e = event(&out, "attack");
    assert_eq!(texts(&out, &e.agent), ["jihadistes"], "{e:#?}");
    assert!(!has(&texts(&out, &e.target), "jihadistes"), "{e:#?}");
    assert_eq!(e.polarity, "negated", "{e:#?}");
}

#[test]
fn a_band_or_a_unit_before_de_gives_its_people_as_subject() {
    let out = extract(
        "Un premier contingent de 2.000 militaires doit quitter le Mali \
         d'ici fin juin.",
    );
    let e = event(&out, "withdrawal");
    assert_eq!(texts(&out, &e.agent), ["2.000 militaires"], "{e:#?}");
}

#[test]
fn the_whole_and_its_part_are_both_the_victims() {
    let out = extract(
        "Au moins neuf personnes, dont trois policiers, ont été tuées mardi \
         à Mogadiscio.",
    );
    let e = event(&out, "killing");
    let t = texts(&out, &e.target);
    assert!(
        has(&t, "Au moins neuf personnes") && has(&t, "trois policiers"),
        "{e:#?}"
    );
    // Killed in a blast, past a hedged count.
    let out = extract(
        "Mardi, au moins neuf personnes, dont trois policiers, ont été \
         tuées dans l'explosion d'une voiture piégée à Mogadiscio.",
    );
    let e = event(&out, "bombing");
    let t = texts(&out, &e.target);
    assert!(
        has(&t, "au moins neuf personnes") && has(&t, "trois policiers"),
        "{e:#?}"
    );
}

#[test]
fn sounds_of_fighting_and_people_caught_in_it_are_no_events() {
    let out = extract(
        "Des détonations et des rafales d'armes automatiques ont retenti \
         toute la nuit à Tripoli, ont rapporté des habitants.",
    );
    assert_no_event(&out, "bombing");
    let out = extract(
        "Le Croissant-Rouge a évacué 120 familles prises au piège des \
         combats vers des écoles.",
    );
    assert_no_event(&out, "capture");
}

#[test]
fn the_one_a_deed_is_ascribed_to_after_its_noun_did_it() {
    let out = extract("La police attribue l'enlèvement au gang 400 Mawozo.");
    let e = event(&out, "abduction");
    assert!(has(&texts(&out, &e.agent), "400 Mawozo"), "{e:#?}");
    assert_eq!(texts(&out, &e.source), ["police"], "{e:#?}");
}

#[test]
fn people_who_flee_an_offensive_are_not_its_targets() {
    let out = extract(
        "Le régime a lancé une offensive contre Idleb. Depuis le début de \
         l'offensive, près d'un million de personnes ont fui vers la \
         frontière turque.",
    );
    let e = event(&out, "attack");
    assert!(
        !has(&texts(&out, &e.target), "près d'un million de personnes"),
        "{e:#?}"
    );
    // Those it hurts still are.
    let out = extract(
        "Le régime a lancé une offensive contre Idleb. Depuis le début de \
         l'offensive, près de mille personnes ont été tuées.",
    );
    let e = event(&out, "attack");
    assert!(has(&texts(&out, &e.target), "près de mille personnes"), "{e:#?}");
}

#[test]
fn the_killed_were_not_abducted_nor_the_freed_attacked() {
    let out = extract(
        "Douze civils ont été tués et quatre femmes enlevées lors de \
         l'attaque du village de Bang par des hommes armés.",
    );
    let e = event(&out, "abduction");
    assert_eq!(texts(&out, &e.target), ["quatre femmes"], "{e:#?}");
    let out = extract(
        "Une opération de ratissage conduite par les forces de défense a \
         permis de libérer quatre enseignants le lendemain.",
    );
    let e = event(&out, "attack");
    assert!(!has(&texts(&out, &e.target), "quatre enseignants"), "{e:#?}");
    // What the operation made possible, its doers did.
    let e = event(&out, "release");
    assert_eq!(texts(&out, &e.agent), ["forces de défense"], "{e:#?}");
}

#[test]
fn a_minister_reading_a_communique_tells_with_its_letterhead_body() {
    let out = extract(
        "RÉPUBLIQUE DU CAMEROUN\n\nMINISTÈRE DE LA DÉFENSE\n\nCOMMUNIQUÉ DE \
         PRESSE\n\nLe Ministre Délégué à la Présidence chargé de la Défense \
         porte à la connaissance de l'opinion les faits suivants.\n\nLe 12 \
         juin 2023, des séparatistes armés ont enlevé six enseignants à \
         Kumba.",
    );
    let e = event(&out, "abduction");
    let s = texts(&out, &e.source);
    assert!(has(&s, "MINISTÈRE DE LA DÉFENSE"), "{e:#?}");
    assert!(
        has(&s, "Ministre Délégué à la Présidence chargé de la Défense"),
        "{e:#?}"
    );
}

#[test]
fn who_announces_a_deed_past_an_aside_tells_of_it() {
    let out = extract(
        "Le GNU a annoncé de son côté le déploiement d'unités neutres à \
         Tripoli.",
    );
    let e = event(&out, "deployment");
    assert_eq!(texts(&out, &e.source), ["GNU"], "{e:#?}");
}

#[test]
fn a_call_quoted_from_the_ones_called_on_is_demanded() {
    let out = extract(
        "La MANUL a appelé mercredi « toutes les parties à un cessez-le-feu \
         immédiat ».",
    );
    let e = event(&out, "ceasefire");
    assert_eq!(e.modality, "demanded", "{e:#?}");
    assert!(e.agent.is_empty(), "{e:#?}");
    assert_eq!(texts(&out, &e.source), ["MANUL"], "{e:#?}");
}

#[test]
fn who_marches_to_demand_a_departure_calls_for_it() {
    let out = extract(
        "Des centaines de manifestants ont défilé vendredi à Niamey pour \
         exiger le départ des troupes françaises.",
    );
    let e = event(&out, "withdrawal");
    assert_eq!(e.modality, "demanded", "{e:#?}");
    assert_eq!(texts(&out, &e.agent), ["troupes françaises"], "{e:#?}");
    assert_eq!(
        texts(&out, &e.source),
        ["centaines de manifestants"],
        "{e:#?}"
    );
}

#[test]
fn those_who_held_a_place_retaken_are_the_capture_target() {
    for (text, holder) in [
        (
            "Les FDS ont repris le contrôle de Kidal, tenue par les \
             jihadistes depuis trois mois.",
            "jihadistes",
        ),
        (
            "Les FDS ont repris le contrôle de Kidal, que les rebelles \
             occupaient depuis 2012.",
            "rebelles",
        ),
        (
            "Les FDS se sont emparées du quartier de Kidal, où les \
             jihadistes résistaient depuis deux jours.",
            "jihadistes",
        ),
    ] {
        let out = extract(text);
        let e = event(&out, "capture");
        assert_eq!(texts(&out, &e.target), [holder], "{e:#?}");
        assert_eq!(texts(&out, &e.agent), ["FDS"], "{e:#?}");
    }
}

#[test]
fn a_capture_takes_the_side_its_takers_fought_in_the_sentence() {
    let out = extract(
        "Les FDS ont repris le contrôle de Kidal après plusieurs jours \
         d'affrontements avec les rebelles.",
    );
    let e = event(&out, "capture");
    assert_eq!(texts(&out, &e.target), ["rebelles"], "{e:#?}");
    assert_eq!(texts(&out, &e.agent), ["FDS"], "{e:#?}");
    // A fight told in another sentence gives nothing.
    let out = extract(
        "Des affrontements ont opposé les FDS aux rebelles. Les FDS ont \
         repris le contrôle de Kidal.",
    );
    let e = event(&out, "capture");
    assert!(e.target.is_empty(), "{e:#?}");
}

#[test]
fn a_date_in_a_relative_clause_on_the_object_is_not_the_event_s() {
    let out = extract(
        "Les soldats ont libéré vingt-deux personnes que les terroristes \
         détenaient depuis plusieurs mois.",
    );
    let e = event(&out, "release");
    assert!(e.time.is_empty(), "{e:#?}");
    // One on the trigger itself is.
    let out = extract(
        "Les jihadistes ont revendiqué l'attaque, qui a eu lieu mardi.",
    );
    let e = event(&out, "attack");
    assert_eq!(texts(&out, &e.time), ["mardi"], "{e:#?}");
}

#[test]
fn what_a_strike_aimed_at_past_a_date_is_its_target() {
    let out = extract(
        "Des frappes aériennes ont ensuite visé dans la nuit de lundi à \
         mardi les assaillants qui se repliaient vers la frontière.",
    );
    let e = event(&out, "airstrike");
    assert_eq!(texts(&out, &e.target), ["assaillants"], "{e:#?}");
    // Past more than a date, the words are another clause's.
    let out = extract(
        "Des frappes aériennes ont ensuite visé dans la nuit de lundi à \
         mardi des dépôts dont les réserves alimentaient les assaillants.",
    );
    let e = event(&out, "airstrike");
    assert!(e.target.is_empty(), "{e:#?}");
}

#[test]
fn the_means_between_a_verb_and_its_object_is_passed_over() {
    let out = extract(
        "L'armée a pilonné à l'artillerie les positions des rebelles près \
         de Goma.",
    );
    let e = event(&out, "shelling");
    assert_eq!(texts(&out, &e.target), ["rebelles"], "{e:#?}");
    assert_eq!(texts(&out, &e.agent), ["armée"], "{e:#?}");
}

#[test]
fn a_truce_negotiated_through_a_go_between_takes_it_into_the_talks() {
    let out = extract(
        "Les rebelles ont accepté un cessez-le-feu négocié par \
         l'intermédiaire du Qatar.",
    );
    let e = event(&out, "negotiation");
    assert!(texts(&out, &e.agent).iter().any(|a| a == "Qatar"), "{e:#?}");
    assert!(e.target.is_empty(), "{e:#?}");
}

#[test]
fn a_country_a_blow_is_sent_against_is_its_target() {
    let out = extract("Des jihadistes ont lancé une attaque contre le Bénin.");
    let e = event(&out, "attack");
    assert_eq!(texts(&out, &e.target), ["Bénin"], "{e:#?}");
    // Where it happens only, the country is no target.
    let out =
        extract("Des jihadistes ont attaqué un poste militaire au Bénin.");
    let e = event(&out, "attack");
    assert!(!texts(&out, &e.target).iter().any(|t| t == "Bénin"), "{e:#?}");
}

#[test]
fn one_who_denies_what_a_quote_says_is_not_its_doer() {
    let out = extract(
        "Le ministre nigérien de l'Intérieur a rejeté ces insinuations : « \
         Aucune attaque contre le Bénin n'a été lancée depuis notre \
         territoire. »",
    );
    let e = event(&out, "attack");
    assert!(e.agent.is_empty(), "{e:#?}");
    assert_eq!(
        texts(&out, &e.source),
        ["ministre nigérien de l'Intérieur"],
        "{e:#?}"
    );
    assert_eq!(e.polarity, "negated", "{e:#?}");
    // A denial with no quote is still of the denier's own deeds.
    let out = extract("Les FSR ont rejeté toute attaque contre des civils.");
    let e = event(&out, "attack");
    assert_eq!(texts(&out, &e.agent), ["FSR"], "{e:#?}");
}

#[test]
fn the_speaker_after_a_quote_tells_of_all_its_sentences() {
    let out = extract(
        "Selon une source militaire, les assaillants sont arrivés à bord de \
         pirogues. « Ils ont attaqué le camp par trois côtés. Les combats \
         ont duré près de cinq heures », a raconté cet officier.",
    );
    for kind in ["attack", "armed_clash"] {
        let e = event(&out, kind);
        assert_eq!(texts(&out, &e.source), ["source militaire"], "{e:#?}");
    }
    // "cet officier" is the source named before.
    let officer = out
        .entities
        .iter()
        .find(|e| e.mentions.iter().any(|m| m.text == "cet officier"))
        .expect("cet officier");
    assert!(
        officer.mentions.iter().any(|m| m.text == "source militaire"),
        "{officer:#?}"
    );
}

#[test]
fn a_verb_joined_by_et_with_its_auxiliary_again_keeps_the_first_subject() {
    for text in [
        "Les jihadistes ont tué trois soldats et ont enlevé deux civils.",
        "Les jihadistes ont tué trois soldats et enlevé deux civils.",
    ] {
        let out = extract(text);
        let k = event(&out, "killing");
        assert_eq!(texts(&out, &k.target), ["trois soldats"], "{k:#?}");
        let a = event(&out, "abduction");
        assert_eq!(texts(&out, &a.agent), ["jihadistes"], "{a:#?}");
        assert_eq!(texts(&out, &a.target), ["deux civils"], "{a:#?}");
    }
    // A pronoun subject: the second verb takes the first one's doer.
    let out = extract(
        "Les assaillants sont arrivés à minuit. « Ils ont attaqué par trois \
         côtés et ont tiré des roquettes sur le dépôt de munitions. »",
    );
    let e = event(&out, "shelling");
    assert_eq!(texts(&out, &e.agent), ["assaillants"], "{e:#?}");
}

#[test]
fn the_group_hit_may_follow_the_doer_s_long_name() {
    let out = extract(
        "Une attaque menée par une centaine de terroristes contre un \
         détachement de l'armée a fait dix morts.",
    );
    let e = event(&out, "attack");
    assert_eq!(texts(&out, &e.agent), ["centaine de terroristes"], "{e:#?}");
    assert!(texts(&out, &e.target).iter().any(|t| t == "armée"), "{e:#?}");
}

#[test]
fn those_suspected_are_arrested_not_those_named_in_the_suspicion() {
    let out = extract(
        "Trois individus soupçonnés de ravitailler les terroristes ont été \
         interpellés à Djibo.",
    );
    let e = event(&out, "arrest");
    assert_eq!(texts(&out, &e.target), ["Trois individus"], "{e:#?}");
}

#[test]
fn a_riposter_named_on_the_side_hit_keeps_its_name() {
    let out = extract(
        "Vingt-neuf soldats ont été tués lundi dans une attaque de \
         jihadistes contre leur camp. L'armée affirme avoir riposté.",
    );
    let e = out
        .events
        .iter()
        .find(|e| e.triggers[0].text == "riposté")
        .expect("riposte");
    assert_eq!(texts(&out, &e.agent), ["armée"], "{e:#?}");
    assert_eq!(texts(&out, &e.target), ["jihadistes"], "{e:#?}");
}

#[test]
fn those_who_withdraw_may_follow_an_aside_between_commas() {
    let out = extract(
        "Paris a annoncé le retrait, d'ici la fin de l'année, des quelque \
         1.500 militaires français déployés au Niger.",
    );
    let e = event(&out, "withdrawal");
    assert!(
        texts(&out, &e.agent)
            .iter()
            .any(|a| a == "quelque 1.500 militaires français"),
        "{e:#?}"
    );
}

#[test]
fn a_capital_a_truce_is_made_with_is_a_party() {
    let out = extract(
        "Les combats font rage à Bakhmout. Le Kremlin a réaffirmé qu'aucun \
         cessez-le-feu avec Kiev n'était envisageable.",
    );
    let e = event(&out, "ceasefire");
    assert!(texts(&out, &e.agent).iter().any(|a| a == "Kiev"), "{e:#?}");
    assert_eq!(e.polarity, "negated", "{e:#?}");
}

#[test]
fn the_body_whose_unit_is_attacked_is_the_target() {
    let out = extract(
        "Des jihadistes ont attaqué dimanche un détachement de l'armée à \
         Tongomayel.",
    );
    let e = event(&out, "attack");
    assert_eq!(texts(&out, &e.target), ["armée"], "{e:#?}");
    assert_eq!(texts(&out, &e.agent), ["jihadistes"], "{e:#?}");
}

#[test]
fn who_had_denied_a_deed_tells_of_it() {
    let out = extract(
        "Les paramilitaires avaient démenti avoir bombardé le camp de \
         Zamzam. Le Hamas a nié avoir attaqué la base.",
    );
    for e in &out.events {
        assert_eq!(e.polarity, "negated", "{e:#?}");
        assert_eq!(texts(&out, &e.source), texts(&out, &e.agent), "{e:#?}");
        assert!(!e.source.is_empty(), "{e:#?}");
    }
    assert_eq!(out.events.len(), 2, "{:#?}", out.events);
}

#[test]
fn bombs_dropped_are_an_air_strike() {
    let out = extract(
        "Selon le parquet régional, les bombes ont été larguées par des \
         chasseurs-bombardiers Su-34.",
    );
    assert_no_event(&out, "bombing");
    event(&out, "airstrike");
}

#[test]
fn the_air_force_of_an_army_strikes_for_it() {
    let out = extract(
        "L'aviation des Forces armées soudanaises (FAS) a mené mardi \
         plusieurs frappes aériennes sur Kabkabiya et sur Mellit, deux \
         localités tenues par les paramilitaires.",
    );
    let e = event(&out, "airstrike");
    assert_eq!(texts(&out, &e.agent), ["Forces armées soudanaises"], "{e:#?}");
    assert_eq!(texts(&out, &e.target), ["paramilitaires"], "{e:#?}");
}

#[test]
fn who_holds_a_town_shelled_is_no_doer() {
    let out = extract("L'armée a bombardé Kidal, tenue par les rebelles.");
    let e = event(&out, "shelling");
    assert_eq!(texts(&out, &e.agent), ["armée"], "{e:#?}");
    assert!(has(&texts(&out, &e.target), "rebelles"), "{e:#?}");
}

#[test]
fn this_witness_is_the_speaker_not_the_body_in_his_title() {
    let out = extract(
        "Les rebelles ont investi Masisi vers 15h, a indiqué un responsable \
         de la société civile joint par téléphone. Selon ce témoin, les \
         rebelles ont installé leur administrateur.",
    );
    let witness = out
        .entities
        .iter()
        .find(|e| e.mentions.iter().any(|m| m.text == "ce témoin"))
        .expect("ce témoin");
    assert_eq!(witness.mentions[0].text, "responsable", "{witness:#?}");
}

#[test]
fn wounded_evacuated_and_cared_for_are_not_displaced() {
    let out = extract(
        "Deux soldats ont été blessés ; ils ont été évacués et pris en \
         charge.",
    );
    assert_no_event(&out, "displacement");
    assert_no_event(&out, "withdrawal");
}

#[test]
fn a_peace_summit_is_a_negotiation() {
    let out = extract(
        "Un sommet tripartite réunira samedi à Luanda les présidents Félix \
         Tshisekedi et Paul Kagame.",
    );
    let e = event(&out, "negotiation");
    assert!(has(&texts(&out, &e.agent), "Paul Kagame"), "{e:#?}");
}

#[test]
fn a_speaker_tells_what_follows_que_past_the_day_of_the_statement() {
    let out = extract(
        "Le ministère russe de la Défense a affirmé mercredi que ses troupes \
         avaient libéré le village d'Ivanivka. L'ONU a indiqué jeudi soir \
         qu'une attaque avait visé Gao.",
    );
    let e = event(&out, "capture");
    assert_eq!(
        texts(&out, &e.source),
        ["ministère russe de la Défense"],
        "{e:#?}"
    );
    let e = event(&out, "attack");
    assert_eq!(texts(&out, &e.source), ["ONU"], "{e:#?}");
}

#[test]
fn an_accord_again_in_a_story_of_a_truce_accord_is_the_truce() {
    let out = extract(
        "Le Qatar annonce un accord de cessez-le-feu entre Israël et le \
         Hamas. Le Hamas salue un accord « arraché par la ténacité de notre \
         peuple ». L'armée turque agit en vertu d'un accord passé avec \
         Moscou.",
    );
    let truce = event(&out, "ceasefire");
    assert_eq!(truce.triggers.len(), 2, "{truce:#?}");
    let other = event(&out, "agreement");
    assert!(has(&texts(&out, &other.agent), "Moscou"), "{other:#?}");
}

#[test]
fn decisions_taken_and_presidents_sworn_in_are_no_captures() {
    let out = extract(
        "Le bureau affirme qu'aucune décision ne sera prise avant leur \
         règlement. Il a parlé avec Donald Trump, qui sera investi lundi.",
    );
    assert_no_event(&out, "capture");
}

#[test]
fn bombs_that_fall_are_an_air_strike() {
    let out = extract(
        "« Les bombes sont tombées sur le marché et sur le monastère », a \
         raconté un habitant de Kyauktaw.",
    );
    assert_no_event(&out, "bombing");
    event(&out, "airstrike");
}

#[test]
fn a_speaker_named_in_apposition_tells_the_clause_after_que() {
    let out = extract(
        "Le porte-parole de la junte, Zaw Min Tun, a affirmé que l'aviation \
         avait visé des positions de l'AA.",
    );
    let e = event(&out, "airstrike");
    assert_eq!(texts(&out, &e.source), ["Zaw Min Tun"], "{e:#?}");
}

#[test]
fn a_president_sworn_in_for_a_term_takes_no_town() {
    let out = extract(
        "Nicolás Maduro investi pour un troisième mandat. Les rebelles ont \
         investi la ville de Goma.",
    );
    let e = event(&out, "capture");
    assert_eq!(texts(&out, &e.agent), ["rebelles"], "{e:#?}");
    assert_eq!(e.triggers.len(), 1, "{e:#?}");
}

#[test]
fn the_doer_of_an_attack_without_precedent() {
    let out = extract(
        "La guerre a été déclenchée par l'attaque sans précédent du Hamas \
         contre le sud d'Israël le 7 octobre 2023.",
    );
    let e = event(&out, "attack");
    assert_eq!(texts(&out, &e.agent), ["Hamas"], "{e:#?}");
}

#[test]
fn who_says_they_did_it_tells_of_it_but_a_nickname_tells_nothing() {
    let out = extract(
        "L'armée israélienne dit avoir frappé plus de 50 cibles terroristes. \
         Mohamed Hamdane Daglo, dit « Hemedti », a attaqué El Fasher.",
    );
    let strike = event(&out, "airstrike");
    assert_eq!(texts(&out, &strike.source), ["armée israélienne"]);
    let attack = event(&out, "attack");
    assert!(attack.source.is_empty(), "{attack:#?}");
    assert_eq!(texts(&out, &attack.agent), ["Mohamed Hamdane Daglo"]);
}

#[test]
fn who_welcomes_a_truce_tells_of_it_and_is_no_party() {
    let out = extract(
        "Le Qatar annonce un accord de cessez-le-feu entre Israël et le \
         Hamas. Joe Biden se félicite d'un accord obtenu après des mois de \
         médiation.",
    );
    let e = event(&out, "ceasefire");
    assert!(!has(&texts(&out, &e.agent), "Joe Biden"), "{e:#?}");
    assert!(has(&texts(&out, &e.source), "Joe Biden"), "{e:#?}");
}

#[test]
fn the_counted_shot_or_executed_are_the_killed_past_a_relative_clause() {
    let out = extract(
        "Trois hommes qui tentaient de s'interposer ont été abattus. Cinq \
         civils ont été exécutés par les jihadistes à Djibo.",
    );
    let killed: Vec<Option<u64>> = out
        .events
        .iter()
        .filter(|e| e.kind == "killing")
        .map(|e| e.killed)
        .collect();
    assert_eq!(killed, [Some(3), Some(5)], "{:#?}", out.events);
    // Aircraft shot down are no toll and no killing.
    let out = extract("Trois drones ont été abattus au-dessus de Kiev.");
    assert_no_event(&out, "killing");
}

#[test]
fn a_place_that_opens_the_sentence_sets_the_scene_past_a_long_subject() {
    let out = extract(
        "Le 12 juin, à Kumba, dans le département de la Meme, des \
         séparatistes armés ambazoniens, appelés localement « Amba boys », \
         ont enlevé six enseignants. À Moscou, le ministère russe de la \
         Défense a affirmé que ses troupes avaient pris le village \
         d'Ivanivka.",
    );
    let e = event(&out, "abduction");
    assert!(has(&texts(&out, &e.location), "Kumba"), "{e:#?}");
    // Where a speaker is is not where what they tell of happened.
    let e = event(&out, "capture");
    assert!(!has(&texts(&out, &e.location), "Moscou"), "{e:#?}");
}

#[test]
fn the_last_attackers_are_a_group_too() {
    let out =
        extract("Les derniers assaillants ont été abattus samedi à l'aube.");
    let e = event(&out, "killing");
    assert_eq!(texts(&out, &e.target), ["assaillants"], "{e:#?}");
}

#[test]
fn a_statement_reproduced_between_quotes_is_told_by_its_speaker() {
    let out = extract(
        "Nous reproduisons ci-dessous le communiqué diffusé mardi.\n\n\
         « Ouagadougou, le 13 mai 2025 – Le convoi est arrivé à Djibo \
         lundi, annonce l'état-major général des armées.\n\n\
         Samedi, l'escorte a été prise à partie par des terroristes à \
         Gaskindé. Une cinquantaine de terroristes ont été neutralisés. »\n\n\
         Le JNIM a revendiqué l'embuscade.",
    );
    let told: Vec<Vec<String>> = out
        .events
        .iter()
        .filter(|e| e.kind == "killing")
        .map(|e| texts(&out, &e.source))
        .collect();
    assert!(!told.is_empty(), "{:#?}", out.events);
    for t in told {
        assert!(has(&t, "état-major général des armées"), "{:#?}", out.events);
    }
}

#[test]
fn a_report_names_its_teller_past_an_acronym_and_its_day_dates_no_deed() {
    let out = extract(
        "Dans un rapport publié mercredi, l'organisation Human Rights Watch \
         (HRW) affirme que des militaires ont exécuté au moins 43 civils, en \
         majorité des Peuls, dans le village de Tiba, le 11 mars.",
    );
    let e = event(&out, "killing");
    assert_eq!(texts(&out, &e.source), ["Human Rights Watch"], "{e:#?}");
    // An aside on who the victims were does not end the clause.
    assert_eq!(texts(&out, &e.location), ["Tiba"], "{e:#?}");
    assert_eq!(texts(&out, &e.time), ["11 mars"], "{e:#?}");
}

#[test]
fn a_ship_named_after_its_kind_is_an_actor_and_what_is_attacked() {
    let out = extract(
        "Les Houthis revendiquent une attaque contre le cargo Sea Orchid \
         dans le golfe d'Aden. Un destroyer américain, l'USS Mason, a abattu \
         un drone. L'équipage du Sea Orchid est sain et sauf.",
    );
    let e = event(&out, "attack");
    assert!(
        texts(&out, &e.target).iter().any(|t| t.contains("Sea Orchid")),
        "{e:#?}"
    );
    let ship = out
        .entities
        .iter()
        .find(|e| e.mentions.iter().any(|m| m.text == "cargo Sea Orchid"))
        .expect("the cargo ship");
    assert_eq!(ship.mentions.len(), 2, "{ship:#?}");
    let warship = out
        .entities
        .iter()
        .find(|e| e.mentions.iter().any(|m| m.text == "USS Mason"))
        .expect("the destroyer");
    assert_eq!(warship.subkind.as_deref(), Some("state_force"));
    assert_eq!(warship.country.as_deref(), Some("US"));
}

#[test]
fn an_infinitive_after_a_relative_clause_is_done_by_its_antecedent() {
    let out = extract(
        "Une dizaine d'habitants auraient été enlevés par les rebelles, qui \
         ont pillé des boutiques avant de se replier vers la vallée de la \
         Semliki.",
    );
    let e = event(&out, "withdrawal");
    assert_eq!(texts(&out, &e.agent), ["rebelles"], "{e:#?}");
    assert_no_event(&out, "displacement");
}

#[test]
fn a_clause_after_a_comma_with_its_own_verb_holds_none_of_the_arguments() {
    let out = extract(
        "Le M23 s'empare de Masisi, des milliers de déplacés affluent vers \
         Goma.",
    );
    let e = event(&out, "capture");
    assert_eq!(texts(&out, &e.location), ["Masisi"], "{e:#?}");
    assert!(e.target.is_empty(), "{e:#?}");
    // A relative clause is still the trigger's sentence.
    let out = extract(
        "L'armée a attaqué les positions des rebelles, qui tiennent Kidal \
         depuis 2012.",
    );
    let e = event(&out, "attack");
    assert!(has(&texts(&out, &e.target), "rebelles"), "{e:#?}");
}

#[test]
fn an_acronym_that_names_a_unit_is_no_trigger() {
    // The French police unit RAID is an actor; the noun "raid" is still
    // an attack.
    let out = extract(
        "Des unités du GIGN et du RAID ont été envoyées à Nouméa mercredi.",
    );
    assert_no_event(&out, "attack");
    assert!(
        out.entities.iter().any(|e| e.mentions[0].text == "RAID"
            && e.subkind.as_deref() == Some("state_force")),
        "{:#?}",
        out.entities
    );
    let out = extract("Un raid a visé un poste de Diabaly mardi.");
    assert!(!out.events.is_empty(), "{:#?}", out.events);
}

#[test]
fn mortally_wounded_is_a_killing() {
    let out = extract(
        "Un gendarme de 22 ans a été mortellement atteint mercredi à Nouméa.",
    );
    let e = event(&out, "killing");
    assert!(has(&texts(&out, &e.target), "gendarme"), "{e:#?}");
    assert!(has(&texts(&out, &e.location), "Nouméa"), "{e:#?}");
}

#[test]
fn surrender_to_a_force_named_with_a_possessive() {
    let out = extract(
        "Des soldats congolais se sont rendus à ses Casques bleus à Goma.",
    );
    let e = event(&out, "surrender");
    assert!(has(&texts(&out, &e.target), "Casques bleus"), "{e:#?}");
}

#[test]
fn those_a_capital_evacuates_are_the_displaced() {
    let out = extract(
        "Moscou évacue plus de 120 000 civils de la région de Koursk.",
    );
    let e = event(&out, "displacement");
    assert!(has(&texts(&out, &e.agent), "plus de 120 000 civils"), "{e:#?}");
    assert!(!has(&texts(&out, &e.agent), "Moscou"), "{e:#?}");
    assert!(has(&texts(&out, &e.location), "Koursk"), "{e:#?}");
}

#[test]
fn a_communique_reproduced_in_an_article_tells_what_it_reports() {
    let text = "Le gouvernement burkinabè a rendu public dimanche soir un \
                communiqué sur l'attaque terroriste survenue samedi dans la \
                province du Sanmatenga, la plus meurtrière depuis le début \
                de l'année selon plusieurs sources locales, qui font état \
                de centaines de victimes parmi les habitants réquisitionnés \
                pour creuser des tranchées autour de la ville. Le texte ne \
                donne aucun bilan. Nous vous le proposons en \
                intégralité.\n\nCOMMUNIQUÉ DU GOUVERNEMENT\n\nLe samedi 24 \
                août 2024, des hordes terroristes ont attaqué des \
                populations civiles à Barsalogho.\n\nPlusieurs dizaines de \
                terroristes ont été neutralisés.\n\nFait à Ouagadougou, le \
                25 août 2024\nLe Ministre de la Communication, Jean \
                Emmanuel Ouédraogo\n\nSelon un rescapé, les assaillants \
                ont enlevé des dizaines d'habitants.";
    let out = extract(text);
    let attack = out
        .events
        .iter()
        .find(|e| e.triggers.iter().any(|t| t.text == "attaqué"))
        .unwrap_or_else(|| panic!("no attack told: {:#?}", out.events));
    let said = texts(&out, &attack.source);
    assert!(
        said.iter().any(|s| s.contains("Ministre")),
        "{attack:#?} {said:?}"
    );
    let killed = event(&out, "killing");
    assert!(!texts(&out, &killed.source).is_empty(), "{killed:#?}");
    // After the signature, the article speaks again.
    let later = event(&out, "abduction");
    assert!(
        !texts(&out, &later.source).iter().any(|s| s.contains("Ministre")),
        "{later:#?}"
    );
}

#[test]
fn others_killed_as_well_in_another_sentence_are_another_killing() {
    let out = extract(
        "Un gendarme a été tué mercredi à Plum par une balle partie d'un \
         barrage. Trois jeunes Kanak ont également été tués par balle à \
         Nouméa au cours des trois derniers jours.",
    );
    let killings: Vec<_> =
        out.events.iter().filter(|e| e.kind == "killing").collect();
    assert_eq!(killings.len(), 2, "{killings:#?}");
    assert!(
        !has(&texts(&out, &killings[0].target), "Trois jeunes Kanak")
            && !has(&texts(&out, &killings[0].target), "Trois jeunes"),
        "{killings:#?}"
    );
}

#[test]
fn a_place_inside_a_city_area_is_where() {
    let out =
        extract("Trois jeunes ont été tués dans l'agglomération de Nouméa.");
    let e = event(&out, "killing");
    assert!(has(&texts(&out, &e.location), "Nouméa"), "{e:#?}");
}

#[test]
fn a_range_of_people_is_one_counted_group() {
    let out = extract(
        "Selon des experts de l'ONU, 3 000 à 4 000 soldats rwandais sont \
         déployés aux côtés du M23.",
    );
    let e = event(&out, "deployment");
    assert!(
        has(&texts(&out, &e.agent), "3 000 à 4 000 soldats rwandais"),
        "{e:#?}"
    );
    let out = extract("Deux ou trois civils ont été tués à Goma.");
    let e = event(&out, "killing");
    assert!(has(&texts(&out, &e.target), "Deux ou trois civils"), "{e:#?}");
}

#[test]
fn a_withdrawal_called_for_beside_a_ceasefire_is_demanded() {
    let out = extract(
        "Le Conseil de sécurité a appelé à un cessez-le-feu et au retrait \
         des troupes rwandaises.",
    );
    let e = event(&out, "withdrawal");
    assert_eq!(e.modality, "demanded", "{e:#?}");
    assert!(has(&texts(&out, &e.agent), "troupes rwandaises"), "{e:#?}");
    assert!(!has(&texts(&out, &e.agent), "Conseil de sécurité"), "{e:#?}");
    let out = extract("L'ONU appelle au retrait des troupes rwandaises.");
    assert_eq!(event(&out, "withdrawal").modality, "demanded");
}

#[test]
fn deaths_framed_by_a_fight_told_of_their_place_are_a_killing() {
    let out = extract(
        "Au moins 830 civils alaouites ont été tués depuis jeudi dans la \
         région côtière de la Syrie, où les forces de sécurité affrontent \
         des combattants fidèles à l'ancien régime, a annoncé l'OSDH.",
    );
    let e = event(&out, "killing");
    assert_eq!(e.killed, Some(830), "{e:#?}");
    assert!(has(&texts(&out, &e.location), "Syrie"), "{e:#?}");
    // A clause on the day the war began frames them too.
    let out = extract(
        "Plus de 3 800 personnes ont été tuées au Liban depuis le 8 octobre \
         2023, date à laquelle le Hezbollah a attaqué des positions \
         israéliennes.",
    );
    assert_eq!(event(&out, "killing").killed, Some(3800));
    // Deaths in the fight itself still count for it.
    let out = extract(
        "Douze soldats ont été tués lors des affrontements avec les rebelles \
         près de Goma.",
    );
    assert_no_event(&out, "killing");
}

#[test]
fn who_puts_out_a_paper_on_a_happening_is_its_source() {
    let out = extract(
        "Le gouvernement a rendu public dimanche soir un communiqué sur \
         l'attaque terroriste survenue samedi à Barsalogho.",
    );
    let e = event(&out, "attack");
    assert!(!has(&texts(&out, &e.agent), "gouvernement"), "{e:#?}");
    assert!(has(&texts(&out, &e.source), "gouvernement"), "{e:#?}");
    assert_eq!(texts(&out, &e.time), vec!["samedi".to_string()], "{e:#?}");
    let out = extract(
        "HRW a publié un rapport sur les massacres commis par l'armée à Moura.",
    );
    let e = event(&out, "killing");
    assert!(has(&texts(&out, &e.agent), "armée"), "{e:#?}");
    assert!(has(&texts(&out, &e.source), "HRW"), "{e:#?}");
}

#[test]
fn strikes_told_without_a_doer_are_those_of_the_one_striker() {
    let out = extract(
        "Les FSR ont mené de nouvelles frappes de drones sur Port-Soudan \
         mardi. Lundi, une frappe de drone avait incendié un dépôt de \
         carburant au sud du port.",
    );
    let strikes: Vec<_> =
        out.events.iter().filter(|e| e.kind == "airstrike").collect();
    assert!(strikes.len() >= 2, "{strikes:#?}");
    for e in &strikes {
        assert!(has(&texts(&out, &e.agent), "FSR"), "{e:#?}");
    }
    // Two sides strike: the one told without a doer is left open.
    let out = extract(
        "L'armée a mené des frappes aériennes sur Nyala mardi. Les FSR ont \
         mené des frappes de drones sur Port-Soudan. Lundi, une frappe de \
         drone a visé un marché d'El-Obeid.",
    );
    let open = out
        .events
        .iter()
        .find(|e| {
            e.kind == "airstrike" && e.triggers.iter().any(|t| t.start > 120)
        })
        .expect("the third strike");
    assert!(open.agent.is_empty(), "{open:#?}");
}

#[test]
fn an_object_pronoun_before_the_auxiliary_keeps_the_verb_active() {
    let out = extract("Les militaires l'ont arrêté mardi à Kandi.");
    let e = event(&out, "arrest");
    assert!(has(&texts(&out, &e.agent), "militaires"), "{e:#?}");
    assert!(!has(&texts(&out, &e.target), "militaires"), "{e:#?}");
    let out = extract("Les rebelles l'ont enlevé mardi à Kandi.");
    let e = event(&out, "abduction");
    assert!(has(&texts(&out, &e.agent), "rebelles"), "{e:#?}");
}

#[test]
fn a_fight_with_the_other_side_is_fought_by_the_far_subject() {
    let out = extract(
        "Les rebelles de l'AFC/M23 ont pris le contrôle samedi de \
         Masisi-centre, chef-lieu du territoire de Masisi, dans la province \
         du Nord-Kivu, au terme de trois jours de combats avec l'armée \
         congolaise et les miliciens Wazalendo.",
    );
    let clash = event(&out, "armed_clash");
    assert!(has(&texts(&out, &clash.agent), "rebelles"), "{clash:#?}");
    let capture = event(&out, "capture");
    let lost = texts(&out, &capture.target);
    assert!(has(&lost, "armée congolaise"), "{capture:#?}");
    assert!(has(&lost, "miliciens Wazalendo"), "{capture:#?}");
}

#[test]
fn a_place_retaken_after_its_fall_is_taken_from_who_took_it() {
    let out = extract(
        "Les FAMa ont repris le contrôle du village de Kareri, tombé aux \
         mains des terroristes.",
    );
    let captures: Vec<&Event> =
        out.events.iter().filter(|e| e.kind == "capture").collect();
    assert_eq!(captures.len(), 2, "{:#?}", out.events);
    let retaken = captures
        .iter()
        .find(|e| has(&texts(&out, &e.agent), "FAMa"))
        .expect("the army's capture");
    assert!(has(&texts(&out, &retaken.target), "terroristes"), "{retaken:#?}");
    let fall = captures
        .iter()
        .find(|e| has(&texts(&out, &e.agent), "terroristes"))
        .expect("the fall");
    assert!(fall.target.is_empty(), "{fall:#?}");
    // Far from the trigger, past a bracket.
    let out = extract(
        "Le 12 courant, les FAMa ont repris le contrôle du village de Kareri \
         (cercle de Ténenkou), tombé aux mains des terroristes de la katiba \
         Macina en novembre dernier.",
    );
    let retaken = out
        .events
        .iter()
        .find(|e| e.kind == "capture" && has(&texts(&out, &e.agent), "FAMa"))
        .expect("the army's capture");
    assert!(has(&texts(&out, &retaken.target), "terroristes"), "{retaken:#?}");
}

#[test]
fn an_adverb_inside_a_pronominal_verb_keeps_it_active() {
    let out = extract(
        "Début octobre, des combattants Fano se sont brièvement emparés de \
         Debre Markos.",
    );
    let e = event(&out, "capture");
    assert!(has(&texts(&out, &e.agent), "combattants Fano"), "{e:#?}");
    assert!(e.target.is_empty(), "{e:#?}");
}

#[test]
fn an_operation_that_opens_the_sentence_is_conducted_by_its_subject() {
    let out = extract(
        "Le 12 mars, à l'issue d'une opération terrestre appuyée par des \
         frappes aériennes, les FAMa ont repris le contrôle du village de \
         Kareri.",
    );
    for kind in ["attack", "airstrike"] {
        let e = event(&out, kind);
        assert!(has(&texts(&out, &e.agent), "FAMa"), "{e:#?}");
    }
    // An attack suffered is not the subject's deed.
    let out = extract(
        "Lors d'une attaque jihadiste, les soldats ont tué cinq assaillants \
         à Boni.",
    );
    let e = event(&out, "attack");
    assert!(!has(&texts(&out, &e.agent), "soldats"), "{e:#?}");
}

#[test]
fn a_reproduced_communique_under_a_letterhead_is_told_by_the_letterhead_body()
{
    let text = "L'état-major général des armées a rendu public mercredi un \
                communiqué consacré à l'embuscade tendue mardi à un convoi \
                de l'armée. Nous le reproduisons ci-dessous.\n\nRÉPUBLIQUE \
                DU MALI\n\nÉTAT-MAJOR GÉNÉRAL DES ARMÉES\n\nCOMMUNIQUÉ \
                N°027/EMGA\n\nLe mardi 11 mars 2025, une unité des FAMa a \
                été la cible d'une embuscade tendue par des terroristes près \
                de Dioura.\n\nLes opérations de ratissage se poursuivent \
                dans la zone de Dioura.\n\nFait à Bamako, le 12 mars \
                2025\nLe Directeur de l'Information et des Relations \
                Publiques des Armées\nColonel-major Souleymane Dembélé\n";
    let out = extract(text);
    let ambush = out
        .events
        .iter()
        .find(|e| e.triggers.iter().any(|t| t.start > 300))
        .unwrap_or_else(|| panic!("no ambush: {:#?}", out.events));
    let said = texts(&out, &ambush.source);
    assert!(
        said.iter().any(|s| s.to_lowercase().contains("état-major")),
        "{ambush:#?} {said:?}"
    );
    // The paper on the ambush is put out by the staff, who did not lay it.
    assert!(
        !texts(&out, &ambush.agent)
            .iter()
            .any(|s| s.to_lowercase().contains("état-major")),
        "{ambush:#?}"
    );
    // The sweep that answers it is an event of its own.
    assert!(
        !ambush.triggers.iter().any(|t| t.text.contains("ratissage")),
        "{ambush:#?}"
    );
}

#[test]
fn who_is_confronted_with_attacks_suffers_them() {
    let out = extract(
        "L'armée malienne est confrontée depuis 2012 aux attaques de groupes \
         jihadistes liés à al-Qaïda.",
    );
    let e = event(&out, "attack");
    assert!(has(&texts(&out, &e.target), "armée malienne"), "{e:#?}");
    assert!(has(&texts(&out, &e.agent), "groupes jihadistes"), "{e:#?}");
}

#[test]
fn who_sums_up_operations_tells_of_them() {
    let out = extract(
        "Dans un communiqué, le ministère de la Défense dresse le bilan des \
         opérations conduites du 5 au 11 février par l'armée dans le \
         Nord-Ouest.",
    );
    let e = event(&out, "attack");
    assert!(has(&texts(&out, &e.agent), "armée"), "{e:#?}");
    assert!(!has(&texts(&out, &e.agent), "ministère de la Défense"), "{e:#?}");
    assert!(has(&texts(&out, &e.source), "ministère de la Défense"), "{e:#?}");
}

#[test]
fn a_call_by_a_named_head_of_state_to_lay_down_arms() {
    let out = extract(
        "Le ministre réitère l'appel du chef de l'État, Paul Biya, aux \
         séparatistes à déposer les armes.",
    );
    let e = event(&out, "surrender");
    assert_eq!(e.modality, "demanded", "{e:#?}");
    assert!(has(&texts(&out, &e.agent), "séparatistes"), "{e:#?}");
    assert!(has(&texts(&out, &e.source), "chef de l'État"), "{e:#?}");
    // A verb before an article runs no title: "ministre réitère l'appel"
    // is no mention.
    assert!(
        out.entities
            .iter()
            .all(|x| x.mentions.iter().all(|m| !m.text.contains("réitère"))),
        "{:#?}",
        out.entities
    );
}

#[test]
fn the_hour_of_a_live_page_entry_is_no_event_time() {
    let out = extract(
        "EN DIRECT – Liban\n\n16h20 – Frappes israéliennes dans la Bekaa\n\
         L'aviation israélienne a mené en milieu d'après-midi plusieurs \
         frappes près de Baalbek.\n\n15h30\nL'armée libanaise a annoncé \
         s'être déployée à Taybé.\n",
    );
    for e in &out.events {
        let times = texts(&out, &e.time);
        assert!(
            !has(&times, "16h20") && !has(&times, "15h30"),
            "{e:#?} {times:?}"
        );
    }
    // An hour told in the sentence is the event's.
    let out = extract("Les frappes ont eu lieu vers 16h20 près de Baalbek.");
    let e = event(&out, "airstrike");
    assert!(has(&texts(&out, &e.time), "16h20"), "{e:#?}");
}

#[test]
fn the_body_a_killed_leader_heads_is_not_killed_with_him() {
    let out = extract("Le commandant du M23 a été tué.");
    let e = event(&out, "killing");
    assert!(has(&texts(&out, &e.target), "commandant"), "{e:#?}");
    assert!(!has(&texts(&out, &e.target), "M23"), "{e:#?}");
    // Soldiers of an army killed are still of it.
    let out =
        extract("Trois soldats et un commandant de l'armée ont été tués.");
    let e = event(&out, "killing");
    assert!(has(&texts(&out, &e.target), "Trois soldats"), "{e:#?}");
}

#[test]
fn munitions_shot_down_through_en_are_no_toll() {
    let out = extract(
        "La Russie a tiré pendant la nuit six missiles et 128 drones sur le \
         territoire ukrainien, a affirmé l'armée de l'air ukrainienne, qui \
         dit en avoir abattu ou neutralisé 104.",
    );
    assert_no_event(&out, "killing");
    let e = event(&out, "airstrike");
    assert_eq!(e.killed, None, "{e:#?}");
    // Fighters put out of action through "en" are still killed.
    let out = extract(
        "Les terroristes ont attaqué le poste. L'armée en a neutralisé 12.",
    );
    assert_eq!(event(&out, "killing").killed, Some(12));
}

#[test]
fn people_freed_before_a_place_make_a_release() {
    let out = extract(
        "L'ELN a libéré six militaires enlevés le 3 mars près de Saravena.",
    );
    assert_no_event(&out, "capture");
    let e = event(&out, "release");
    assert!(has(&texts(&out, &e.target), "six militaires"), "{e:#?}");
    // A town freed is still taken.
    let out = extract("Les FAMa ont libéré la ville de Kidal.");
    assert_no_event(&out, "release");
    event(&out, "capture");
}

#[test]
fn a_participle_after_its_noun_takes_no_date_past_the_main_verb() {
    let out = extract(
        "Des bandits armés ont attaqué l'école de Kuriga. Les 137 élèves \
         enlevés le 7 mars ont retrouvé leurs familles mardi.",
    );
    let e = event(&out, "abduction");
    assert_eq!(texts(&out, &e.time), ["7 mars"], "{e:#?}");
    let out =
        extract("Les 137 élèves enlevés ont retrouvé leurs familles mardi.");
    let e = event(&out, "abduction");
    assert!(e.time.is_empty(), "{e:#?}");
}

#[test]
fn parents_who_march_are_the_protest_agent() {
    let out = extract(
        "Le 10 mars, des dizaines de parents avaient manifesté à Kuriga pour \
         réclamer une intervention de l'armée.",
    );
    let e = event(&out, "protest");
    assert_eq!(texts(&out, &e.agent), ["dizaines de parents"], "{e:#?}");
}

#[test]
fn people_taken_on_a_day_and_freed_since_make_two_events() {
    let out = extract("Les 137 élèves enlevés le 7 mars ont été libérés.");
    let taken = event(&out, "abduction");
    assert_eq!(texts(&out, &taken.target), ["137 élèves"], "{taken:#?}");
    assert_eq!(texts(&out, &taken.time), ["7 mars"], "{taken:#?}");
    let freed = event(&out, "release");
    assert_eq!(texts(&out, &freed.target), ["137 élèves"], "{freed:#?}");
    assert!(freed.time.is_empty(), "{freed:#?}");
}

#[test]
fn a_spokesman_tells_what_his_body_did() {
    for text in [
        "Le porte-parole de la police, Mansir Hassan, a annoncé \
         l'arrestation de deux suspects.",
        "Mansir Hassan, porte-parole de la police, a annoncé l'arrestation \
         de deux suspects.",
    ] {
        let out = extract(text);
        let e = event(&out, "arrest");
        assert_eq!(texts(&out, &e.agent), ["police"], "{text}: {e:#?}");
        assert!(has(&texts(&out, &e.source), "Mansir Hassan"), "{e:#?}");
    }
    // A threat is the spokesman's own words.
    let out = extract(
        "Le porte-parole des Houthis, Yahya Saree, a menacé d'étendre les \
         attaques.",
    );
    let e = event(&out, "threat");
    assert_eq!(texts(&out, &e.agent), ["Yahya Saree"], "{e:#?}");
}

#[test]
fn an_aside_after_the_auxiliary_keeps_the_speaker_the_source() {
    let out = extract(
        "Le ministre de l'Information, Mohammed Idris, a pour sa part \
         démenti que le gouvernement fédéral ait négocié avec les ravisseurs.",
    );
    let e = event(&out, "negotiation");
    assert_eq!(e.polarity, "negated", "{e:#?}");
    assert_eq!(e.source.len(), 1, "{e:#?}");
    let speaker = &e.source[0];
    assert!(
        out.entities.iter().any(|x| &x.id == speaker
            && x.mentions.iter().any(|m| m.text == "Mohammed Idris")),
        "{e:#?}"
    );
}

#[test]
fn who_claims_a_deed_does_it_and_tells_of_it() {
    let out = extract(
        "Les rebelles houthis du Yémen ont revendiqué mardi une attaque \
         contre un cargo.",
    );
    let e = event(&out, "attack");
    assert!(has(&texts(&out, &e.agent), "rebelles houthis"), "{e:#?}");
    assert!(has(&texts(&out, &e.source), "rebelles houthis"), "{e:#?}");
    // So does who says it has done one.
    let out = extract(
        "Le JNIM affirme avoir enlevé plusieurs militaires près de Djibo.",
    );
    let e = event(&out, "abduction");
    assert!(has(&texts(&out, &e.source), "JNIM"), "{e:#?}");
    // A claim denied tells of no deed of the claimant.
    let out = extract("Le JNIM n'a pas revendiqué l'attaque de Djibo.");
    for e in &out.events {
        assert!(!has(&texts(&out, &e.source), "JNIM"), "{e:#?}");
    }
}

#[test]
fn a_speaker_tells_what_follows_que_past_an_aside() {
    let out = extract(
        "Le ministère de la Défense affirme de son côté que plus de trente \
         assaillants ont été tués lors de la contre-attaque.",
    );
    let e = event(&out, "attack");
    assert!(has(&texts(&out, &e.source), "ministère de la Défense"), "{e:#?}");
    // A named speaker in apposition after a title, before a deed told
    // by its verb.
    let out = extract(
        "Son porte-parole, le ministre Alhamdou Ag Ilyène, a affirmé que \
         les FAMa avaient ciblé des terroristes.",
    );
    let e = event(&out, "attack");
    assert!(has(&texts(&out, &e.source), "Alhamdou Ag Ilyène"), "{e:#?}");
    assert!(has(&texts(&out, &e.agent), "FAMa"), "{e:#?}");
}

#[test]
fn those_who_flee_a_deed_are_not_its_targets() {
    let out = extract(
        "Des gangs ont tenté une incursion à Pétion-Ville, provoquant la \
         fuite de centaines d'habitants.",
    );
    let e = event(&out, "attack");
    assert!(!has(&texts(&out, &e.target), "centaines d'habitants"), "{e:#?}");
    let d = event(&out, "displacement");
    assert!(has(&texts(&out, &d.agent), "centaines d'habitants"), "{d:#?}");
}

#[test]
fn every_body_listed_after_selon_tells_and_none_is_hit() {
    let out = extract(
        "Selon l'association peule Kisal et l'Association des ressortissants \
         du cercle de Niafunké, au moins 14 civils y ont été tués.",
    );
    let e = event(&out, "killing");
    let source = texts(&out, &e.source);
    let target = texts(&out, &e.target);
    assert!(has(&source, "Kisal"), "{e:#?}");
    assert!(
        has(&source, "Association des ressortissants du cercle de Niafunké"),
        "{e:#?}"
    );
    assert!(!has(&target, "Kisal"), "{e:#?}");
    assert!(has(&target, "au moins 14 civils"), "{e:#?}");
}

#[test]
fn a_town_rockets_are_fired_on_is_hit() {
    let out = extract(
        "Le Hezbollah a tiré mardi soir une salve d'une trentaine de \
         roquettes sur Kiryat Shmona, selon l'armée israélienne.",
    );
    let e = event(&out, "shelling");
    assert!(has(&texts(&out, &e.target), "Kiryat Shmona"), "{e:#?}");
    assert!(has(&texts(&out, &e.location), "Kiryat Shmona"), "{e:#?}");
    // Air strikes on a town are only placed there.
    let out = extract("Des frappes aériennes sur Kabkabiya ont fait 7 morts.");
    let e = event(&out, "airstrike");
    assert!(!has(&texts(&out, &e.target), "Kabkabiya"), "{e:#?}");
}

#[test]
fn a_town_joined_to_a_hit_one_is_hit_too() {
    let out = extract(
        "Les troupes russes ont pilonné lundi Kostiantynivka et Tchassiv \
         Iar à l'artillerie lourde.",
    );
    let e = event(&out, "shelling");
    let target = texts(&out, &e.target);
    assert!(has(&target, "Kostiantynivka"), "{e:#?}");
    assert!(has(&target, "Tchassiv Iar"), "{e:#?}");
}

#[test]
fn both_sides_of_a_clash_past_an_aside_on_the_first() {
    let out = extract(
        "Dans la nuit de lundi à mardi, de violents affrontements à l'arme \
         lourde ont opposé la Brigade 444, commandée par Mahmoud Hamza, à \
         l'Appareil de soutien à la stabilité (SSA).",
    );
    let e = event(&out, "armed_clash");
    let agent = texts(&out, &e.agent);
    assert!(has(&agent, "Brigade 444"), "{e:#?}");
    assert!(has(&agent, "Appareil de soutien à la stabilité"), "{e:#?}");
    assert!(!has(&agent, "Mahmoud Hamza"), "{e:#?}");
}

#[test]
fn a_speaker_after_the_verb_past_a_shortened_title_or_a_plural_verb() {
    let out = extract(
        "Les jihadistes ont pris Kandi mardi, a assuré M. Houngbédji.",
    );
    let e = event(&out, "capture");
    assert!(has(&texts(&out, &e.source), "Houngbédji"), "{e:#?}");
    let out = extract(
        "La brigade 444 s'est emparée du quartier général du SSA, ont \
         raconté des habitants joints par téléphone.",
    );
    let e = event(&out, "capture");
    assert!(has(&texts(&out, &e.source), "habitants"), "{e:#?}");
}

#[test]
fn a_university_attacked_is_hit() {
    let out = extract(
        "En avril 2015, l'attaque de l'université de Garissa par les shebab \
         avait fait 148 morts.",
    );
    let e = event(&out, "attack");
    assert!(has(&texts(&out, &e.target), "université de Garissa"), "{e:#?}");
}

#[test]
fn people_named_bare_after_a_deed_are_its_targets() {
    for (text, kind, people) in [
        (
            "L'enlèvement d'agriculteurs se poursuit près de Kandi.",
            "abduction",
            "agriculteurs",
        ),
        (
            "L'arrestation de journalistes à Niamey a été dénoncée.",
            "arrest",
            "journalistes",
        ),
        (
            "Les enlèvements de bergers se multiplient dans le parc W.",
            "abduction",
            "bergers",
        ),
    ] {
        let out = extract(text);
        let e = event(&out, kind);
        assert!(has(&texts(&out, &e.target), people), "{text}: {e:#?}");
    }
}

#[test]
fn the_group_after_an_adjective_of_repeated_raids_carries_them_out() {
    let out = extract(
        "Les villages subissent depuis 2022 des incursions répétées de \
         groupes jihadistes.",
    );
    let e = event(&out, "attack");
    assert!(has(&texts(&out, &e.agent), "groupes jihadistes"), "{e:#?}");
}

#[test]
fn those_accused_of_an_attempt_carry_it_out_and_the_seat_stormed_is_no_siege()
{
    let out = extract(
        "Le gouvernement, qui accuse des « infiltrés » d'avoir tenté de \
         prendre d'assaut le siège, a parlé mardi.",
    );
    let e = event(&out, "attack");
    assert!(has(&texts(&out, &e.agent), "infiltrés"), "{e:#?}");
    assert!(!has(&texts(&out, &e.agent), "gouvernement"), "{e:#?}");
    assert_no_event(&out, "siege");
}

#[test]
fn a_speaker_past_an_audience_or_after_a_present_verb_tells() {
    let out = extract(
        "Les gangs ont attaqué Kenscoff, a déclaré à la presse le \
         porte-parole de la police, Lionel Lazarre.",
    );
    let e = event(&out, "attack");
    assert!(has(&texts(&out, &e.source), "Lionel Lazarre"), "{e:#?}");
    let out = extract(
        "Des centaines d'habitants ont fui Kandi mardi, raconte Issa Bio, \
         un responsable local.",
    );
    let e = event(&out, "displacement");
    assert!(has(&texts(&out, &e.source), "Issa Bio"), "{e:#?}");
    // What one deplores is no speaker.
    let out = extract(
        "L'ennemi a pilonné le camp. On déplore le bilan suivant : 71 \
         militaires tués.",
    );
    for e in &out.events {
        assert!(!has(&texts(&out, &e.source), "71 militaires"), "{e:#?}");
    }
}

#[test]
fn every_body_listed_after_a_closing_selon_tells() {
    let out = extract(
        "Des hommes armés ont enlevé trois enseignants à Kenscoff, selon \
         des sources policières et des élus locaux.",
    );
    let e = event(&out, "abduction");
    let source = texts(&out, &e.source);
    assert!(has(&source, "sources policières"), "{e:#?}");
    assert!(has(&source, "élus locaux"), "{e:#?}");
    assert!(has(&texts(&out, &e.target), "trois enseignants"), "{e:#?}");
}

#[test]
fn the_noun_of_an_abduction_makes_no_victims_of_the_group_before_it() {
    let out = extract(
        "Les villages subissent les exactions de groupes jihadistes : \
         enlèvements, assassinats.",
    );
    let e = event(&out, "abduction");
    assert!(!has(&texts(&out, &e.target), "groupes jihadistes"), "{e:#?}");
    // The participle does.
    let out = extract("Trois enseignants enlevés ont été retrouvés mardi.");
    let e = event(&out, "abduction");
    assert!(has(&texts(&out, &e.target), "Trois enseignants"), "{e:#?}");
}

#[test]
fn the_dead_set_beside_a_loss_are_its_victims_and_count_apart() {
    let out = extract(
        "Côté ennemi, une cinquantaine de terroristes ont été neutralisés. \
         Côté ami, l'État-major général des armées déplore la perte de six \
         soldats et de deux VDP, tombés les armes à la main.",
    );
    let killings: Vec<&Event> =
        out.events.iter().filter(|e| e.kind == "killing").collect();
    assert_eq!(killings.len(), 2, "{killings:#?}");
    let loss = killings
        .iter()
        .find(|e| e.triggers.iter().any(|t| t.text == "perte"))
        .expect("the loss");
    assert!(loss.triggers.iter().any(|t| t.text.starts_with("tombés")));
    let victims = texts(&out, &loss.target);
    assert!(has(&victims, "six soldats"), "{victims:?}");
    assert!(has(&victims, "deux VDP"), "{victims:?}");
    assert!(!has(&victims, "État-major général des armées"), "{victims:?}");
}

#[test]
fn recurring_attacks_are_told_apart_and_keep_their_groups() {
    let out = extract(
        "Au moins 21 civils ont été tués jeudi dans l'attaque d'un marché à \
         Bankilaré. La zone des trois frontières est le théâtre d'attaques \
         récurrentes de l'État islamique au Sahel (EIS).",
    );
    let attacks: Vec<&Event> =
        out.events.iter().filter(|e| e.kind == "attack").collect();
    assert_eq!(attacks.len(), 2, "{attacks:#?}");
    let recurring = attacks
        .iter()
        .find(|e| e.triggers.iter().any(|t| t.text == "attaques"))
        .expect("the recurring attacks");
    assert!(has(&texts(&out, &recurring.agent), "État islamique au Sahel"));
    assert!(texts(&out, &recurring.target).is_empty());
}

#[test]
fn deaths_after_bursting_in_are_a_killing() {
    for text in [
        "Les assaillants ont fait irruption à Masala, où ils ont tué 29 \
         personnes.",
        "Les assaillants ont fait irruption à Masala, tuant 29 personnes.",
    ] {
        let out = extract(text);
        let k = event(&out, "killing");
        assert_eq!(k.killed, Some(29), "{text}");
        assert!(has(&texts(&out, &k.agent), "assaillants"), "{text}");
        assert!(has(&texts(&out, &k.target), "29 personnes"), "{text}");
        assert!(has(&texts(&out, &k.location), "Masala"), "{text}");
    }
}

#[test]
fn a_refuge_is_where_a_flight_goes() {
    let out = extract(
        "Plus de 1 500 personnes ont quitté leurs villages pour se réfugier \
         à Mandouri.",
    );
    let flights: Vec<&Event> =
        out.events.iter().filter(|e| e.kind == "displacement").collect();
    assert_eq!(flights.len(), 1, "{flights:#?}");
    assert_eq!(flights[0].modality, "asserted");
    assert_eq!(flights[0].triggers.len(), 2);
    assert!(has(&texts(&out, &flights[0].destination), "Mandouri"));
    assert!(texts(&out, &flights[0].location).is_empty());

    let out = extract(
        "« Ils tiraient partout », raconte un commerçant, joint par \
         téléphone à Ouahigouya, où il s'est réfugié dimanche.",
    );
    let d = event(&out, "displacement");
    assert!(has(&texts(&out, &d.destination), "Ouahigouya"), "{d:#?}");
    assert!(!has(&texts(&out, &d.location), "Ouahigouya"), "{d:#?}");
}

#[test]
fn the_object_past_the_day_and_place_of_the_deed() {
    let out = extract(
        "Une unité de l'armée a arrêté lundi matin à Goma cinq personnes \
         soupçonnées de collaborer avec les rebelles.",
    );
    let a = event(&out, "arrest");
    assert!(has(&texts(&out, &a.target), "cinq personnes"), "{a:#?}");
    assert!(has(&texts(&out, &a.location), "Goma"), "{a:#?}");
    // A clause break between ends the reach.
    let out = extract(
        "L'armée a arrêté lundi à Goma, selon des habitants, plusieurs \
         commerçants.",
    );
    let a = event(&out, "arrest");
    assert!(!has(&texts(&out, &a.target), "habitants"), "{a:#?}");
}

#[test]
fn rockets_fired_the_day_before_on_a_town_hit_it() {
    let out = extract(
        "L'armée israélienne a frappé un centre du Hezbollah, en riposte aux \
         tirs de roquettes lancés la veille sur Kiryat Shmona.",
    );
    let s = event(&out, "shelling");
    assert!(has(&texts(&out, &s.target), "Kiryat Shmona"), "{s:#?}");
}

#[test]
fn a_house_of_a_town_is_hit_the_town_is_where() {
    let out = extract(
        "Dans la nuit, une frappe israélienne a touché une maison de \
         Nousseirat, tuant six enfants.",
    );
    let s = event(&out, "airstrike");
    let targets = texts(&out, &s.target);
    assert!(!has(&targets, "Nousseirat"), "{targets:?}");
    assert!(has(&targets, "six enfants"), "{targets:?}");
    assert!(has(&texts(&out, &s.location), "Nousseirat"));
}

#[test]
fn what_strikes_of_a_named_force_hit_is_their_target() {
    let out = extract(
        "Des combattants de l'Iswap ont attaqué la base de Marte. Des \
         frappes de l'armée de l'air ont ensuite visé les insurgés en \
         fuite, a ajouté le général Danladi.",
    );
    let s = event(&out, "airstrike");
    assert!(has(&texts(&out, &s.agent), "armée de l'air"), "{s:#?}");
    assert!(has(&texts(&out, &s.target), "combattants"), "{s:#?}");
}

#[test]
fn combat_aircraft_of_a_force_stand_for_it() {
    let out = extract(
        "Des avions de combat de l'armée de l'air ont frappé plus de 30 \
         cibles à Khan Younès.",
    );
    let s = event(&out, "airstrike");
    assert!(has(&texts(&out, &s.agent), "armée de l'air"), "{s:#?}");
}

#[test]
fn men_sent_are_troops_who_deploy() {
    let out = extract(
        "Gitega, qui avait déployé quelque 10 000 hommes en RDC, a \
         rapatrié ses soldats.",
    );
    let d = event(&out, "deployment");
    assert!(has(&texts(&out, &d.agent), "quelque 10 000 hommes"), "{d:#?}");
    // Men killed stay people.
    let out = extract("Des hommes armés ont tué 12 hommes au marché de Gao.");
    let men = out
        .entities
        .iter()
        .find(|e| e.mentions.iter().any(|m| m.text == "12 hommes"))
        .expect("the men killed");
    assert_eq!(men.subkind.as_deref(), Some("civilians"));
}

#[test]
fn part_of_the_victims_shares_their_fate() {
    let out = extract(
        "Au moins quinze personnes ont été tuées, dont deux policiers, selon \
         un bilan provisoire.",
    );
    let k = event(&out, "killing");
    assert!(has(&texts(&out, &k.target), "deux policiers"), "{k:#?}");
    assert!(
        has(&texts(&out, &k.target), "Au moins quinze personnes"),
        "{k:#?}"
    );
}

#[test]
fn threats_of_a_group_are_its_own() {
    // A noun after an article, not the verb "menacer".
    let out = extract("Les menaces des jihadistes inquiètent les éleveurs.");
    let t = event(&out, "threat");
    assert!(has(&texts(&out, &t.agent), "jihadistes"), "{t:#?}");
    // Who is told not to give in to them is threatened.
    let out =
        extract("Les transporteurs ne veulent pas céder aux menaces du JNIM.");
    let t = event(&out, "threat");
    assert!(has(&texts(&out, &t.agent), "JNIM"), "{t:#?}");
    assert!(has(&texts(&out, &t.target), "transporteurs"), "{t:#?}");
    assert!(!has(&texts(&out, &t.agent), "transporteurs"), "{t:#?}");
}

#[test]
fn doer_of_a_qualified_response_and_what_its_strikes_aim_at() {
    let out = extract(
        "La riposte vigoureuse des FAMa a permis de localiser les \
         assaillants.",
    );
    let a = event(&out, "attack");
    assert!(has(&texts(&out, &a.agent), "FAMa"), "{a:#?}");
    let out = extract(
        "Des frappes aériennes des FAMa ont ensuite visé un regroupement de \
         terroristes près de Ber.",
    );
    let s = event(&out, "airstrike");
    assert!(has(&texts(&out, &s.agent), "FAMa"), "{s:#?}");
    assert!(has(&texts(&out, &s.target), "terroristes"), "{s:#?}");
}

#[test]
fn hedged_count_after_par_is_the_doer() {
    let out = extract(
        "Une position a été attaquée près du village de Chatoumane par plus \
         d'une centaine de terroristes.",
    );
    let a = event(&out, "attack");
    assert!(
        texts(&out, &a.agent).iter().any(|t| t.contains("centaine")),
        "{a:#?}"
    );
    let out = extract(
        "La riposte vigoureuse de nos forces a permis de repousser l'ennemi.",
    );
    let a = event(&out, "attack");
    assert!(has(&texts(&out, &a.agent), "forces"), "{a:#?}");
}

#[test]
fn a_group_named_for_resistance_does_not_repel() {
    // "résistance" in a name is no verb of resisting: the subject still
    // strikes.
    let out = extract(
        "L'armée turque a tué trois combattants des Unités de résistance de \
         Sinjar dans une frappe de drone près de Sinouni.",
    );
    let s = event(&out, "airstrike");
    assert!(has(&texts(&out, &s.agent), "armée turque"), "{s:#?}");
    assert!(!has(&texts(&out, &s.target), "armée turque"), "{s:#?}");
}

#[test]
fn parties_that_agree_on_an_exchange() {
    let out =
        extract("Le gouvernement et les Houthis s’accordent sur un échange de prisonniers.");
    let a = event(&out, "agreement");
    for p in ["gouvernement", "Houthis"] {
        assert!(has(&texts(&out, &a.agent), p), "{a:#?}");
    }
}

#[test]
fn speaker_after_a_quoted_threat_makes_it() {
    let out = extract(
        "« Nous allons poursuivre nos opérations tant que Gaza restera sous \
         blocus », a menacé sur X le porte-parole militaire des Houthis, \
         Yahya Saree.",
    );
    let t = event(&out, "threat");
    assert!(has(&texts(&out, &t.agent), "porte-parole militaire"), "{t:#?}");
    assert!(t.target.is_empty(), "{t:#?}");
}

#[test]
fn one_shot_trying_to_get_away_is_killed_not_displaced() {
    let out = extract(
        "Des hommes armés ont attaqué le village et enlevé 37 fidèles. Un \
         jeune homme qui tentait de s’enfuir a été abattu, selon plusieurs \
         témoins.",
    );
    assert_no_event(&out, "displacement");
    let k = event(&out, "killing");
    assert!(has(&texts(&out, &k.target), "jeune homme"), "{k:#?}");
    // Many who try to flee a town are displaced.
    let out = extract(
        "Les combats ont repris à Goma. Des milliers d'habitants tentent de \
         fuir la ville.",
    );
    event(&out, "displacement");
}

#[test]
fn force_that_says_it_repelled_an_attack_was_its_target() {
    let out = extract(
        "La veille, l'armée soudanaise avait affirmé avoir repoussé une \
         attaque des FSR contre l'est de la ville.",
    );
    let a = event(&out, "attack");
    assert!(has(&texts(&out, &a.agent), "FSR"), "{a:#?}");
    assert!(has(&texts(&out, &a.target), "armée soudanaise"), "{a:#?}");
    assert!(has(&texts(&out, &a.source), "armée soudanaise"), "{a:#?}");
}

#[test]
fn what_a_denier_then_asserts_is_told_as_done_on_its_own() {
    let out = extract(
        "L’armée malienne dément toute frappe contre des civils et affirme \
         avoir « neutralisé des terroristes ».",
    );
    let s = event(&out, "airstrike");
    assert_eq!(s.polarity, "negated", "{s:#?}");
    assert!(has(&texts(&out, &s.target), "civils"), "{s:#?}");
    assert!(!has(&texts(&out, &s.target), "terroristes"), "{s:#?}");
    let k = event(&out, "killing");
    assert_eq!(k.polarity, "affirmative", "{k:#?}");
    assert!(has(&texts(&out, &k.target), "terroristes"), "{k:#?}");
    assert!(!has(&texts(&out, &k.target), "civils"), "{k:#?}");
}

#[test]
fn verb_after_and_shares_the_opening_subject() {
    let out = extract(
        "Les FARDC appellent la population au calme et mettent en garde les \
         collaborateurs de l'ennemi.",
    );
    let t = event(&out, "threat");
    assert!(has(&texts(&out, &t.agent), "FARDC"), "{t:#?}");
    assert!(!has(&texts(&out, &t.agent), "population"), "{t:#?}");
    let out = extract(
        "Le M23 a accusé l'armée burundaise de bombarder ses positions près \
         de Kamanyola et a menacé de « riposter ».",
    );
    let t = event(&out, "threat");
    assert_eq!(texts(&out, &t.agent), ["M23"], "{t:#?}");
}

#[test]
fn a_verb_of_its_own_after_a_denial_is_not_denied() {
    let out = extract(
        "Le Hezbollah a démenti avoir visé des civils, et a promis de « \
         répondre à chaque agression ».",
    );
    let a = event(&out, "attack");
    assert_eq!(a.polarity, "negated", "{a:#?}");
    let t = event(&out, "threat");
    assert_eq!(t.polarity, "affirmative", "{t:#?}");
}

#[test]
fn where_the_wounded_are_cared_for_is_not_where_they_fell() {
    let out = extract(
        "Six militaires sont tombés au champ d’honneur à Téra et neuf blessés \
         ont été pris en charge à Niamey.",
    );
    let k = event(&out, "killing");
    assert!(!has(&texts(&out, &k.location), "Niamey"), "{k:#?}");
}

#[test]
fn the_place_named_after_a_leaving_force_is_left() {
    let out = extract(
        "L'accord prévoit le retrait de l'armée israélienne de Rafah.",
    );
    let w = event(&out, "withdrawal");
    assert!(has(&texts(&out, &w.agent), "armée israélienne"), "{w:#?}");
    assert!(has(&texts(&out, &w.location), "Rafah"), "{w:#?}");
}

#[test]
fn where_fire_comes_from_gives_way_to_where_it_lands() {
    let out = extract(
        "Des obus d'artillerie tirés depuis la région de Qousseir ont touché \
         les localités de Qasr et Hawch al-Sayyed Ali.",
    );
    let s = event(&out, "shelling");
    assert!(!has(&texts(&out, &s.location), "Qousseir"), "{s:#?}");
    assert!(has(&texts(&out, &s.location), "Qasr"), "{s:#?}");
    // Alone, the place fire comes from stays.
    let out = extract("Des roquettes ont été tirées depuis le sud du Liban.");
    let s = event(&out, "shelling");
    assert!(has(&texts(&out, &s.location), "Liban"), "{s:#?}");
}

#[test]
fn a_situation_note_s_issuer_tells_its_events() {
    let out = extract(
        "SOUDAN DU SUD\nHaut-Nil : note de situation n° 3 (extrait)\nOCHA – \
         Publié le 14 mars 2025\n\nPOINTS CLÉS\n- Les combats entre l'armée \
         et l'Armée blanche se poursuivent dans le comté de Nasir.\n",
    );
    let c = event(&out, "armed_clash");
    assert!(has(&texts(&out, &c.source), "OCHA"), "{c:#?}");
}

#[test]
fn a_government_that_reports_a_toll_tells_it() {
    for text in [
        "Le ministère de la Santé fait état de 17 civils tués jeudi.",
        "Le ministère de la Santé a fait état de 17 civils tués jeudi.",
    ] {
        let out = extract(text);
        let k = event(&out, "killing");
        assert!(
            has(&texts(&out, &k.source), "ministère de la Santé"),
            "{text}: {k:#?}"
        );
        assert!(
            !has(&texts(&out, &k.agent), "ministère de la Santé"),
            "{text}: {k:#?}"
        );
        assert!(
            !has(&texts(&out, &k.target), "ministère de la Santé"),
            "{text}: {k:#?}"
        );
        assert!(has(&texts(&out, &k.target), "17 civils"), "{text}: {k:#?}");
    }
}

#[test]
fn a_backer_in_an_aside_leads_back_to_the_subject_it_backs() {
    let out = extract(
        "L'Armée nationale somalienne (SNA), appuyée par les forces locales \
         Macawisley, a mené mardi une opération contre les terroristes \
         d'Al-Chabab.",
    );
    let a = event(&out, "attack");
    assert!(
        has(&texts(&out, &a.agent), "Armée nationale somalienne"),
        "{a:#?}"
    );
    assert!(has(&texts(&out, &a.agent), "Macawisley"), "{a:#?}");
}

#[test]
fn rockets_fired_by_a_force_that_come_down_are_one_shelling_by_it() {
    let out = extract(
        "Lundi, des roquettes tirées par les FSR se sont abattues sur le \
         camp d'Abou Chouk, tuant au moins sept civils.",
    );
    assert_no_event(&out, "attack");
    let e = event(&out, "shelling");
    assert_eq!(e.triggers.len(), 2, "{e:#?}");
    assert!(has(&texts(&out, &e.agent), "FSR"), "{e:#?}");
}

#[test]
fn munitions_that_damage_strike_and_a_storm_does_not() {
    let out = extract(
        "Dans la nuit de mercredi à jeudi, des drones avaient déjà \
         endommagé des infrastructures énergétiques à Kharkiv.",
    );
    let e = event(&out, "airstrike");
    assert!(e.triggers.iter().any(|t| t.text == "endommagé"), "{e:#?}");
    let out = extract("La tempête a endommagé des maisons à Goma.");
    assert!(out.events.is_empty(), "{:#?}", out.events);
}

#[test]
fn a_danger_removed_an_accord_left_and_a_crowd_for_aid_are_no_events() {
    let out = extract(
        "Tsahal continuera d'agir pour éliminer toute menace contre les \
         citoyens de l'État d'Israël.",
    );
    assert_no_event(&out, "killing");
    assert_no_event(&out, "threat");
    let out = extract(
        "Les combattants de la CPC, qui avaient signé l'accord de paix de \
         février 2019 avant de s'en retirer, ont attaqué Bozoum.",
    );
    assert_no_event(&out, "withdrawal");
    let out = extract(
        "Des tirs ont fait 27 morts près d'un centre de distribution à \
         Rafah. Des milliers de personnes s'étaient rassemblées dans \
         l'obscurité pour tenter de récupérer des colis de farine.",
    );
    assert_no_event(&out, "protest");
    let out = extract(
        "Des roquettes ont tué sept civils dans le camp d'Abou Chouk, a \
         affirmé la coordination des déplacés du camp.",
    );
    assert_no_event(&out, "displacement");
    // The gates leave what they should not take.
    let out = extract(
        "Les rebelles ont pris Kalehe avant de s'en retirer. Des milliers \
         de manifestants se sont rassemblés à Goma.",
    );
    event(&out, "withdrawal");
    event(&out, "protest");
}

#[test]
fn the_toll_of_a_clash_is_no_target_of_it() {
    let out = extract(
        "Au moins 27 personnes, dont plusieurs civils, ont été tuées et 106 \
         blessées dans les affrontements qui ont opposé lundi soir la force \
         Radaa et la Brigade 444 à Tripoli.",
    );
    let e = event(&out, "armed_clash");
    assert!(e.target.is_empty(), "{e:#?}");
    assert_eq!(e.killed, Some(27));
    let agents = texts(&out, &e.agent);
    assert!(has(&agents, "Radaa") && has(&agents, "Brigade 444"), "{e:#?}");
}

#[test]
fn a_munition_phrase_that_comes_down_is_one_strike_with_its_verb() {
    let out = extract(
        "Deux bombes aériennes guidées se sont abattues jeudi sur le \
         quartier d'Oleksandrivskyï, à Zaporijjia.",
    );
    let strikes: Vec<_> =
        out.events.iter().filter(|e| e.kind == "airstrike").collect();
    assert_eq!(strikes.len(), 1, "{strikes:#?}");
    let words: Vec<&str> =
        strikes[0].triggers.iter().map(|t| t.text.as_str()).collect();
    assert!(words.contains(&"bombes aériennes"), "{words:?}");
}

#[test]
fn a_warning_against_any_attack_targets_the_one_warned() {
    let out = extract(
        "Six soldats ont été tués dans une embuscade près d'al-Mazraa, selon \
         le ministère de la Défense. Le ministre israélien de la Défense, \
         Israël Katz, a mis en garde les forces syriennes contre toute \
         attaque visant les Druzes.",
    );
    let threat = event(&out, "threat");
    assert_eq!(texts(&out, &threat.target), ["forces syriennes"]);
    // Any attack warned against is none done, and not the ambush told.
    let attacks: Vec<_> =
        out.events.iter().filter(|e| e.kind == "attack").collect();
    assert_eq!(attacks.len(), 2, "{attacks:#?}");
    let any = attacks
        .iter()
        .find(|e| e.triggers.iter().any(|t| t.text == "attaque"))
        .unwrap();
    assert_eq!(any.modality, "hypothetical", "{any:#?}");
}

#[test]
fn under_the_un_letterhead_the_mission_or_agency_issues_the_text() {
    let out = extract(
        "NATIONS UNIES\nForce intérimaire de sécurité des Nations unies pour \
         Abyei (FISNUA)\n\nCOMMUNIQUÉ DE PRESSE\nAbyei, le 30 janvier 2024\n\n\
         Des patrouilles renforcées ont été déployées lundi à Rumamer et à \
         Mijak.",
    );
    let e = event(&out, "deployment");
    assert_eq!(
        texts(&out, &e.source),
        ["Force intérimaire de sécurité des Nations unies pour Abyei"]
    );
    let out = extract(
        "NATIONS UNIES - BUREAU DE LA COORDINATION DES AFFAIRES HUMANITAIRES \
         (OCHA)\nTerritoire palestinien occupé | Rapport de situation - \
         Cisjordanie\n\nLe 13 février, une frappe de drone israélienne a \
         touché un groupe de jeunes à Tammoun.",
    );
    let e = event(&out, "airstrike");
    assert_eq!(
        texts(&out, &e.source),
        ["BUREAU DE LA COORDINATION DES AFFAIRES HUMANITAIRES"]
    );
}

#[test]
fn islets_and_hamlets_named_after_de_are_where_it_happens() {
    let out = extract(
        "Samedi, l'aviation a mené des frappes contre les îlots de \
         Tchoukoutalia et de Kangalom.",
    );
    let e = event(&out, "airstrike");
    let at = texts(&out, &e.location);
    assert!(has(&at, "Tchoukoutalia") && has(&at, "Kangalom"), "{e:#?}");
    let out = extract("Des hommes armés ont attaqué les hameaux de Kouri.");
    let e = event(&out, "attack");
    assert!(has(&texts(&out, &e.location), "Kouri"), "{e:#?}");
}

#[test]
fn after_ou_the_subject_follows_the_verb() {
    let out = extract(
        "Samedi, l'aviation a mené des frappes contre les îlots de \
         Tchoukoutalia et de Kangalom, où s'étaient repliés les assaillants.",
    );
    let e = event(&out, "withdrawal");
    assert_eq!(texts(&out, &e.agent), ["assaillants"], "{e:#?}");
}

#[test]
fn ou_stands_for_the_place_right_before_it() {
    let out = extract(
        "Les assaillants ont fait irruption vers 22h à Masala, où ils ont \
         tué 29 personnes, avant de se diriger vers Kabasha, en RDC.",
    );
    let e = event(&out, "killing");
    assert_eq!(texts(&out, &e.location), ["Masala"], "{e:#?}");
}

#[test]
fn sworn_and_promised_blows_are_threats() {
    for text in [
        "Le porte-parole militaire du M23, Willy Ngoma, a promis de « \
         nettoyer » la ville des « fauteurs de troubles ».",
        "Le chef de l'armée, le général Abdel Fattah al-Burhane, avait juré \
         samedi de « poursuivre le combat jusqu'à la victoire ».",
        "Le gouvernement a promis que les auteurs de l'attaque « paieront le \
         prix fort ».",
    ] {
        let out = extract(text);
        event(&out, "threat");
    }
    // A promise of no blow, and a word that only starts like "jurer".
    let out = extract(
        "Le gouvernement a promis des élections. Un expert juridique a \
         été entendu.",
    );
    assert_no_event(&out, "threat");
}

#[test]
fn a_quote_told_as_a_threat_is_one() {
    let out = extract(
        "Des frappes houthies ont visé un navire en mer Rouge mardi. « Nous \
         frapperons encore les navires », a menacé le porte-parole.",
    );
    let e = event(&out, "threat");
    assert!(e.triggers.iter().any(|t| t.text == "menacé"), "{e:#?}");
}

#[test]
fn deaths_under_a_failed_aid_drop_are_no_killing() {
    let out = extract(
        "Le 8 mars, au moins cinq personnes ont été tuées au camp d'Al-Chati \
         lors d'un largage dont le parachute ne s'est pas ouvert.",
    );
    assert_no_event(&out, "killing");
    assert_no_event(&out, "deployment");
    event(&out, "humanitarian");
    // Troops dropped are deployed; paratroopers kill.
    let out = extract(
        "L'armée parachute des troupes à Gao. Des parachutistes ont tué \
         trois rebelles.",
    );
    event(&out, "deployment");
    event(&out, "killing");
}

#[test]
fn a_denial_leaves_the_deed_that_dates_what_it_denies() {
    let out = extract(
        "Le gouvernement a démenti que des soldats aient abandonné leur \
         position de Bankilaré avant l'attaque.",
    );
    let w = event(&out, "withdrawal");
    assert_eq!(w.polarity, "negated", "{w:#?}");
    let a = event(&out, "attack");
    assert_eq!(a.polarity, "affirmative", "{a:#?}");
    // Any attack denied is denied, not a guess.
    let out = extract("L'armée dément toute attaque contre des civils.");
    let a = event(&out, "attack");
    assert!(a.polarity == "negated" && a.modality == "asserted", "{a:#?}");
}

#[test]
fn a_clash_between_two_groups_of_people_is_fought_by_them() {
    let out = extract(
        "De nouveaux affrontements entre éleveurs et agriculteurs ont fait \
         17 morts dans le département des Monts de Lam.",
    );
    let e = event(&out, "armed_clash");
    let sides = texts(&out, &e.agent);
    assert!(has(&sides, "éleveurs") && has(&sides, "agriculteurs"), "{e:#?}");
    // Civilians caught in a clash between forces are no side of it.
    let out = extract(
        "Des combats entre l'armée et les rebelles ont tué des civils et des \
         enfants.",
    );
    let e = event(&out, "armed_clash");
    assert_eq!(texts(&out, &e.agent), ["armée", "rebelles"], "{e:#?}");
}

#[test]
fn a_denial_does_not_make_its_speaker_do_the_attack_it_dates() {
    let out = extract(
        "Quatre soldats ont été tués lundi lors d'une attaque de l'État \
         islamique contre un poste de l'armée à Daquq. Le Commandement des \
         opérations conjointes a démenti l'enlèvement de deux soldats lors \
         de l'attaque.",
    );
    let attacks: Vec<&Event> =
        out.events.iter().filter(|e| e.kind == "attack").collect();
    assert_eq!(attacks.len(), 1, "{attacks:#?}");
    let a = attacks[0];
    assert_eq!(a.polarity, "affirmative", "{a:#?}");
    assert_eq!(texts(&out, &a.agent), ["État islamique"], "{a:#?}");
    let k = event(&out, "abduction");
    assert_eq!(k.polarity, "negated", "{k:#?}");
}

#[test]
fn a_deed_set_beside_an_earlier_one_leaves_it_its_places_and_toll() {
    let out = extract(
        "L'attaque survient neuf jours après une embuscade dans la province \
         de Diyala, où cinq combattants du Hachd avaient été tués.",
    );
    let e = out
        .events
        .iter()
        .find(|e| e.triggers.iter().any(|t| t.text == "embuscade"))
        .expect("the ambush");
    assert_eq!(e.killed, Some(5), "{e:#?}");
    assert!(has(&texts(&out, &e.location), "Diyala"), "{e:#?}");
    let a = out
        .events
        .iter()
        .find(|e| e.triggers.iter().any(|t| t.text == "attaque"))
        .expect("the attack named again");
    assert!(a.killed.is_none() && a.location.is_empty(), "{a:#?}");
    assert!(a.time.is_empty(), "the lapse dates neither: {a:#?}");
}

#[test]
fn an_apposition_to_the_subject_does_not_launch_the_operation() {
    let out = extract(
        "Des unités du Hachd al-Chaabi, coalition d'anciens paramilitaires \
         intégrée aux forces de sécurité, ont lancé une opération de \
         ratissage dans les villages voisins, selon un communiqué des Forces \
         de mobilisation populaire.",
    );
    let e = event(&out, "attack");
    assert_eq!(texts(&out, &e.agent), ["Hachd al-Chaabi"], "{e:#?}");
    let out = extract(
        "Le Hachd al-Chaabi, une coalition de milices chiites, a lancé une \
         offensive.",
    );
    let e = event(&out, "attack");
    assert_eq!(texts(&out, &e.agent), ["Hachd al-Chaabi"], "{e:#?}");
}

#[test]
fn the_dead_named_with_a_part_and_not_the_wounded_beside_them() {
    let out = extract(
        "Deux soldats, dont un officier, sont tombés en martyrs et trois \
         autres ont été blessés.",
    );
    let e = event(&out, "killing");
    let victims = texts(&out, &e.target);
    assert!(has(&victims, "Deux soldats"), "{e:#?}");
    assert!(has(&victims, "officier"), "{e:#?}");
    assert!(!has(&victims, "trois autres"), "{e:#?}");
    assert_eq!(e.killed, Some(2), "{e:#?}");
    // An attack's victims take in the wounded.
    let out = extract(
        "Deux soldats ont été tués et trois autres blessés dans une \
         embuscade.",
    );
    let e = event(&out, "attack");
    assert!(has(&texts(&out, &e.target), "trois autres"), "{e:#?}");
}

#[test]
fn the_object_follows_a_setting_set_off_by_commas() {
    let out = extract(
        "La police a arrêté mardi à l'aube, dans le district de Hawija, \
         quatre individus recherchés.",
    );
    let e = event(&out, "arrest");
    assert_eq!(texts(&out, &e.target), ["quatre individus"], "{e:#?}");
    assert!(has(&texts(&out, &e.location), "Hawija"), "{e:#?}");
    let out =
        extract("Les soldats ont tué mardi, près de Gao, cinq terroristes.");
    let e = event(&out, "killing");
    assert_eq!(texts(&out, &e.target), ["cinq terroristes"], "{e:#?}");
    // Not past an aside that is no setting.
    let out = extract(
        "L'armée a riposté, selon le gouverneur, les rebelles ont fui.",
    );
    assert!(out
        .events
        .iter()
        .all(|e| !has(&texts(&out, &e.target), "rebelles")));
}

#[test]
fn calls_to_an_end_of_violence_and_to_talks_beside_it() {
    let out = extract(
        "La coalition a appelé vendredi à « la fin immédiate des violences » \
         et à un dialogue entre les deux parties.",
    );
    let c = event(&out, "ceasefire");
    assert_eq!(c.modality, "demanded", "{c:#?}");
    let n = event(&out, "negotiation");
    assert_eq!(n.modality, "demanded", "{n:#?}");
    // Told as done, an end of fighting is a ceasefire that happened.
    let out = extract("La fin des combats a permis le retour des habitants.");
    assert_eq!(event(&out, "ceasefire").modality, "asserted");
    // A warning in the first person is a threat.
    let out = extract(
        "« Nous mettons en garde ceux qui apportent leur soutien à \
         l'organisation terroriste », a déclaré le ministère.",
    );
    event(&out, "threat");
}

#[test]
fn a_local_government_area_after_the_village_places_the_deed_too() {
    let out = extract(
        "Des hommes armés ont attaqué le village de Kucheri, dans la LGA de \
         Tsafe, tuant 14 villageois.",
    );
    let e = event(&out, "attack");
    let places = texts(&out, &e.location);
    assert!(has(&places, "Kucheri") && has(&places, "Tsafe"), "{e:#?}");
}

#[test]
fn troops_that_enter_a_country_go_there() {
    let out = extract(
        "Des militaires burundais auraient pénétré en territoire rwandais à \
         la poursuite des assaillants.",
    );
    let e = event(&out, "deployment");
    assert_eq!(texts(&out, &e.agent), ["militaires burundais"], "{e:#?}");
    assert_eq!(texts(&out, &e.destination), ["territoire rwandais"], "{e:#?}");
    assert!(e.location.is_empty(), "{e:#?}");
}

#[test]
fn those_named_in_the_subjects_clause_are_no_victims_of_its_active_verb() {
    let out = extract(
        "Des hommes armés que les habitants identifient comme des membres de \
         Boko Haram ont enlevé 11 femmes près de Gwoza.",
    );
    let e = event(&out, "abduction");
    assert_eq!(texts(&out, &e.target), ["11 femmes"], "{e:#?}");
    // The victims of a passive of their own stay victims, and so do
    // those carried by a vehicle that hit a mine.
    let out = extract(
        "Trois civils ont été tués quand des hommes armés ont attaqué le \
         village.",
    );
    let e = event(&out, "attack");
    assert!(has(&texts(&out, &e.target), "Trois civils"), "{e:#?}");
    let out = extract(
        "Un minibus transportant des commerçants a sauté sur un engin \
         explosif improvisé.",
    );
    let e = event(&out, "bombing");
    assert!(has(&texts(&out, &e.target), "commerçants"), "{e:#?}");
}

#[test]
fn armed_criminals_are_an_armed_group_of_no_name() {
    let out = extract(
        "Une position de l'armée a été attaquée par un groupe de criminels \
         armés venus du Rwanda voisin.",
    );
    let e = event(&out, "attack");
    assert_eq!(texts(&out, &e.agent), ["groupe de criminels armés"], "{e:#?}");
}

#[test]
fn the_day_of_a_call_does_not_date_what_it_calls_for() {
    let out = extract(
        "L'émissaire de l'ONU a appelé mardi à un cessez-le-feu en mer \
         Rouge.",
    );
    let e = event(&out, "ceasefire");
    assert_eq!(e.modality, "demanded", "{e:#?}");
    assert!(e.time.is_empty(), "{e:#?}");
    // A date given to the deed itself stays.
    let out = extract("L'ONU a appelé à un cessez-le-feu dès lundi prochain.");
    let e = event(&out, "ceasefire");
    assert!(!e.time.is_empty(), "{e:#?}");
}

#[test]
fn a_surrender_dated_before_the_force_it_is_made_to() {
    let out = extract(
        "57 ex-combattants de Boko Haram se sont rendus samedi aux FDS.",
    );
    let e = event(&out, "surrender");
    assert!(has(&texts(&out, &e.agent), "57 ex-combattants"), "{e:#?}");
    // A trip with its date is still no surrender.
    assert_no_event(
        &extract("Le président doit se rendre dimanche à Damas."),
        "surrender",
    );
}

#[test]
fn the_hunted_follow_the_hunt() {
    let out = extract(
        "Les FARDC assurent que la traque des groupes armés se poursuit.",
    );
    let e = event(&out, "attack");
    assert!(!has(&texts(&out, &e.agent), "groupes armés"), "{e:#?}");
    assert!(has(&texts(&out, &e.target), "groupes armés"), "{e:#?}");
}

#[test]
fn par_after_an_active_verb_belongs_to_the_participle_between() {
    let out = extract(
        "Les soldats ont libéré trois habitants enlevés le 14 novembre par \
         les miliciens.",
    );
    let r = event(&out, "release");
    assert!(!has(&texts(&out, &r.agent), "miliciens"), "{r:#?}");
    let a = event(&out, "abduction");
    assert_eq!(texts(&out, &a.agent), ["miliciens"], "{a:#?}");
    // A passive's doer is still read after "par".
    let out = extract("Le camp a été attaqué mardi par des hommes armés.");
    let e = event(&out, "attack");
    assert_eq!(texts(&out, &e.agent), ["hommes armés"], "{e:#?}");
}

#[test]
fn soldiers_who_fall_fall_to_the_attackers_told_before() {
    let out = extract(
        "Le 12 mai, des terroristes ont attaqué le poste militaire de \
         Kourtiagou. Nos forces ont riposté vigoureusement. Bilan provisoire : \
         côté ami, six militaires tombés au champ d'honneur et neuf blessés ; \
         côté ennemi, une cinquantaine de terroristes neutralisés.",
    );
    let fallen = out
        .events
        .iter()
        .find(|e| {
            e.kind == "killing"
                && has(&texts(&out, &e.target), "six militaires")
        })
        .expect("the soldiers' deaths");
    assert_eq!(texts(&out, &fallen.agent), ["terroristes"], "{fallen:#?}");
    // With no attack told, no doer is guessed.
    let out = extract("Six militaires sont tombés au champ d'honneur.");
    let e = event(&out, "killing");
    assert!(e.agent.is_empty(), "{e:#?}");
}

#[test]
fn a_deed_threatened_past_a_day_an_adverb_or_a_pronoun_is_no_event() {
    for text in [
        "Le JNIM a menacé jeudi dernier de s'en prendre aux convois de \
         carburant.",
        "Les ravisseurs ont menacé de les tuer si la rançon n'est pas versée.",
        "Le FLA menace désormais de « reconquérir » Kidal.",
    ] {
        let out = extract(text);
        event(&out, "threat");
        for kind in ["attack", "killing", "capture"] {
            assert_no_event(&out, kind);
        }
    }
    // The deed told beside the threat stays.
    let out = extract(
        "Les ravisseurs ont tué deux otages et menacé de les tuer tous.",
    );
    event(&out, "killing");
}

#[test]
fn chases_and_abandoned_posts() {
    let out = extract(
        "Les vecteurs aériens ont pris en chasse les assaillants en direction \
         de la forêt.",
    );
    event(&out, "attack");
    let out = extract(
        "Le porte-parole a démenti que des policiers aient abandonné le \
         commissariat de Croix-des-Bouquets.",
    );
    let e = event(&out, "withdrawal");
    assert_eq!(e.polarity, "negated", "{e:#?}");
    let out = extract("Le camp n'a jamais été abandonné, assure l'armée.");
    let e = event(&out, "withdrawal");
    assert_eq!(e.polarity, "negated", "{e:#?}");
}

#[test]
fn a_truce_signed_past_its_day_and_place_is_one_ceasefire() {
    let out = extract(
        "L'armée et les FSR ont signé samedi soir à Djeddah un accord de \
         cessez-le-feu de sept jours.",
    );
    let e = event(&out, "ceasefire");
    assert!(e.triggers.iter().any(|t| t.text == "signé"), "{e:#?}");
    assert_no_event(&out, "agreement");
}

#[test]
fn the_retaking_of_a_town_is_a_capture_whatever_the_subject() {
    let out = extract(
        "Les frappes de drones se sont multipliées depuis la reprise de Kidal \
         par l'armée en novembre 2023.",
    );
    let e = event(&out, "capture");
    assert_eq!(texts(&out, &e.agent), ["armée"], "{e:#?}");
    // The resumption of an activity is none.
    let out = extract("Les frappes ont précédé la reprise des négociations.");
    assert_no_event(&out, "capture");
}

#[test]
fn a_group_on_the_ground_that_strikes_in_the_present_attacks() {
    let out = extract("Boko Haram frappe une île de pêcheurs du lac Tchad.");
    let e = event(&out, "attack");
    assert_eq!(texts(&out, &e.agent), ["Boko Haram"], "{e:#?}");
    assert_no_event(&out, "airstrike");
    // The noun after its article stays an air strike.
    let out = extract("Une frappe a touché un camp de Boko Haram.");
    event(&out, "airstrike");
}

#[test]
fn the_force_whose_convoy_is_ambushed_or_whose_column_is_hit_is_the_target() {
    let out = extract(
        "Mardi, une embuscade tendue à un convoi de l'armée près de Baidoa a \
         fait trois morts.",
    );
    let e = event(&out, "attack");
    assert_eq!(texts(&out, &e.target), ["armée"], "{e:#?}");
    let out = extract(
        "Les jihadistes ont mené une attaque contre une colonne de véhicules \
         des FAMa.",
    );
    let e = event(&out, "attack");
    assert_eq!(texts(&out, &e.target), ["FAMa"], "{e:#?}");
}

#[test]
fn only_actors_listed_after_selon_tell() {
    let out = extract(
        "Les FSR ont lancé samedi un nouvel assaut sur les quartiers est, \
         repoussé selon l'armée après plusieurs heures de combats.",
    );
    let e = event(&out, "attack");
    assert_eq!(texts(&out, &e.source), ["armée"], "{e:#?}");
    let out = extract(
        "Les gendarmes ont interpellé un suspect vendredi, a indiqué le \
         procureur de la République.",
    );
    let e = event(&out, "arrest");
    assert_eq!(
        texts(&out, &e.source),
        ["procureur de la République"],
        "{e:#?}"
    );
}

#[test]
fn a_withdrawal_set_as_a_threats_condition_is_demanded() {
    let out = extract(
        "Israël a menacé de nouvelles frappes si Damas ne retirait pas ses \
         troupes du sud du pays.",
    );
    let w = event(&out, "withdrawal");
    assert_eq!(
        (w.polarity.as_str(), w.modality.as_str()),
        ("affirmative", "demanded"),
        "{w:#?}"
    );
    assert_eq!(texts(&out, &w.agent), ["Damas"], "{w:#?}");
    // Told as not done, it is denied.
    let out = extract("L'armée n'a pas retiré ses troupes de Boni.");
    let w = event(&out, "withdrawal");
    assert_eq!(
        (w.polarity.as_str(), w.modality.as_str()),
        ("negated", "asserted"),
        "{w:#?}"
    );
}

#[test]
fn loot_seized_is_no_capture_and_a_resolve_is_future() {
    let out = extract(
        "Les jihadistes ont attaqué une base militaire à Marte et se sont \
         emparés d'armes et de munitions.",
    );
    event(&out, "attack");
    assert_no_event(&out, "capture");
    let out = extract("Le M23 s'est emparé de Goma.");
    event(&out, "capture");
    let out = extract(
        "Les FARDC réaffirment leur détermination à libérer toutes les \
         localités occupées par l'ennemi.",
    );
    let e = event(&out, "capture");
    assert_eq!(e.modality, "future", "{e:#?}");
}

#[test]
fn soldiers_killed_in_their_own_tally_fall_to_the_attackers() {
    let out = extract(
        "Samedi, le poste de Boni a fait l'objet d'une attaque complexe des \
         groupes armés terroristes. Les FAMa ont repoussé l'ennemi. Bilan \
         provisoire côté ami : 4 militaires tués et 9 blessés.",
    );
    let e = out
        .events
        .iter()
        .find(|e| {
            e.kind == "killing" && has(&texts(&out, &e.target), "4 militaires")
        })
        .expect("the soldiers' deaths");
    assert_eq!(texts(&out, &e.agent), ["groupes armés terroristes"], "{e:#?}");
}

#[test]
fn fighting_after_an_attack_in_its_sentence_is_with_the_side_attacked() {
    let out = extract(
        "Des hommes armés ont ouvert le feu sur une patrouille de l'armée \
         nigériane vers 18h00 et les combats ont duré près de deux heures.",
    );
    let e = event(&out, "armed_clash");
    assert_eq!(
        texts(&out, &e.agent),
        ["hommes armés", "armée nigériane"],
        "{e:#?}"
    );
}

#[test]
fn fighting_told_with_one_side_is_with_the_other_side_near_it() {
    let out = extract(
        "Des éléments de Boko Haram ont attaqué la position de l'ANT à \
         Barkaram. Nos forces, appuyées par l'aviation, ont repoussé l'assaut \
         au terme de plus de deux heures de combats acharnés.",
    );
    let e = event(&out, "armed_clash");
    assert!(has(&texts(&out, &e.agent), "Boko Haram"), "{e:#?}");
    let out = extract(
        "Des terroristes ont attaqué le poste de Kourtiagou. Au terme de \
         violents combats, nos forces ont mis l'ennemi en déroute.",
    );
    let e = event(&out, "armed_clash");
    assert!(has(&texts(&out, &e.agent), "forces"), "{e:#?}");
    assert!(has(&texts(&out, &e.agent), "terroristes"), "{e:#?}");
}

#[test]
fn a_sweep_is_made_by_the_force_named_before() {
    let out = extract(
        "Lundi, les Forces armées nigériennes ont neutralisé dix terroristes \
         près de Téra.\n\nJeudi, des opérations de ratissage se poursuivaient \
         dans la zone de Téra.",
    );
    let e = event_told_by(&out, "opérations de ratissage");
    assert_eq!(texts(&out, &e.agent), ["Forces armées nigériennes"], "{e:#?}");
}

/// A release called for with a possessive ("leur libération", "sa
/// libération") frees whom the abduction or arrest just told took; "sa"
/// never points at a group.
#[test]
fn their_release_frees_those_just_taken() {
    let out = extract(
        "Des combattants ont enlevé une trentaine d'enfants près de Chiúre, \
         selon l'Unicef, qui a exigé leur libération immédiate.",
    );
    let v = event(&out, "release");
    assert!(has(&texts(&out, &v.target), "trentaine d'enfants"), "{v:#?}");
    let out = extract(
        "Le militant a été arrêté lundi à Benghazi par des hommes armés.\n\n\
         La Manul a exigé sa libération immédiate.",
    );
    let v = event(&out, "release");
    assert!(has(&texts(&out, &v.target), "militant"), "{v:#?}");
    let out = extract(
        "Les deux agents ont été enlevés lundi. Un troisième employé reste \
         aux mains de ses ravisseurs, a précisé l'ONG, qui appelle à sa \
         libération.",
    );
    let freed: Vec<String> = out
        .events
        .iter()
        .filter(|e| e.kind == "release")
        .flat_map(|e| texts(&out, &e.target))
        .collect();
    assert!(!has(&freed, "deux agents"), "{freed:?}");
}

/// "vers 6h" tells a time, not a heading: the place named after it is
/// where the blow fell. A parenthesis inside a time ("(9h GMT)") closes no
/// clause, and a site named by a common noun does not keep two mentions
/// of one strike apart.
#[test]
fn places_after_an_hour_are_where_it_happened() {
    let out = extract(
        "Un commando a ouvert le feu vers 6h près du village de Kokorou.",
    );
    let loc = texts(&out, &event(&out, "attack").location);
    assert!(has(&loc, "Kokorou"), "{loc:?}");
    let out = extract(
        "Une patrouille a été prise à partie vers 10h heure locale (9h GMT) \
         entre les villages de Bankilaré et Kokorou par des terroristes.",
    );
    let loc = texts(&out, &event(&out, "attack").location);
    assert!(has(&loc, "Bankilaré"), "{loc:?}");
    assert!(has(&loc, "Kokorou"), "{loc:?}");
    let out = extract(
        "Au moins dix-neuf civils ont été tués lundi dans une frappe \
         aérienne de l'armée contre un monastère, dans la région de \
         Sagaing.\n\nUn avion de chasse a largué deux bombes vers 14h sur \
         le monastère du village de Nyaung Pin Thar, a déclaré un \
         secouriste.",
    );
    let strikes: Vec<&Event> =
        out.events.iter().filter(|e| e.kind == "airstrike").collect();
    assert_eq!(strikes.len(), 1, "{strikes:#?}");
    // A heading is still one.
    let out = extract(
        "Les combattants se sont repliés vers les zones désertiques de la \
         province de Homs.",
    );
    let e = event(&out, "withdrawal");
    assert!(has(&texts(&out, &e.destination), "Homs"), "{e:#?}");
    // Nor is a country set beside a place the doers head for.
    let out = extract(
        "Les assaillants ont fait irruption lundi à Masala, où ils ont tué \
         29 personnes, avant de se diriger vers Kabasha, en RDC.",
    );
    let e = event(&out, "killing");
    assert_eq!(texts(&out, &e.location), ["Masala"], "{e:#?}");
}

/// People arrested in the passive, by no one named, right after a fight
/// a state force took part in, are arrested by that force; not when the
/// arrest is told in another paragraph.
#[test]
fn arrests_after_a_fight_are_the_forces_own() {
    let out = extract(
        "Des hommes armés ont attaqué une patrouille près de Culiacán. Les \
         soldats ont riposté et les combats ont duré deux heures. Cinq \
         suspects ont été arrêtés sur place.",
    );
    let v = event(&out, "arrest");
    assert!(has(&texts(&out, &v.agent), "soldats"), "{v:#?}");
    let out = extract(
        "Les soldats ont riposté et les combats ont duré deux heures.\n\n\
         Cinq suspects ont été arrêtés mardi à Culiacán.",
    );
    let v = event(&out, "arrest");
    assert!(v.agent.is_empty(), "{v:#?}");
}

#[test]
fn operations_that_frame_arrests_are_no_attack_of_their_own() {
    let out = extract(
        "La police a interpellé dimanche 113 personnes lors d'opérations \
         menées dans 32 provinces. Les autorités ont annoncé l'arrestation \
         de trois suspects lors d'une opération dans le district de \
         Paghman.",
    );
    assert!(
        out.events.iter().all(|v| v.kind != "attack"),
        "{:#?}",
        out.events
    );
    assert_eq!(out.events.iter().filter(|v| v.kind == "arrest").count(), 2);
    // An operation with no arrest in its sentence is told.
    let out = extract(
        "L'armée a tué dix jihadistes lors d'une opération près de Gao.",
    );
    assert!(
        out.events.iter().any(|v| v.kind == "attack"),
        "{:#?}",
        out.events
    );
}

#[test]
fn arrests_after_a_town_is_taken_are_the_takers() {
    let out = extract(
        "Les forces armées ont repris le contrôle de Bunia. Quatorze \
         rebelles ont été arrêtés dans la localité.",
    );
    let v = event(&out, "arrest");
    assert!(has(&texts(&out, &v.agent), "forces armées"), "{v:#?}");
}

#[test]
fn groups_of_youths_who_stone_the_units_of_the_police() {
    let out = extract(
        "Dès 6h du matin, des groupes de jeunes ont lancé des pierres sur \
         les unités de la police et de la gendarmerie à Conakry.",
    );
    let v = event(&out, "riot");
    assert_eq!(texts(&out, &v.agent), ["groupes de jeunes"], "{v:#?}");
    let targets = texts(&out, &v.target);
    assert!(has(&targets, "police") && has(&targets, "gendarmerie"), "{v:#?}");
}

#[test]
fn a_relative_clause_telling_what_a_strike_hit_is_the_strikes() {
    let out = extract(
        "Il condamne les frappes de l'aviation israélienne qui ont visé \
         mardi des chars aux abords de Soueïda.",
    );
    let v = event(&out, "airstrike");
    assert!(has(&texts(&out, &v.location), "Soueïda"), "{v:#?}");
}

#[test]
fn fire_received_from_a_group_is_that_groups() {
    let out = extract(
        "Nos forces ont essuyé des tirs de mortier de la part de groupes \
         hors-la-loi retranchés à l'ouest de Soueïda.",
    );
    let v = event(&out, "shelling");
    assert_eq!(texts(&out, &v.agent), ["groupes hors-la-loi"], "{v:#?}");
}

#[test]
fn a_quoted_or_bracketed_name_does_not_end_the_clause() {
    let out = extract(
        "De violents combats ont opposé dimanche l'armée à des miliciens de \
         la « White Army » (Armée blanche) autour de Nasir, dans l'État du \
         Haut-Nil.",
    );
    let v = event(&out, "armed_clash");
    let places = texts(&out, &v.location);
    assert!(has(&places, "Nasir") && has(&places, "Haut-Nil"), "{v:#?}");
}

#[test]
fn wounded_named_after_dont_are_no_doers() {
    let out = extract(
        "Trois personnes ont été tuées et des centaines blessées, dont une \
         centaine de gendarmes et de policiers, lors d'une deuxième nuit \
         d'émeutes dans l'agglomération de Nouméa.",
    );
    let v = event(&out, "riot");
    assert!(v.agent.is_empty(), "{v:#?}");
    assert_no_event(&out, "attack");
}

#[test]
fn a_feared_return_to_war_is_no_fighting() {
    let out = extract(
        "La communauté internationale redoute un retour à la guerre \
         civile, tandis que d'autres craignent le risque d'une guerre \
         régionale.",
    );
    assert!(out.events.is_empty(), "{:#?}", out.events);
}

#[test]
fn the_staff_or_command_that_speaks_for_a_force_is_the_source() {
    let out = extract(
        "RÉPUBLIQUE DU SOUDAN DU SUD\nFORCES DE DÉFENSE DU PEUPLE \
         SUD-SOUDANAIS (SSPDF)\n\nCOMMUNIQUÉ DE PRESSE\n\nJuba, le 22 avril \
         2025\n\nLe commandement général des SSPDF informe l'opinion \
         publique que des éléments armés de l'Armée blanche ont attaqué \
         lundi une position de l'armée près de Nasir.",
    );
    let v = event(&out, "attack");
    assert_eq!(texts(&out, &v.source), ["commandement général"], "{v:#?}");
}

#[test]
fn a_toll_told_after_a_deed_is_that_deeds() {
    let out = extract(
        "Au moins douze morts ont été dénombrés après une embuscade contre \
         un convoi entre Diboli et Kayes, a indiqué une source sécuritaire.",
    );
    let v = event(&out, "attack");
    assert_eq!(v.killed, Some(12), "{v:#?}");
    let places = texts(&out, &v.location);
    assert!(has(&places, "Diboli") && has(&places, "Kayes"), "{v:#?}");
    assert_eq!(texts(&out, &v.source), ["source sécuritaire"], "{v:#?}");
}

#[test]
fn a_sweep_that_frames_arrests_is_no_attack_of_its_own() {
    let out = extract(
        "L'armée a affirmé avoir arrêté quatre suspects lors d'une opération \
         de ratissage dans les villages voisins de Nizi.",
    );
    let v = event(&out, "arrest");
    assert!(has(&texts(&out, &v.location), "Nizi"), "{v:#?}");
    assert_no_event(&out, "attack");
}

#[test]
fn strikes_on_gatherings_of_a_group_hit_that_group() {
    let out = extract(
        "Notre aviation a mené des frappes aériennes contre des \
         rassemblements de la milice à Bara.",
    );
    let v = event(&out, "airstrike");
    assert_eq!(texts(&out, &v.target), ["milice"], "{v:#?}");
    let out = extract(
        "Les policiers ont tiré sur des rassemblements de manifestants à \
         Conakry.",
    );
    let v = event(&out, "protest");
    assert_eq!(texts(&out, &v.agent), ["manifestants"], "{v:#?}");
}

#[test]
fn the_force_fighters_surrender_to_is_the_target() {
    let out = extract(
        "Une centaine de miliciens se sont rendus aux forces armées à Nasir.",
    );
    let v = event(&out, "surrender");
    assert_eq!(texts(&out, &v.target), ["forces armées"], "{v:#?}");
    let out = extract("Vingt combattants se sont rendus à l'armée malienne.");
    let v = event(&out, "surrender");
    assert_eq!(texts(&out, &v.target), ["armée malienne"], "{v:#?}");
}
