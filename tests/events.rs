use depeche::{Document, Extraction, Extractor};

use crate::util::{event_told_by, gold_lines, predictions, read};

fn seed() -> Extraction {
    let text = read("seed-article.txt");
    Extractor::new()
        .extract(&Document::new("seed", text).with_dct("2017-08-27"))
}

/// Canonical names (or first mention) of the entities with these ids.
fn names(out: &Extraction, ids: &[String]) -> Vec<String> {
    ids.iter()
        .filter_map(|id| out.entities.iter().find(|e| &e.id == id))
        .map(|e| {
            e.canonical.clone().unwrap_or_else(|| e.mentions[0].text.clone())
        })
        .collect()
}

/// The text of the first mention of each entity of a role (where
/// [`names`] gives canonical names).
fn first_mentions<'a>(out: &'a Extraction, ids: &[String]) -> Vec<&'a str> {
    ids.iter()
        .filter_map(|id| out.entities.iter().find(|e| &e.id == id))
        .map(|e| e.mentions[0].text.as_str())
        .collect()
}

fn events_of<'a>(out: &'a Extraction, kind: &str) -> Vec<&'a depeche::Event> {
    out.events.iter().filter(|e| e.kind == kind).collect()
}

#[test]
fn seed_ceasefire_at_qalamoun() {
    let out = seed();
    let cf = events_of(&out, "ceasefire");
    let e = cf
        .iter()
        .find(|e| names(&out, &e.location).contains(&"Qalamoun".into()))
        .unwrap_or_else(|| panic!("no ceasefire at Qalamoun: {cf:#?}"));
    assert_eq!(e.date.as_deref(), Some("2017-08-27"));
    let agents = names(&out, &e.agent);
    assert!(agents.contains(&"armée syrienne".into()), "{agents:?}");
    assert!(agents.contains(&"Hezbollah".into()), "{agents:?}");
    assert_eq!(e.polarity, "affirmative");
    assert_eq!(e.modality, "asserted");
}

#[test]
fn seed_one_surrender_with_all_triggers() {
    let out = seed();
    let s = events_of(&out, "surrender");
    assert_eq!(s.len(), 1, "{s:#?}");
    let triggers: Vec<&str> =
        s[0].triggers.iter().map(|t| t.text.as_str()).collect();
    for t in ["capitulation", "reddition", "se sont rendus"] {
        assert!(triggers.contains(&t), "{t} missing from {triggers:?}");
    }
    assert!(names(&out, &s[0].agent).contains(&"État islamique".into()));
}

#[test]
fn seed_siege_of_deir_ez_zor() {
    let out = seed();
    let sieges = events_of(&out, "siege");
    assert!(
        sieges.iter().any(|e| {
            names(&out, &e.agent).contains(&"État islamique".into())
                && names(&out, &e.location).contains(&"Deir ez-Zor".into())
        }),
        "{sieges:#?}"
    );
}

#[test]
fn seed_abduction_of_nine_soldiers_in_2014() {
    let out = seed();
    let ab = events_of(&out, "abduction");
    let e = ab
        .iter()
        .find(|e| e.date.as_deref() == Some("2014"))
        .unwrap_or_else(|| panic!("no 2014 abduction: {ab:#?}"));
    assert!(names(&out, &e.agent).contains(&"État islamique".into()));
    let targets: Vec<String> = e
        .target
        .iter()
        .filter_map(|id| out.entities.iter().find(|x| &x.id == id))
        .map(|x| x.mentions[0].text.clone())
        .collect();
    assert!(targets.contains(&"neuf soldats libanais".into()), "{targets:?}");
    assert_eq!(e.abducted, Some(9));
}

#[test]
fn seed_offensive_launched_on_19_august() {
    let out = seed();
    assert!(
        events_of(&out, "attack").iter().any(|e| {
            e.date.as_deref() == Some("2017-08-19")
                && e.triggers.iter().any(|t| t.text == "offensive")
        }),
        "{:#?}",
        events_of(&out, "attack")
    );
}

#[test]
fn seed_comments_yield_no_event() {
    let out = seed();
    let comments = out
        .sections
        .iter()
        .find(|s| s.kind == "comments")
        .expect("comments detected");
    for e in &out.events {
        for t in &e.triggers {
            assert!(t.end <= comments.start, "{} in comments: {t:?}", e.id);
        }
    }
}

#[test]
fn distractors_have_no_events_beyond_gold() {
    for ((line, doc), out) in gold_lines().iter().zip(predictions()) {
        let gold: serde_json::Value = serde_json::from_str(line).unwrap();
        let gold_events = gold["events"].as_array().map_or(0, |v| v.len());
        if gold_events == 0 {
            let kinds: Vec<&str> =
                out.events.iter().map(|e| e.kind.as_str()).collect();
            assert!(kinds.is_empty(), "{}: {kinds:?}", doc.id);
        }
    }
}

#[test]
fn negation_and_modality() {
    let ex = Extractor::new();
    let cases = [
        ("L'armée malienne n'a pas attaqué le camp de Gao.", "attack", "negated", "asserted"),
        ("Aucun cessez-le-feu n'a été conclu entre l'armée soudanaise et les FSR.", "ceasefire", "negated", "asserted"),
        ("L'ONU appelle à un cessez-le-feu immédiat entre l'armée soudanaise et les FSR.", "ceasefire", "affirmative", "demanded"),
        // The commas of a list of those called on cut no clause.
        ("L'émissaire de l'ONU appelle les Houthis, Washington et Londres à un arrêt des hostilités.", "ceasefire", "affirmative", "demanded"),
        ("Une vingtaine de soldats maliens auraient été enlevés par le JNIM près de Mopti.", "abduction", "affirmative", "hypothetical"),
        ("L'armée nigériane va lancer une offensive contre Boko Haram à Maiduguri.", "attack", "affirmative", "future"),
        ("Le Hezbollah devra replier ses combattants au nord du Litani.", "withdrawal", "affirmative", "future"),
    ];
    for (text, kind, polarity, modality) in cases {
        let out = ex.extract(&Document::new("t", text));
        let e =
            out.events.iter().find(|e| e.kind == kind).unwrap_or_else(|| {
                panic!("no {kind} in {text:?}: {:#?}", out.events)
            });
        assert_eq!(
            (e.polarity.as_str(), e.modality.as_str()),
            (polarity, modality),
            "{text}"
        );
    }
}

#[test]
fn kept_comments_are_flagged() {
    let (_, doc) = gold_lines()
        .into_iter()
        .find(|(_, d)| d.id == "mena-003")
        .expect("mena-003 in the corpus");
    let ex = Extractor::builder().keep_comments(true).build().unwrap();
    let out = ex.extract(&doc);
    let comments = out
        .sections
        .iter()
        .find(|s| s.kind == "comments")
        .expect("comments detected");
    let in_comments: Vec<&depeche::Event> = out
        .events
        .iter()
        .filter(|e| e.triggers[0].start >= comments.start)
        .collect();
    assert!(!in_comments.is_empty(), "no event kept from the comments");
    for e in in_comments {
        assert_eq!(
            e.extra.get("section").and_then(|v| v.as_str()),
            Some("comments")
        );
    }
}

#[test]
fn reinforcements_sent_on_are_a_deployment_in_the_passive_too() {
    for text in [
        "Des renforts seront acheminés dès demain vers Tillia.",
        "Des troupes ont été acheminées vers Djibo.",
    ] {
        let out = Extractor::new().extract(&Document::new("t", text));
        assert!(
            out.events.iter().all(|e| e.kind != "humanitarian")
                && out.events.iter().any(|e| e.kind == "deployment"),
            "{text}: {:#?}",
            out.events
        );
    }
}

#[test]
fn a_deed_denied_with_aucun_is_a_negated_event() {
    let text = "Des jihadistes du JNIM ont attaqué lundi un poste de l'armée \
                à Matéri, tuant trois soldats. Les combats ont duré deux \
                heures. Contrairement aux rumeurs, aucun village n'a été \
                occupé et aucun enseignant n'a été enlevé dans la région.";
    let out = Extractor::new().extract(&Document::new("t", text));
    for kind in ["capture", "abduction"] {
        let e = out
            .events
            .iter()
            .find(|e| e.kind == kind)
            .unwrap_or_else(|| panic!("{kind}: {:#?}", out.events));
        assert_eq!(e.polarity, "negated", "{e:#?}");
    }
}

#[test]
fn a_convoy_carries_aid_only_where_aid_is_told() {
    for text in [
        "Le 26 décembre, un convoi de 14 camions du Programme alimentaire \
         mondial a atteint Kauda.",
        "Le PAM a acheminé 40 tonnes de vivres à Rafaï. En revanche, aucun \
         convoi n'a pu atteindre Obo depuis trois semaines.",
        "Le PAM a acheminé 40 tonnes de vivres à Rafaï. Un nouveau convoi \
         doit quitter Bangui lundi.",
        "Un convoi interagences de quatre camions est arrivé à Zolotchiv.",
    ] {
        let k = event_kinds(text);
        assert_eq!(
            k.iter().filter(|k| *k == "humanitarian").count(),
            if text.contains("acheminé") { 2 } else { 1 },
            "{text}: {k:?}"
        );
    }
    // Military convoys, struck or escorted, carry no aid.
    for text in [
        "Des drones de l'armée turque ont frappé à l'aube un convoi des FDS \
         près de Sarrine.",
        "Le convoi, parti de Kayes la veille sous escorte de l'armée, a été \
         attaqué près de Diéma.",
    ] {
        let k = event_kinds(text);
        assert!(!k.iter().any(|k| k == "humanitarian"), "{text}: {k:?}");
    }
    // After a sentence on aid, a military convoy is still not aid: only
    // the delivery is.
    let text = "Le PAM a acheminé 40 tonnes de vivres à Rafaï. Un convoi \
                militaire doit quitter Bangui lundi.";
    let k = event_kinds(text);
    assert_eq!(
        k.iter().filter(|k| *k == "humanitarian").count(),
        1,
        "{text}: {k:?}"
    );
}

#[test]
fn a_place_captured_is_a_capture_and_people_captured_are_not() {
    let first = |text: &str| {
        Extractor::new()
            .extract(&Document::new("t", text))
            .events
            .into_iter()
            .next()
            .unwrap_or_else(|| panic!("{text}: no event"))
    };
    for text in [
        "Kamianske n'a pas été capturée, selon l'état-major ukrainien.",
        "Selon Moscou, la localité a été capturée mardi.",
        "Les rebelles ont capturé trois villages près de Goma.",
    ] {
        assert_eq!(first(text).kind, "capture", "{text}");
    }
    for text in [
        "Des habitants du village ont été capturés par les jihadistes.",
        "L'armée a capturé deux combattants dans le village.",
    ] {
        assert_ne!(first(text).kind, "capture", "{text}");
    }
}

#[test]
fn bombs_dropped_a_dozen_words_on_are_an_air_strike() {
    let text = "L'armée russe a largué dans la nuit de mardi à mercredi au \
                moins 40 bombes aériennes guidées sur Kostiantynivka.";
    let out = Extractor::new().extract(&Document::new("t", text));
    assert!(
        out.events.iter().any(|e| e.kind == "airstrike")
            && out.events.iter().all(|e| e.kind != "humanitarian"),
        "{:#?}",
        out.events
    );
}

#[test]
fn displaced_people_killed_are_no_displacement() {
    for text in [
        "Au moins quatorze déplacés, dont cinq enfants, ont été tués dans la \
         nuit à Djugu.",
        "Ituri : au moins 14 déplacés tués dans une attaque de la CODECO.",
    ] {
        let out = Extractor::new().extract(&Document::new("t", text));
        assert!(
            out.events.iter().all(|e| e.kind != "displacement"),
            "{text}: {:#?}",
            out.events
        );
    }
    let out = Extractor::new().extract(&Document::new(
        "t",
        "Plus de 3 000 déplacés ont fui vers Bunia.",
    ));
    assert!(out.events.iter().any(|e| e.kind == "displacement"));
}

#[test]
fn an_influx_of_people_is_displacement_and_an_insurrection_is_no_event() {
    for text in [
        "Depuis deux semaines, des centaines de familles affluent vers Ayorou.",
        "L’afflux de réfugiés soudanais reprend dans l’Ouaddaï.",
    ] {
        assert!(event_kinds(text).contains(&"displacement".to_string()), "{text}");
    }
    // The wounded brought in are no displacement.
    assert!(event_kinds("MSF alarmée par l’afflux de blessés à Butembo.")
        .is_empty());
    // An insurrection is the background of the events told, none of them
    // (the deaths it caused are told).
    let kinds = event_kinds(
        "L’insurrection, qui a éclaté en octobre 2017 à Mocímboa da Praia, a \
         fait 6 000 morts.",
    );
    assert!(!kinds.contains(&"armed_clash".to_string()), "{kinds:?}");
    assert!(kinds.contains(&"killing".to_string()), "{kinds:?}");
    // Nor is a guerrilla, the group that fights.
    let kinds = event_kinds(
        "L'Armée d'Arakan, puissante guérilla de la minorité rakhine, a \
         annoncé la prise de Maungdaw.",
    );
    assert!(!kinds.contains(&"armed_clash".to_string()), "{kinds:?}");
}

/// The kinds of the events found in `text`, in order.
fn event_kinds(text: &str) -> Vec<String> {
    Extractor::new()
        .extract(&Document::new("t", text))
        .events
        .into_iter()
        .map(|e| e.kind)
        .collect()
}

#[test]
fn people_freed_at_a_place_are_released_and_a_place_freed_is_captured() {
    assert_eq!(
        event_kinds(
            "Vingt-trois otages ont été libérés à Tsafe, dans le Zamfara."
        ),
        vec!["release".to_string()]
    );
    assert_eq!(
        event_kinds("La libération de Kidal a été annoncée par l'armée."),
        vec!["capture".to_string()]
    );
}

#[test]
fn a_promised_riposte_chase_or_offensive_is_a_threat() {
    for text in [
        "Les rebelles ont attaqué Goma. Le porte-parole militaire a promis \
         de « riposter avec fermeté ».",
        "Les rebelles ont attaqué Goma. Le gouvernement a promis une \
         nouvelle offensive avant fin mars.",
        "Les rebelles ont attaqué Goma. Le gouverneur a promis que les \
         auteurs de cette lâche agression seront traqués sans relâche.",
    ] {
        assert!(event_kinds(text).contains(&"threat".to_string()), "{text}");
    }
    assert!(event_kinds(
        "Le ministre a promis de répondre aux questions des députés."
    )
    .is_empty());
}

#[test]
fn looting_is_a_riot_whoever_loots() {
    for text in [
        "Selon des sources locales, les rebelles ont pillé le marché et \
         incendié une cinquantaine de maisons à Tambura.",
        "Des hommes armés non identifiés ont pillé le marché central de \
         Bria et blessé deux commerçants.",
    ] {
        assert!(event_kinds(text).contains(&"riot".to_string()), "{text}");
    }
}

#[test]
fn a_march_of_protest_is_told_from_walking_and_markets() {
    for text in [
        "Jeudi soir, plusieurs centaines de femmes ont marché dans les rues \
         de Ouahigouya pour réclamer le retour des enseignants.",
        "Des jeunes ont participé jeudi à une marche de soutien aux forces \
         armées à Kara.",
    ] {
        assert!(event_kinds(text).contains(&"protest".to_string()), "{text}");
    }
    for text in [
        "Des milliers de déplacés sont arrivés à Tawila. Certains ont \
         marché quatre jours pour fuir les combats.",
        "Les rebelles ont marché sur Goma. Le marché de Bria est resté \
         ouvert.",
    ] {
        assert!(!event_kinds(text).contains(&"protest".to_string()), "{text}");
    }
}

#[test]
fn a_seat_is_no_siege_and_a_convoy_reaching_a_town_no_withdrawal() {
    assert!(!event_kinds(
        "Les FSR ont installé à Nyala le siège de leur gouvernement \
         parallèle. Des femmes ont manifesté devant le siège du gouvernorat \
         à Idleb."
    )
    .contains(&"siege".to_string()));
    assert!(event_kinds(
        "Le siège de Kadugli par le SPLM-N dure depuis un an."
    )
    .contains(&"siege".to_string()));
    assert!(!event_kinds(
        "Un convoi du Programme alimentaire mondial (PAM) n’a pas pu \
         rejoindre Fataki le 7 janvier."
    )
    .contains(&"withdrawal".to_string()));
    assert_eq!(
        event_kinds(
            "L'ISWAP a attaqué la base opérationnelle avancée de Gwoza."
        ),
        vec!["attack".to_string()]
    );
}

#[test]
fn martyrs_and_surrender_to_our_units() {
    let out = Extractor::new().extract(
        &Document::new(
            "t",
            "Des éléments armés ont tendu une embuscade à une patrouille de \
             l'armée. Trois soldats sont tombés en martyrs. Les unités de \
             l'armée ont aussitôt riposté. Quatorze combattants se sont \
             rendus à nos unités à Bulo Burte. Le chef du gang s'était rendu \
             tristement célèbre en 2021.",
        )
        .with_dct("2025-02-10"),
    );
    let killing = events_of(&out, "killing");
    assert_eq!(killing.len(), 1, "{killing:#?}");
    assert_eq!(killing[0].killed, Some(3));
    // The dead are the victims, and do not strike back.
    assert_eq!(names(&out, &killing[0].target), vec!["Trois soldats"]);
    let riposte = events_of(&out, "attack")
        .into_iter()
        .find(|e| e.triggers[0].text == "riposté")
        .expect("riposte");
    assert!(!names(&out, &riposte.agent).contains(&"Trois soldats".into()));
    let surrender = events_of(&out, "surrender");
    assert_eq!(surrender.len(), 1, "{surrender:#?}");
    assert!(surrender[0].triggers[0].text.starts_with("se sont rendus"));
}

#[test]
fn bursting_in_alone_is_no_attack_of_its_own() {
    let out = Extractor::new().extract(
        &Document::new(
            "t",
            "Des hommes armés ont fait irruption dimanche vers 21h dans la \
             localité de Faskari. Ils ont enlevé au moins quinze habitants.",
        )
        .with_dct("2025-02-10"),
    );
    assert!(events_of(&out, "attack").is_empty(), "{:#?}", out.events);
    let abduction = events_of(&out, "abduction");
    assert_eq!(abduction.len(), 1, "{:#?}", out.events);
}

#[test]
fn the_accord_after_a_truce_is_that_truce() {
    let text = "La junte et la MNDAA ont signé mardi un cessez-le-feu de \
                quinze jours dans le nord de l'État Shan. L'Armée d'Arakan \
                n'est pas partie à l'accord.";
    let out = Extractor::new().extract(&Document::new("t", text));
    let truce = events_of(&out, "ceasefire");
    assert!(
        truce.iter().any(|e| e.triggers.iter().any(|t| t.text == "accord")),
        "{out:#?}"
    );
    assert!(events_of(&out, "agreement").is_empty());
    // At a sentence start too.
    let text = "Les deux camps ont conclu une trêve à Doha. L'accord, conclu \
                samedi, prévoit le retrait des combattants.";
    let out = Extractor::new().extract(&Document::new("t", text));
    assert!(events_of(&out, "agreement").is_empty(), "{out:#?}");
    // With no truce before, an accord is an agreement.
    let text = "Les deux camps ont conclu samedi à Doha un accord \
                politique. L'accord prévoit le retrait des combattants.";
    let out = Extractor::new().extract(&Document::new("t", text));
    assert!(events_of(&out, "ceasefire").is_empty(), "{out:#?}");
}

#[test]
fn people_expelled_or_driven_out_are_displaced_a_diplomat_is_not() {
    for text in [
        "Les autorités ont expulsé des centaines de migrants vers la \
         frontière algérienne.",
        "Quelque 40.000 réfugiés ont été chassés des camps de Jénine et \
         de Tulkarem.",
        "Kaboul reproche au Pakistan l'expulsion de plus d'un million de \
         réfugiés afghans.",
    ] {
        let out = Extractor::new().extract(&Document::new("t", text));
        assert_eq!(events_of(&out, "displacement").len(), 1, "{text}");
    }
    for text in [
        "Bamako a expulsé l'ambassadeur de France, accusé d'ingérence.",
        "L'armée a chassé les jihadistes de la ville de Kidal.",
    ] {
        let out = Extractor::new().extract(&Document::new("t", text));
        assert!(events_of(&out, "displacement").is_empty(), "{text}");
    }
}

#[test]
fn a_pronoun_told_as_still_not_freed_is_a_denied_release() {
    let text = "Mardi, deux pêcheurs avaient été enlevés par des hommes \
                armés près de Ngouboua. Ils n'ont toujours pas été \
                relâchés.";
    let out = Extractor::new().extract(&Document::new("t", text));
    let freed = events_of(&out, "release");
    assert_eq!(freed.len(), 1, "{out:#?}");
    assert_eq!(freed[0].polarity, "negated");
    assert_eq!(names(&out, &freed[0].target), ["deux pêcheurs"]);
}

#[test]
fn a_count_of_happenings_and_numbered_items_stay_apart() {
    // A tally is none of the happenings told later.
    let text = "Au cours de la journée d'hier, 129 affrontements ont eu lieu \
                sur la ligne de front.\n\nPrès de Pokrovsk, les combats se \
                poursuivent.";
    let out = Extractor::new().extract(&Document::new("t", text));
    assert_eq!(events_of(&out, "armed_clash").len(), 2, "{out:#?}");
    // A communiqué's numbered items tell their own happenings.
    let text = "1. L'ennemi a attaqué nos positions près de Novohrodivka.\n\n\
                2. Dans la région de Koursk, nos unités poursuivent leur \
                offensive.";
    let out = Extractor::new().extract(&Document::new("t", text));
    assert_eq!(events_of(&out, "attack").len(), 2, "{out:#?}");
    // Without numbers, the second mention joins the first.
    let text = "L'ennemi a attaqué nos positions près de Novohrodivka.\n\n\
                L'attaque a été repoussée.";
    let out = Extractor::new().extract(&Document::new("t", text));
    assert_eq!(events_of(&out, "attack").len(), 1, "{out:#?}");
}

#[test]
fn troops_sent_are_a_deployment_a_word_of_a_body_s_name_is_no_event() {
    for text in [
        "Le ministre a annoncé l'envoi de 5 000 militaires supplémentaires \
         dans le Catatumbo.",
        "Le Premier ministre a annoncé l'envoi d'unités spécialisées à \
         Mirebalais.",
    ] {
        let out = Extractor::new().extract(&Document::new("t", text));
        assert_eq!(events_of(&out, "deployment").len(), 1, "{text}");
    }
    let out = Extractor::new().extract(&Document::new(
        "t",
        "Il a annoncé l'envoi d'une lettre au Premier ministre.",
    ));
    assert!(events_of(&out, "deployment").is_empty(), "{out:#?}");
    let text = "À Tabarre, les agents de la Brigade de lutte contre les \
                enlèvements et séquestrations (BLES) ont libéré trois \
                personnes.";
    let out = Extractor::new().extract(&Document::new("t", text));
    assert!(events_of(&out, "abduction").is_empty(), "{out:#?}");
}

#[test]
fn the_subject_of_a_denied_deed_is_still_its_doer() {
    for (text, kind, doer) in [
        ("Les gangs n'ont pas attaqué l'aéroport.", "attack", "gangs"),
        ("L'armée n'a jamais attaqué le village.", "attack", "armée"),
        (
            "Les gangs n'ont pas pris le contrôle de l'aéroport.",
            "capture",
            "gangs",
        ),
        (
            "Les rebelles ne se sont pas emparés de la ville.",
            "capture",
            "rebelles",
        ),
    ] {
        let out = Extractor::new().extract(&Document::new("t", text));
        let found = events_of(&out, kind);
        assert_eq!(found.len(), 1, "{text}: {out:#?}");
        assert_eq!(found[0].polarity, "negated", "{text}");
        assert_eq!(names(&out, &found[0].agent), [doer], "{text}");
        assert!(
            !names(&out, &found[0].target).contains(&doer.to_string()),
            "{text}"
        );
    }
}

#[test]
fn surrounding_a_place_to_fire_on_it_is_no_siege() {
    let text = "Des terroristes ont encerclé la mosquée du village avant \
                d'ouvrir le feu sur les fidèles.";
    let out = Extractor::new().extract(&Document::new("t", text));
    assert!(events_of(&out, "siege").is_empty(), "{out:#?}");
    assert_eq!(events_of(&out, "attack").len(), 1, "{out:#?}");
    let text = "L'armée a encerclé la ville de Kidal.";
    let out = Extractor::new().extract(&Document::new("t", text));
    assert_eq!(events_of(&out, "siege").len(), 1, "{out:#?}");
}

#[test]
fn a_noun_trigger_with_no_argument_is_kept_in_a_conflict_story() {
    let text = "À Soueïda, des hommes armés ont tué trois soldats lundi. \
                Des affrontements ont opposé l'armée à des combattants \
                bédouins. Les combats ont éclaté après l'enlèvement.";
    let out = Extractor::new().extract(&Document::new("t", text));
    let combats = out.events.iter().any(|v| {
        v.kind == "armed_clash"
            && v.triggers.iter().any(|t| t.text == "combats")
    });
    assert!(combats, "{out:#?}");
    assert_eq!(events_of(&out, "abduction").len(), 1, "{out:#?}");
    // Outside such a story, a bare word is no event.
    let out = Extractor::new().extract(&Document::new(
        "t",
        "Les combats ont éclaté après l'enlèvement.",
    ));
    assert!(out.events.is_empty(), "{out:#?}");
}

#[test]
fn those_accused_of_a_deed_did_it_and_people_forced_out_are_displaced() {
    let text = "Les rebelles ont été accusés d'avoir tué dix civils.";
    let out = Extractor::new().extract(&Document::new("t", text));
    let killing = events_of(&out, "killing");
    assert_eq!(killing.len(), 1, "{out:#?}");
    assert_eq!(names(&out, &killing[0].agent), ["rebelles"]);
    assert_eq!(names(&out, &killing[0].target), ["dix civils"]);
    let lead = "Des frappes israéliennes ont tué 20 personnes à Gaza. ";
    let out = Extractor::new().extract(&Document::new(
        "t",
        &format!(
            "{lead}Des dizaines de milliers de Gazaouis ont été contraints \
             de quitter le nord de l'enclave."
        ),
    ));
    assert_eq!(events_of(&out, "displacement").len(), 1, "{out:#?}");
    let out = Extractor::new().extract(&Document::new(
        "t",
        &format!(
            "{lead}Le ministre a été contraint de quitter ses fonctions."
        ),
    ));
    assert!(events_of(&out, "displacement").is_empty(), "{out:#?}");
}

#[test]
fn troops_evacuated_withdraw_civilians_evacuated_are_displaced() {
    let text = "Les militaires américains encore présents dans le nord de la \
                Syrie allaient être évacués.";
    let out = Extractor::new().extract(&Document::new("t", text));
    assert_eq!(events_of(&out, "withdrawal").len(), 1, "{out:#?}");
    assert!(events_of(&out, "displacement").is_empty(), "{out:#?}");
    let text = "Des combats ont fait rage à Soudja. Des couloirs seront \
                ouverts afin d'évacuer vers l'intérieur de la Russie les \
                civils de Soudja.";
    let out = Extractor::new().extract(&Document::new("t", text));
    assert_eq!(events_of(&out, "displacement").len(), 1, "{out:#?}");
    assert!(events_of(&out, "withdrawal").is_empty(), "{out:#?}");
}

#[test]
fn the_toll_told_after_an_attack_is_its_own() {
    let text = "Des gangs armés ont attaqué jeudi plusieurs commissariats de \
                Port-au-Prince. Au moins quatre policiers ont été tués, selon \
                le syndicat de la police.";
    let out = Extractor::new().extract(&Document::new("t", text));
    let attack = events_of(&out, "attack");
    assert_eq!(attack.len(), 1, "{out:#?}");
    assert_eq!(attack[0].killed, Some(4), "{out:#?}");
    // Not across a paragraph.
    let text = "Des gangs armés ont attaqué jeudi plusieurs commissariats de \
                Port-au-Prince.\n\nAu moins quatre policiers ont été tués, \
                selon le syndicat de la police.";
    let out = Extractor::new().extract(&Document::new("t", text));
    let attack = events_of(&out, "attack");
    assert_eq!(attack.len(), 1, "{out:#?}");
    assert_eq!(attack[0].killed, None, "{out:#?}");
}

#[test]
fn blasts_heard_during_strikes_are_those_strikes() {
    let text = "Les États-Unis ont mené dans la nuit des frappes aériennes \
                contre les rebelles houthis au Yémen, tuant cinq combattants, \
                selon le Pentagone. De fortes explosions ont été entendues \
                vers 2h30 à Sanaa, selon des habitants. Les Houthis ont promis \
                de riposter.";
    let out = Extractor::new().extract(&Document::new("t", text));
    assert!(events_of(&out, "bombing").is_empty(), "{out:#?}");
    let air = events_of(&out, "airstrike");
    assert!(
        air.iter().any(|e| e.triggers.iter().any(|t| t.text == "explosions")),
        "{out:#?}"
    );
    // A blast on its own is a bombing.
    let text =
        "Lundi, une explosion a secoué le marché de Kaboul, tuant cinq \
                civils.";
    let out = Extractor::new().extract(&Document::new("t", text));
    assert_eq!(events_of(&out, "bombing").len(), 1, "{out:#?}");
}

#[test]
fn bombing_by_the_side_that_strikes_from_the_air_is_that_air_strike() {
    let text = "Washington et Londres frappent les Houthis au Yémen. Les \
                États-Unis et le Royaume-Uni ont bombardé dans la nuit des \
                dizaines de cibles des rebelles houthis au Yémen, selon le \
                Pentagone, qui cite des avions de combat.";
    let out = Extractor::new().extract(&Document::new("t", text));
    assert!(events_of(&out, "shelling").is_empty(), "{out:#?}");
    // Guns named keep it shelling.
    let text = "L'aviation turque a frappé des positions kurdes. L'armée \
                turque a bombardé à l'artillerie lourde des villages kurdes.";
    let out = Extractor::new().extract(&Document::new("t", text));
    assert_eq!(events_of(&out, "shelling").len(), 1, "{out:#?}");
}

#[test]
fn a_call_to_stop_attacks_is_a_demanded_ceasefire_and_the_attacks_go_on() {
    let text =
        "La France appelle les rebelles houthis à cesser immédiatement \
                leurs attaques contre les navires en mer Rouge.";
    let out = Extractor::new().extract(&Document::new("t", text));
    let cf = events_of(&out, "ceasefire");
    assert_eq!(cf.len(), 1, "{out:#?}");
    assert_eq!(cf[0].modality, "demanded", "{out:#?}");
    let attack = events_of(&out, "attack");
    assert_eq!(attack.len(), 1, "{out:#?}");
    assert_eq!(attack[0].modality, "asserted", "{out:#?}");
    // Not "sans cesse", nor stopping an operation that is not of war.
    let text = "Les rebelles attaquent sans cesse les villages. L'usine doit \
                cesser les opérations de nettoyage.";
    let out = Extractor::new().extract(&Document::new("t", text));
    assert!(events_of(&out, "ceasefire").is_empty(), "{out:#?}");
}

#[test]
fn invading_a_country_is_an_attack() {
    let text = "La Russie, qui a envahi l'Ukraine en février 2022, occupe \
                environ un cinquième du territoire.";
    let out = Extractor::new().extract(&Document::new("t", text));
    assert_eq!(events_of(&out, "attack").len(), 1, "{out:#?}");
}

#[test]
fn a_unit_caught_in_an_ambush_is_its_target_not_a_capture() {
    let text =
        "Une unité de l'armée a été prise dans une embuscade tendue par \
                des terroristes de l'EIGS, près du village de Téguey.";
    let out = Extractor::new().extract(&Document::new("t", text));
    assert!(events_of(&out, "capture").is_empty(), "{out:#?}");
    let attack = events_of(&out, "attack");
    assert_eq!(attack.len(), 1, "{out:#?}");
    assert_eq!(names(&out, &attack[0].target), ["armée"], "{out:#?}");
    // The terrorists are the EIGS's ("des terroristes de l'EIGS").
    assert_eq!(
        names(&out, &attack[0].agent),
        ["État islamique au Grand Sahara"],
        "{out:#?}"
    );
}

#[test]
fn munitions_made_or_shot_down_are_no_strike() {
    let text = "Des avions israéliens ont frappé des sites de fabrication de \
                missiles en Iran. La marine américaine a abattu 18 drones et \
                trois missiles au-dessus de la mer Rouge.";
    let out = Extractor::new().extract(&Document::new("t", text));
    assert!(events_of(&out, "shelling").is_empty(), "{out:#?}");
    // Fired, they are.
    let text = "Le Hezbollah a tiré des dizaines de roquettes sur le nord \
                d'Israël, tuant deux civils.";
    let out = Extractor::new().extract(&Document::new("t", text));
    assert_eq!(events_of(&out, "shelling").len(), 1, "{out:#?}");
}

#[test]
fn an_armys_daily_summary_speaks_for_the_staff_in_its_letterhead() {
    let text = "ÉTAT-MAJOR GÉNÉRAL DES FORCES ARMÉES DE L'UKRAINE\n\n\
                Informations opérationnelles au 22h00 du 8 janvier 2025\n\n\
                Depuis le début de la journée, 156 affrontements ont été \
                enregistrés sur la ligne de front. L'ennemi a lancé une \
                frappe de missile sur Kharkiv.";
    let out = Extractor::new()
        .extract(&Document::new("t", text).with_dct("2025-01-08"));
    for kind in ["armed_clash", "shelling"] {
        let v = events_of(&out, kind);
        assert_eq!(v.len(), 1, "{kind}: {out:#?}");
        assert_eq!(
            names(&out, &v[0].source),
            ["ÉTAT-MAJOR GÉNÉRAL DES FORCES ARMÉES DE L'UKRAINE"],
            "{kind}"
        );
    }
}

#[test]
fn a_singular_pronoun_goes_on_with_the_one_doer_before() {
    let text = "L'ennemi a lancé aujourd'hui une frappe de missile sur \
                Kharkiv. Il a en outre effectué plus de 3 800 tirs \
                d'artillerie contre les positions de nos troupes.";
    let out = Extractor::new().extract(&Document::new("t", text));
    let shelling = events_of(&out, "shelling");
    assert!(
        shelling.iter().all(|e| names(&out, &e.agent) == ["ennemi"]),
        "{out:#?}"
    );
    // An impersonal "il" stands for no one.
    let text =
        "Les jihadistes ont attaqué Djibo. Il y a eu des tirs toute la \
                nuit.";
    let out = Extractor::new().extract(&Document::new("t", text));
    assert!(
        out.events
            .iter()
            .filter(|e| e.triggers.iter().any(|t| t.text == "tirs"))
            .all(|e| e.agent.is_empty()),
        "{out:#?}"
    );
}

#[test]
fn the_wounded_counted_beside_a_strike_were_hit_by_it() {
    let text =
        "Au moins dix personnes ont été tuées lundi dans une frappe de \
                missile russe sur Odessa, ont annoncé les autorités locales, \
                qui font état de 43 blessés.";
    let out = Extractor::new().extract(&Document::new("t", text));
    let v = events_of(&out, "shelling");
    assert_eq!(v.len(), 1, "{out:#?}");
    assert_eq!(v[0].injured, Some(43));
    let targets = names(&out, &v[0].target);
    assert!(targets.iter().any(|t| t == "43 blessés"), "{targets:?}");
}

#[test]
fn a_happening_dated_from_another_or_said_to_be_another_stays_apart() {
    let text =
        "Au moins dix personnes ont été tuées lundi dans une attaque à \
                Gao, deux jours après une autre attaque à Tessit.";
    let out = Extractor::new().extract(&Document::new("t", text));
    let attack = events_of(&out, "attack");
    assert_eq!(attack.len(), 2, "{out:#?}");
    // The other one keeps only what its own phrase names.
    let other = attack
        .iter()
        .find(|e| e.killed.is_none())
        .expect("an attack with no toll");
    assert_eq!(names(&out, &other.location), ["Tessit"], "{out:#?}");
    assert!(other.target.is_empty(), "{out:#?}");
    let text =
        "Dix civils ont été tués dans une frappe de missile sur Odessa, \
                au lendemain d'un bombardement massif du réseau électrique.";
    let out = Extractor::new().extract(&Document::new("t", text));
    assert_eq!(events_of(&out, "shelling").len(), 2, "{out:#?}");
}

#[test]
fn the_day_after_an_event_dates_what_is_told_beside_it() {
    let text = "Les forces gouvernementales ont commencé dans la nuit de \
                mercredi à jeudi à se retirer de Soueïda, au lendemain d'une \
                série de frappes israéliennes sur Damas.";
    let out = Extractor::new()
        .extract(&Document::new("t", text).with_dct("2025-07-17"));
    let lendemain = out
        .entities
        .iter()
        .find(|e| e.mentions.iter().any(|m| m.text == "lendemain"))
        .expect("a date mention");
    assert_eq!(lendemain.value.as_deref(), Some("2025-07-17"));
    let air = events_of(&out, "airstrike");
    assert_eq!(air.len(), 1, "{out:#?}");
    assert!(!air[0].time.contains(&lendemain.id), "{out:#?}");
}

#[test]
fn munitions_shot_down_by_air_defence_are_no_deaths() {
    for text in [
        "Selon l'armée de l'air, la Russie a tiré 66 missiles et 145 \
         drones explosifs. La défense antiaérienne en a neutralisé 112.",
        "L'ennemi a lancé 92 drones Shahed. Les forces de défense aérienne \
         en ont abattu 41 au-dessus des régions de Kharkiv.",
    ] {
        let out = Extractor::new().extract(&Document::new("t", text));
        assert!(events_of(&out, "killing").is_empty(), "{out:#?}");
    }
    // People taken up by "en" are.
    let out = Extractor::new().extract(&Document::new(
        "t",
        "Les soldats ont tendu une embuscade aux jihadistes et en ont \
         neutralisé 12.",
    ));
    assert_eq!(events_of(&out, "killing").len(), 1, "{out:#?}");
}

#[test]
fn an_aircraft_shot_down_is_attacked_and_a_place_freed_is_captured() {
    for text in [
        "Un drone turc qui opérait près de Hassaké a été abattu jeudi par \
         l'aviation américaine.",
        "Wagner a affirmé avoir abattu plusieurs aéronefs.",
        "Un hélicoptère de l'armée a été abattu par les rebelles près de \
         Kidal.",
    ] {
        let out = Extractor::new().extract(&Document::new("t", text));
        assert!(events_of(&out, "killing").is_empty(), "{text}: {out:#?}");
        assert_eq!(events_of(&out, "attack").len(), 1, "{text}: {out:#?}");
    }
    // A guard shot dead beside a plane is killed.
    let out = Extractor::new().extract(&Document::new(
        "t",
        "Un soldat qui gardait l'avion a été abattu par un tireur.",
    ));
    assert_eq!(events_of(&out, "killing").len(), 1, "{out:#?}");
    for text in [
        "« Bria est libérée et sécurisée », a déclaré le porte-parole de \
         l'armée.",
        "À Kherson, libérée en novembre 2022, les habitants ont fui.",
        // Quoted, or a headline with no verb, or with no actor named.
        "Syrte est « libérée », annonce un porte-parole militaire.",
        "11 novembre 2022 – Kherson libérée",
        "Le ministère affirme que onze villages ont été « libérés » depuis \
         le début de l’offensive.",
        "« Nos forces ont libéré la base de ses milices », a-t-il dit.",
        "Nos forces poursuivront leurs opérations jusqu’à la libération de \
         l’ensemble du territoire national.",
    ] {
        let out = Extractor::new().extract(&Document::new("t", text));
        assert!(events_of(&out, "release").is_empty(), "{text}: {out:#?}");
        assert_eq!(events_of(&out, "capture").len(), 1, "{text}: {out:#?}");
    }
    // Drones at sea attack, they do not strike from the air.
    let out = Extractor::new().extract(&Document::new(
        "t",
        "La flotte a dû repousser une attaque de drones navals dans la baie \
         de Sébastopol.",
    ));
    assert_eq!(events_of(&out, "attack").len(), 1, "{out:#?}");
    assert!(events_of(&out, "airstrike").is_empty(), "{out:#?}");
}

#[test]
fn who_records_a_deed_tells_of_it_and_did_not_do_it() {
    let out = Extractor::new().extract(&Document::new(
        "t",
        "Human Rights Watch a documenté l'exécution de 20 civils par des \
         soldats à Bangui.",
    ));
    let k = events_of(&out, "killing");
    assert_eq!(k.len(), 1, "{out:#?}");
    assert_eq!(names(&out, &k[0].agent), ["soldat"], "{out:#?}");
    assert_eq!(names(&out, &k[0].source), ["Human Rights Watch"]);
    let out = Extractor::new().extract(&Document::new(
        "t",
        "L'ONU a recensé la mort de 300 civils à Goma.",
    ));
    let k = events_of(&out, "killing");
    assert_eq!(k.len(), 1, "{out:#?}");
    assert!(k[0].agent.is_empty(), "{out:#?}");
    assert_eq!(names(&out, &k[0].source), ["ONU"]);
    // Announcing one's own offensive is doing it.
    let out = Extractor::new().extract(&Document::new(
        "t",
        "Le Hezbollah et l'armée syrienne ont annoncé une offensive \
         conjointe contre Daech dans le Qalamoun.",
    ));
    let a = events_of(&out, "attack");
    assert_eq!(a.len(), 1, "{out:#?}");
    assert_eq!(a[0].agent.len(), 2, "{out:#?}");
}

#[test]
fn a_story_that_opens_on_a_deed_at_a_town_goes_on_there() {
    let text = "BANGUI, 23 février 2021 (AFP) - Les Forces armées \
                centrafricaines ont repris lundi le contrôle de Bria, a \
                annoncé le gouvernement.\n\nSelon une source onusienne, les \
                combats ont fait au moins quatorze morts. Les rebelles se \
                seraient repliés vers le nord, selon des habitants.";
    let out = Extractor::new().extract(&Document::new("t", text));
    let bria: Vec<String> = vec!["Bria".into()];
    for kind in ["armed_clash", "withdrawal"] {
        let e = events_of(&out, kind);
        assert_eq!(e.len(), 1, "{kind}: {out:#?}");
        assert_eq!(names(&out, &e[0].location), bria, "{kind}: {out:#?}");
    }
    // Talks at a capital set no scene for the fighting told after them.
    let text = "DOHA (AFP) - Les négociations entre Kinshasa et le M23 se \
                sont ouvertes lundi à Doha.\n\nLes combats ont repris dans \
                la nuit, selon des habitants.";
    let out = Extractor::new().extract(&Document::new("t", text));
    let e = events_of(&out, "armed_clash");
    assert_eq!(e.len(), 1, "{out:#?}");
    assert!(e[0].location.is_empty(), "{out:#?}");
}

#[test]
fn the_people_a_strike_killed_or_wounded_are_its_targets() {
    let text = "Dans la nuit du 15 au 16 août, l'ennemi a frappé la ville de \
                Soumy au moyen de deux missiles balistiques, tuant un civil \
                et blessant sept autres personnes, dont deux enfants.";
    let out = Extractor::new().extract(&Document::new("t", text));
    let strikes: Vec<_> = out
        .events
        .iter()
        .filter(|e| matches!(e.kind.as_str(), "shelling" | "airstrike"))
        .collect();
    assert!(!strikes.is_empty(), "{out:#?}");
    for strike in strikes {
        let targets = names(&out, &strike.target);
        for victim in ["un civil", "sept autres personnes", "deux enfants"] {
            assert!(
                targets.iter().any(|t| t == victim),
                "{victim}: {targets:?}"
            );
        }
    }
    // Who tells of it is no victim.
    let out = Extractor::new().extract(&Document::new(
        "t",
        "Une frappe aérienne israélienne a tué samedi au moins 15 membres \
         d'une même famille à Zawaïda, selon un responsable local.",
    ));
    let s = events_of(&out, "airstrike");
    assert_eq!(s.len(), 1, "{out:#?}");
    let targets = names(&out, &s[0].target);
    assert!(targets.iter().any(|t| t.contains("15 membres")), "{targets:?}");
    assert!(!targets.iter().any(|t| t.contains("responsable")), "{targets:?}");
}

/// The kinds of the events of `text` with their trigger texts.
fn kinds_and_triggers(text: &str) -> Vec<(String, Vec<String>)> {
    let out = Extractor::new()
        .extract(&Document::new("t", text).with_dct("2025-10-07"));
    out.events
        .iter()
        .map(|e| {
            (
                e.kind.clone(),
                e.triggers.iter().map(|t| t.text.clone()).collect(),
            )
        })
        .collect()
}

/// Asserts that each text has an event of `kind` with the trigger given.
fn assert_triggers(kind: &str, cases: &[(&str, &str)]) {
    for (text, trigger) in cases {
        let ev = kinds_and_triggers(text);
        assert!(
            ev.iter()
                .any(|(k, t)| k == kind && t.iter().any(|t| t == trigger)),
            "{text}: {ev:?}"
        );
    }
}

/// Asserts that no text has an event of `kind`.
fn assert_no_kind(kind: &str, texts: &[&str]) {
    for text in texts {
        let ev = kinds_and_triggers(text);
        assert!(!ev.iter().any(|(k, _)| k == kind), "{text}: {ev:?}");
    }
}

#[test]
fn munitions_that_come_down_on_a_place_strike_it() {
    let ev = kinds_and_triggers(
        "À Kharkiv, une dizaine de drones Shahed se sont abattus sur le \
         district de Kholodnohirsky, tuant un homme de 58 ans.",
    );
    let strike = ev.iter().find(|(k, _)| k == "airstrike");
    assert!(
        strike.is_some_and(|(_, t)| t.iter().any(|t| t == "Shahed")),
        "{ev:?}"
    );
    assert!(!ev.iter().any(|(k, _)| k == "killing"), "{ev:?}");
    let ev = kinds_and_triggers(
        "Une dizaine de drones se sont écrasés sur un immeuble de Kharkiv, \
         tuant deux civils.",
    );
    assert!(
        ev.iter().any(
            |(k, t)| k == "airstrike" && t.contains(&"drones".to_string())
        ),
        "{ev:?}"
    );
    // Rain, repression or a plane that crashes strike no one.
    for text in [
        "Une pluie torrentielle s'est abattue sur Goma mardi.",
        "La répression s'est abattue sur les opposants à Bamako.",
        "Un avion de ligne s'est écrasé sur une maison près de Khartoum.",
    ] {
        let ev = kinds_and_triggers(text);
        assert!(ev.is_empty(), "{text}: {ev:?}");
    }
}

#[test]
fn the_bombing_of_states_that_strike_abroad_is_from_the_air() {
    let ev = kinds_and_triggers(
        "Israël a bombardé mercredi le siège du ministère de la Défense à \
         Damas.",
    );
    assert_eq!(
        ev,
        vec![("airstrike".to_string(), vec!["bombardé".to_string()])]
    );
    // Tanks or guns named: shelling.
    let ev = kinds_and_triggers(
        "Les chars israéliens ont bombardé mardi l'est de Khan Younès.",
    );
    assert!(ev.iter().all(|(k, _)| k == "shelling"), "{ev:?}");
    assert!(!ev.is_empty());
}

#[test]
fn a_trip_or_a_paper_is_no_surrender_or_agreement() {
    let ev = kinds_and_triggers(
        "Le chef de la diplomatie iranienne, Abbas Araghchi, doit se rendre \
         dimanche à Damas.",
    );
    assert!(ev.is_empty(), "{ev:?}");
    let ev = kinds_and_triggers(
        "Les combattants doivent se rendre dimanche aux forces \
         gouvernementales.",
    );
    assert!(ev.iter().any(|(k, _)| k == "surrender"), "{ev:?}");
    let ev = kinds_and_triggers(
        "Selon un communiqué signé par l'archevêque de Bamenda, un prêtre a \
         été enlevé samedi.",
    );
    assert!(!ev.iter().any(|(k, _)| k == "agreement"), "{ev:?}");
    assert!(ev.iter().any(|(k, _)| k == "abduction"), "{ev:?}");
    // Enlisting, or clearing bodies, is no withdrawal or abduction.
    for text in [
        "Le gouverneur a appelé les jeunes à rejoindre l'armée et les \
         milices locales.",
        "Une trêve de trois jours doit permettre l'enlèvement des corps.",
    ] {
        let ev = kinds_and_triggers(text);
        assert!(
            !ev.iter().any(|(k, _)| k == "withdrawal" || k == "abduction"),
            "{text}: {ev:?}"
        );
    }
}

#[test]
fn laying_down_arms_is_denied_with_the_negation_inside() {
    let out = Extractor::new().extract(&Document::new(
        "t",
        "Les FDS ont proposé un cessez-le-feu, mais elles ne déposeront pas \
         les armes.",
    ));
    let s = events_of(&out, "surrender");
    assert_eq!(s.len(), 1, "{out:#?}");
    assert_eq!(s[0].triggers[0].text, "déposeront pas les armes");
    assert_eq!(s[0].polarity, "negated", "{out:#?}");
}

#[test]
fn drones_neutralised_are_no_killing() {
    let ev = kinds_and_triggers(
        "La Russie a lancé 152 drones contre l'Ukraine, selon l'armée de \
         l'air ukrainienne, qui affirme avoir abattu ou neutralisé 121 \
         drones et deux missiles.",
    );
    assert!(!ev.iter().any(|(k, _)| k == "killing"), "{ev:?}");
    let ev = kinds_and_triggers(
        "L'armée affirme avoir neutralisé 21 terroristes près de Djibo.",
    );
    assert!(ev.iter().any(|(k, _)| k == "killing"), "{ev:?}");
}

#[test]
fn missiles_a_verb_fires_are_shelling_without_more_context() {
    // "missile" alone is a weak trigger; fired by a verb with a count it
    // is told, in a one-sentence text that names no armed actor.
    let ev =
        kinds_and_triggers("La Russie a lancé 90 missiles contre l'Ukraine.");
    assert!(ev.iter().any(|(k, _)| k == "shelling"), "{ev:?}");
    // Missiles only named stay no event.
    let ev = kinds_and_triggers("La Russie fabrique 90 missiles par an.");
    assert!(!ev.iter().any(|(k, _)| k == "shelling"), "{ev:?}");
}

#[test]
fn the_ones_led_are_the_parties_not_their_leaders() {
    let out = Extractor::new().extract(&Document::new(
        "t",
        "Une délégation russe conduite par Vladimir Medinski et une \
         délégation ukrainienne menée par le ministre de la Défense, Roustem \
         Oumerov, se sont retrouvées lundi à Istanbul pour un deuxième cycle \
         de pourparlers directs.",
    ));
    let n = events_of(&out, "negotiation");
    assert_eq!(n.len(), 1, "{out:#?}");
    let mut agents = names(&out, &n[0].agent);
    agents.sort();
    assert_eq!(agents, ["délégation russe", "délégation ukrainienne"]);
}

#[test]
fn a_place_taken_in_part_is_where_it_is_taken() {
    let out = Extractor::new().extract(&Document::new(
        "t",
        "Les jihadistes se sont emparés samedi de la majeure partie d'Alep, \
         deuxième ville de Syrie.",
    ));
    let c = events_of(&out, "capture");
    assert_eq!(c.len(), 1, "{out:#?}");
    assert_eq!(names(&out, &c[0].location), ["Alep"], "{out:#?}");
}

#[test]
fn an_assault_made_with_drones_is_an_air_strike() {
    let ev = kinds_and_triggers(
        "À Novorossiïsk, l'attaque a visé le terminal pétrolier de \
         Cheskharis, l'un des principaux points d'exportation du brut \
         russe, avec des drones aériens et des drones navals.",
    );
    assert!(
        ev.iter()
            .any(|(k, t)| k == "airstrike"
                && t.contains(&"attaque".to_string())),
        "{ev:?}"
    );
    // The drones of those who repel it are not its means.
    let ev = kinds_and_triggers(
        "Les jihadistes ont lancé une attaque contre la base, que l'armée a \
         repoussée avec des drones.",
    );
    assert!(
        ev.iter()
            .any(|(k, t)| k == "attack" && t.contains(&"attaque".to_string())),
        "{ev:?}"
    );
}

#[test]
fn attacks_that_did_not_stop_are_no_truce() {
    let ev = kinds_and_triggers(
        "Selon Human Rights Watch, les 3R n'ont pas cessé leurs attaques \
         dans l'Ouham-Pendé.",
    );
    assert!(!ev.iter().any(|(k, _)| k == "ceasefire"), "{ev:?}");
    let ev = kinds_and_triggers(
        "L'ONU appelle les Houthis à cesser immédiatement leurs attaques.",
    );
    assert!(ev.iter().any(|(k, _)| k == "ceasefire"), "{ev:?}");
}

#[test]
fn those_who_send_envoys_to_talks_are_their_parties() {
    for (text, party) in [
        (
            "Des discussions informelles entre émissaires du gouvernement et \
             représentants de certains groupes Fano auraient eu lieu en \
             Tanzanie.",
            "Fano",
        ),
        (
            "Les négociations entre les délégations de Kinshasa et de \
             l'AFC/M23 ont repris à Doha.",
            "Alliance fleuve Congo",
        ),
    ] {
        let out = Extractor::new().extract(&Document::new("t", text));
        let talks = events_of(&out, "negotiation");
        assert_eq!(talks.len(), 1, "{out:#?}");
        let agents = names(&out, &talks[0].agent);
        assert_eq!(agents.len(), 2, "{text}: {agents:?}");
        assert!(agents.iter().any(|n| n.contains(party)), "{agents:?}");
    }
}

#[test]
fn a_rights_groups_weekly_report_is_the_source_of_its_events() {
    let out = Extractor::new().extract(&Document::new(
        "t",
        "RÉSEAU SYRIEN POUR LES DROITS DE L'HOMME (SNHR)\nRapport \
         hebdomadaire de suivi des violations\n\nLe 14 mai, une unité de \
         l'armée israélienne a pénétré dans le village de Jubata al-Khachab \
         et arrêté trois bergers.",
    ));
    let arrests = events_of(&out, "arrest");
    assert_eq!(arrests.len(), 1, "{out:#?}");
    let sources = names(&out, &arrests[0].source);
    assert!(
        sources.iter().any(|s| s.to_lowercase().contains("réseau syrien")
            || s.contains("SNHR")),
        "{sources:?}"
    );
}

#[test]
fn the_freed_come_home_from_a_swap_with_the_other_side() {
    let out = Extractor::new().extract(&Document::new(
        "t",
        "Aujourd'hui, 146 militaires ukrainiens sont rentrés chez eux à \
         l'issue d'un nouvel échange de prisonniers avec la Fédération de \
         Russie.",
    ));
    let r = events_of(&out, "release");
    assert_eq!(r.len(), 1, "{out:#?}");
    assert_eq!(names(&out, &r[0].target).len(), 1, "{out:#?}");
    assert_eq!(
        names(&out, &r[0].target),
        ["militaires ukrainiens"],
        "{out:#?}"
    );
    assert_eq!(names(&out, &r[0].agent), ["Russie"], "{out:#?}");
    // Envoys who meet to negotiate a release are not freed.
    let out = Extractor::new().extract(&Document::new(
        "t",
        "Des émissaires doivent se retrouver mercredi au Caire pour négocier \
         une éventuelle libération d'otages.",
    ));
    for r in events_of(&out, "release") {
        let targets = names(&out, &r.target);
        assert!(
            !targets.iter().any(|t| t.contains("missaire")),
            "{targets:?}"
        );
    }
}

#[test]
fn a_person_who_leaves_withdraws_no_force() {
    let out = Extractor::new().extract(&Document::new(
        "t",
        "Les combats ont repris à Mekele. Les forces fidèles à Debretsion \
         ont contraint le président de l'administration intérimaire, \
         Getachew Reda, à quitter la ville, selon plusieurs sources \
         concordantes.",
    ));
    assert!(events_of(&out, "withdrawal").is_empty(), "{out:#?}");
    let out = Extractor::new().extract(&Document::new(
        "t",
        "Les combats ont repris à Mekele. Les rebelles ont quitté la ville \
         dans la nuit.",
    ));
    assert_eq!(events_of(&out, "withdrawal").len(), 1, "{out:#?}");
}

#[test]
fn trips_talks_and_a_time_before_the_war_are_no_events() {
    // (text, the kind it must not give, the kind it must give if any)
    for (text, absent, present) in [
        (
            "Le président Vladimir Poutine s'est rendu le 12 mars au poste de \
             commandement du groupement Nord.",
            "surrender",
            None,
        ),
        (
            "Le président de la Commission a appelé les groupes armés de la \
             région à rejoindre des pourparlers sans conditions.",
            "withdrawal",
            Some("negotiation"),
        ),
        (
            "Damas a dénoncé une violation de l'accord de désengagement \
             conclu en 1974 avec Israël.",
            "withdrawal",
            Some("agreement"),
        ),
        (
            "La ville, qui comptait 60 000 habitants avant la guerre, a été \
             bombardée dimanche par l'armée russe.",
            "armed_clash",
            None,
        ),
    ] {
        let ev = kinds_and_triggers(text);
        assert!(!ev.iter().any(|(k, _)| k == absent), "{text}: {ev:?}");
        if let Some(kind) = present {
            assert!(ev.iter().any(|(k, _)| k == kind), "{text}: {ev:?}");
        }
    }
}

#[test]
fn a_place_that_passes_under_a_groups_control_is_taken_by_it() {
    let out = Extractor::new().extract(
        &Document::new(
            "t",
            "La ville de Masisi est passée sous le contrôle du M23 samedi.",
        )
        .with_dct("2025-03-03"),
    );
    let c = events_of(&out, "capture");
    assert_eq!(c.len(), 1, "{out:#?}");
    assert_eq!(
        names(&out, &c[0].agent),
        vec!["Mouvement du 23 mars".to_string()]
    );
    assert_eq!(names(&out, &c[0].location), vec!["Masisi".to_string()]);
    let ev = kinds_and_triggers(
        "Les rebelles ont lancé une offensive sur Alep. L'aéroport \
         international et le camp de Neirab sont passés sous leur contrôle.",
    );
    assert!(ev.iter().any(|(k, _)| k == "capture"), "{ev:?}");
}

#[test]
fn a_second_gerund_after_a_strike_tells_its_toll() {
    let out = Extractor::new().extract(
        &Document::new(
            "t",
            "Le 8 mai, l'aviation nigériane a mené des frappes contre un point \
             de regroupement de l'ISWAP près de Marte, détruisant des stocks \
             de carburant et neutralisant plusieurs commandants du groupe.",
        )
        .with_dct("2025-05-10"),
    );
    assert!(events_of(&out, "killing").is_empty(), "{out:#?}");
    assert_eq!(events_of(&out, "airstrike").len(), 1, "{out:#?}");
}

#[test]
fn the_triggers_own_verb_tells_a_guess_or_what_lies_ahead() {
    for (text, kind, modality) in [
        (
            "Les jihadistes se seraient emparés de deux villages, selon des \
             sources locales.",
            "capture",
            "hypothetical",
        ),
        ("Nos forces ne se retireront pas du barrage.", "withdrawal", "future"),
        ("L'armée libérera les otages.", "release", "future"),
        (
            "AFRICOM continuera de mener des frappes contre l'EI en Somalie.",
            "airstrike",
            "future",
        ),
        (
            "Le président a appelé les groupes armés de la région à rejoindre \
             des pourparlers sans conditions.",
            "negotiation",
            "demanded",
        ),
        (
            "Les rebelles ont attaqué Goma et se sont emparés de l'aéroport.",
            "capture",
            "asserted",
        ),
    ] {
        let out = Extractor::new()
            .extract(&Document::new("t", text).with_dct("2025-03-01"));
        let ev = events_of(&out, kind);
        assert_eq!(ev.len(), 1, "{text}: {out:#?}");
        assert_eq!(ev[0].modality, modality, "{text}");
    }
}

#[test]
fn devices_seized_or_handed_over_set_nothing_off() {
    for text in [
        "Neuf suspects ont été arrêtés et une cache contenant des ceintures \
         explosives a été saisie.",
        "Sept fusils d'assaut et des composants d'engins explosifs improvisés \
         ont été saisis sur les lieux.",
        "Les combattants se sont présentés au camp en remettant deux fusils \
         M16 et un lance-grenades.",
        // A list of what was seized runs past its commas; what did not go
        // off is no blast.
        "Des jihadistes ont tué dix soldats près de Kokorou. Les soldats ont \
         arrêté trois hommes, saisissant fusils d'assaut, grenades et gilets \
         pare-balles.",
        "Des jihadistes ont tué dix soldats près de Kokorou. L'armée a \
         sécurisé les munitions non explosées dans le village.",
    ] {
        let ev = kinds_and_triggers(text);
        assert!(!ev.iter().any(|(k, _)| k == "bombing"), "{text}: {ev:?}");
    }
    // One that goes off is a bombing, found or not.
    for text in [
        "Un engin explosif improvisé a explosé au passage d'un convoi, tuant \
         trois soldats.",
        "Une mine découverte par des bergers a explosé, blessant deux \
         enfants.",
    ] {
        let ev = kinds_and_triggers(text);
        assert!(ev.iter().any(|(k, _)| k == "bombing"), "{text}: {ev:?}");
    }
}

#[test]
fn fire_an_aircraft_takes_is_an_attack_on_it() {
    for text in [
        "Un hélicoptère de l'armée malienne a essuyé des tirs près de \
         Tessalit mardi.",
        "Des tirs visant un drone de l'armée ont été signalés à Gao.",
    ] {
        let ev = kinds_and_triggers(text);
        assert!(ev.iter().any(|(k, _)| k == "attack"), "{text}: {ev:?}");
        assert!(!ev.iter().any(|(k, _)| k == "airstrike"), "{text}: {ev:?}");
    }
    // Fire from the air is still an air strike.
    let text = "Des hélicoptères de l'armée ont effectué des tirs sur des \
                positions jihadistes près de Tessalit.";
    let ev = kinds_and_triggers(text);
    assert!(ev.iter().any(|(k, _)| k == "airstrike"), "{text}: {ev:?}");
}

#[test]
fn the_attack_pointed_back_to_is_the_strike_or_bombing_before_it() {
    for (text, kind, agent) in [
        (
            "Un attentat à la voiture piégée a fait cinq morts à Mogadiscio. \
             Les shebab ont revendiqué l'attaque.",
            "bombing",
            Some("shebab"),
        ),
        (
            "Une frappe aérienne israélienne a touché une école de Khan \
             Younès mardi, tuant douze personnes. L'OMS a condamné cette \
             attaque.",
            "airstrike",
            None,
        ),
    ] {
        let out = Extractor::new()
            .extract(&Document::new("t", text).with_dct("2024-03-12"));
        assert_eq!(
            out.events.len(),
            1,
            "{text}: {:?}",
            kinds_and_triggers(text)
        );
        let ev = &out.events[0];
        assert_eq!(ev.kind, kind, "{text}");
        assert!(
            ev.triggers.len() >= 2
                && ev.triggers.iter().any(|t| t.text == "attaque"),
            "{text}"
        );
        if let Some(a) = agent {
            assert_eq!(first_mentions(&out, &ev.agent), [a], "{text}");
        }
    }
    // An attack in another paragraph, or after fighting, is its own.
    for text in [
        "Une frappe aérienne a touché Rafah mardi.\n\nL'attaque a visé \
         un poste de police à Khan Younès mercredi.",
        "Une frappe aérienne a touché Rafah. Des combats ont éclaté à \
         Khan Younès. L'attaque a fait trois morts.",
    ] {
        let ev = kinds_and_triggers(text);
        assert!(ev.iter().any(|(k, _)| k == "attack"), "{text}: {ev:?}");
    }
}

#[test]
fn sentences_supply_lines_and_fighting_age_set_nothing_off() {
    for (text, kind) in [
        (
            "Quatre journalistes condamnés à mort par les rebelles doivent \
             être libérés dimanche.",
            "killing",
        ),
        (
            "L'aviation a frappé les lignes de ravitaillement de la milice.",
            "humanitarian",
        ),
        (
            "Les hommes en âge de combattre font l’objet de contrôles \
             renforcés au poste-frontière, où des combats ont eu lieu hier.",
            "armed_clash",
        ),
    ] {
        let ev = kinds_and_triggers(text);
        let bad: Vec<_> = ev
            .iter()
            .filter(|(k, t)| {
                k == kind
                    && t.iter().any(|t| {
                        matches!(
                            t.as_str(),
                            "mort" | "ravitaillement" | "combattre"
                        )
                    })
            })
            .collect();
        assert!(bad.is_empty(), "{text}: {ev:?}");
    }
}

#[test]
fn people_forced_to_flee_are_displaced() {
    let out = Extractor::new().extract(
        &Document::new(
            "t",
            "Les gangs ont incendié des maisons à Nazon, contraignant des \
             centaines de familles à fuir vers Pétion-Ville.",
        )
        .with_dct("2024-11-20"),
    );
    let d = event_told_by(&out, "fuir");
    assert_eq!(d.kind, "displacement");
    assert_eq!(first_mentions(&out, &d.agent), ["centaines de familles"]);
}

#[test]
fn people_traded_are_released_and_other_trades_are_no_event() {
    for text in [
        "Résultat : un accord sur un échange de 1 000 prisonniers de chaque \
         côté.",
        "Trente-trois otages doivent être libérés en échange d’environ \
         1 900 Palestiniens.",
        "Les rebelles et l'armée ont échangé des prisonniers à Gao.",
        "Les deux camps s'engagent à échanger leurs prisonniers à Gao.",
    ] {
        assert_eq!(event_kinds(text), ["release"], "{text}");
    }
    // The trade told again after the prisoners is the same release.
    let text = "189 prisonniers ukrainiens libérés lors d’un échange avec la \
                Russie. L’échange a eu lieu lundi.";
    let out = Extractor::new().extract(&Document::new("t", text));
    let r = events_of(&out, "release");
    assert_eq!(r.len(), 1, "{out:#?}");
    assert_eq!(r[0].triggers.len(), 2, "{out:#?}");
    // Trades of goods, words or information free no one.
    for text in [
        "Il a été relâché en échange d’informations sur les soldats.",
        "Les échanges économiques entre la Russie et l'Iran ont doublé.",
    ] {
        let k = event_kinds(text);
        assert!(
            k.iter().all(|k| k == "release")
                && k.len() <= 1
                && !Extractor::new()
                    .extract(&Document::new("t", text))
                    .events
                    .iter()
                    .any(|e| e
                        .triggers
                        .iter()
                        .any(|t| t.text.contains("change"))),
            "{text}: {k:?}"
        );
    }
}

#[test]
fn war_named_as_a_label_and_troops_gathered_are_no_event() {
    for text in [
        "Le GNA a dénoncé dimanche une « déclaration de guerre ».",
        "MSF appelle toutes les parties au conflit à épargner les hôpitaux \
         de Tripoli.",
        "Des mines et des restes explosifs de guerre ont été retirés près \
         de Taëz.",
    ] {
        assert!(
            event_kinds(text).is_empty(),
            "{text}: {:?}",
            event_kinds(text)
        );
    }
    // A gathering of troops struck is a target, no protest.
    let k = event_kinds(
        "L'armée a visé un rassemblement de troupes près de Metoula.",
    );
    assert!(!k.iter().any(|k| k == "protest"), "{k:?}");
    // A place one went to, named before "où", sees no surrender.
    let k = event_kinds(
        "L'attaque a visé Tillabéri, où le ministre de l'Intérieur, \
         Alassane Seidou, s'est rendu hier.",
    );
    assert_eq!(k, ["attack"]);
    let k = event_kinds("Encerclés, les rebelles se sont rendus à l'armée.");
    assert!(k.iter().any(|k| k == "surrender"), "{k:?}");
}

#[test]
fn a_munition_that_hits_a_place_past_a_name_or_a_second_munition_strikes() {
    for text in [
        "Un missile Iskander a frappé le centre de Soumy.",
        "Des missiles et des drones russes ont frappé Kharkiv.",
    ] {
        let k = event_kinds(text);
        assert!(k.iter().any(|k| k == "shelling"), "{text}: {k:?}");
    }
}

#[test]
fn a_bombing_denied_in_a_story_of_air_strikes_is_an_air_strike() {
    let text =
        "Des avions ont frappé Tillia jeudi. L'état-major dément avoir \
                bombardé le village de Kompa.";
    let k = event_kinds(text);
    assert_eq!(k.iter().filter(|k| *k == "airstrike").count(), 2, "{k:?}");
    // So is a state's denial of aiming at civilians; an armed group's
    // stays an attack.
    let k = event_kinds(
        "Des avions ont frappé Tillia jeudi. L'armée dément avoir visé des \
         civils.",
    );
    assert_eq!(k.iter().filter(|k| *k == "airstrike").count(), 2, "{k:?}");
    let k = event_kinds(
        "Des avions ont frappé Tillia jeudi. Les rebelles ont nié avoir visé \
         des civils.",
    );
    assert_eq!(k.iter().filter(|k| *k == "airstrike").count(), 1, "{k:?}");
    // With no strike from the air told, it stays shelling.
    let k =
        event_kinds("L'état-major dément avoir bombardé le village de Kompa.");
    assert_eq!(k, ["shelling"]);
}

#[test]
fn a_site_taken_into_possession_or_under_control_is_captured_and_one_left_by_a_force_is_withdrawn_from(
) {
    for text in [
        "Le centre-ville d'Afrine a été placé sous contrôle par les forces \
         turques.",
        "L'armée a pris possession, le 21 octobre, du camp de Tessalit.",
    ] {
        let k = event_kinds(text);
        assert!(k.iter().any(|k| k == "capture"), "{text}: {k:?}");
    }
    // Taking up an office is no capture.
    assert!(
        event_kinds("Il a pris possession de son bureau lundi.").is_empty()
    );
    let k = event_kinds(
        "L'armée a pris le camp de Tessalit, évacué par la MINUSMA.",
    );
    assert!(k.iter().any(|k| k == "withdrawal"), "{k:?}");
    assert!(!k.iter().any(|k| k == "displacement"), "{k:?}");
}

#[test]
fn an_order_to_evacuate_a_place_displaces_its_people_not_troops() {
    let k = event_kinds(
        "L'armée israélienne a ordonné l'évacuation de Beit Hanoun.",
    );
    assert_eq!(k, ["displacement"]);
    let k = event_kinds(
        "Le commandement a ordonné l'évacuation de ses troupes de Kidal.",
    );
    assert_eq!(k, ["withdrawal"]);
}

#[test]
fn a_raid_that_lands_comes_by_the_dozen_or_is_a_states_is_from_the_air() {
    for text in [
        "Un raid sur un dépôt de munitions proche de Jablé a tué quatre combattants.",
        "Selon le porte-parole des Houthis, 73 raids ont visé cinq gouvernorats.",
        "En début d'après-midi, un raid a visé un immeuble de Ghobeiry.",
        "Un physicien a été tué dans un raid israélien sur Astaneh-Achrafieh.",
    ] {
        assert_eq!(event_kinds(text), ["airstrike"], "{text}");
    }
    for text in [
        "Des combattants du M23 ont mené un raid contre l'hôpital de Ndosho.",
        "Un commando du Hamas a mené un raid contre un poste de l'armée près de Kerem Shalom.",
        "Mardi, les forces israéliennes ont mené un raid de plusieurs heures dans le camp de Tulkarem.",
    ] {
        assert_eq!(event_kinds(text), ["attack"], "{text}");
    }
}

#[test]
fn an_operation_takes_its_qualifier_and_its_staff_is_no_event() {
    let out = Extractor::new().extract(&Document::new(
        "t",
        "Les FDS ont poursuivi leurs opérations offensives dans la zone de Djibo. \
         Les habitants ne doivent pas se rendre dans les zones d'opération de Gao.",
    ));
    let triggers: Vec<&str> = out
        .events
        .iter()
        .flat_map(|e| e.triggers.iter().map(|t| t.text.as_str()))
        .collect();
    assert_eq!(triggers, ["opérations offensives"]);
}

#[test]
fn shells_that_came_down_are_fired_and_told_once() {
    let out = Extractor::new().extract(&Document::new(
        "t",
        "Dans la nuit, des obus s'étaient abattus sur le marché central de Goma.",
    ));
    assert_eq!(out.events.len(), 1, "{:#?}", out.events);
    assert_eq!(out.events[0].kind, "shelling");
    let out = Extractor::new().extract(&Document::new(
        "t",
        "Des roquettes se sont abattues sur le centre de Goma, tuant deux civils.",
    ));
    assert_eq!(out.events.len(), 1, "{:#?}", out.events);
    let triggers: Vec<&str> =
        out.events[0].triggers.iter().map(|t| t.text.as_str()).collect();
    assert_eq!(triggers, ["roquettes", "se sont abattues sur"]);
    // Shot down, they are no shelling.
    assert!(event_kinds("Trois drones abattus au-dessus de Kyiv.").is_empty());
}

#[test]
fn a_column_that_goes_on_marching_is_deployed() {
    assert_eq!(
        event_kinds(
            "Le FACT a affirmé qu'il poursuivra sa marche vers N'Djamena."
        ),
        ["deployment"]
    );
}

#[test]
fn deaths_told_with_no_other_event_are_a_killing() {
    let out = Extractor::new().extract(&Document::new(
        "t",
        "Depuis janvier 1992, les violences ont fait plus de 60 000 morts en Algérie.",
    ));
    assert_eq!(out.events.len(), 1, "{:#?}", out.events);
    assert_eq!(out.events[0].kind, "killing");
    assert_eq!(out.events[0].killed, Some(60_000));
    // A toll of a strike in the sentence, or a new toll of one told just
    // before, is that strike's.
    assert_eq!(
        event_kinds("Au moins 35 morts dans des frappes aériennes au Yémen."),
        ["airstrike"]
    );
    assert_eq!(
        event_kinds(
            "Une frappe a touché le marché de Sabreen. Le bilan s'élève à 54 morts."
        ),
        ["airstrike"]
    );
}

#[test]
fn protesters_who_gather_are_the_actors_of_the_gathering() {
    let out = Extractor::new().extract(&Document::new(
        "t",
        "À Jérusalem, plusieurs centaines de manifestants se sont rassemblés \
         devant la Knesset.",
    ));
    let triggers: Vec<&str> = out
        .events
        .iter()
        .flat_map(|e| e.triggers.iter().map(|t| t.text.as_str()))
        .collect();
    assert!(!triggers.contains(&"manifestants"), "{triggers:?}");
    assert_eq!(out.events.len(), 1, "{:#?}", out.events);
    assert_eq!(out.events[0].kind, "protest");
    // Alone in its sentence, the word still tells the protest.
    assert!(event_kinds(
        "Les forces de l'ordre tirent à balles réelles sur les manifestants."
    )
    .contains(&"protest".to_string()));
}

#[test]
fn mines_of_ore_are_no_bombing() {
    assert_eq!(
        event_kinds(
            "Le M23 prend le contrôle de Rubaya et de ses mines de coltan."
        ),
        ["capture"]
    );
}

#[test]
fn a_riposte_as_a_reason_or_a_kind_is_no_event() {
    for text in [
        "Les États-Unis ont frappé des dizaines de cibles au Yémen, en riposte aux \
         attaques des Houthis contre la navigation.",
        "Objet : frappes de riposte des forces américaines en Irak.",
        "L'Ukraine aurait alors « pleinement le droit » de riposter.",
    ] {
        let kinds = event_kinds(text);
        assert!(
            kinds.iter().filter(|k| *k == "attack").count()
                <= usize::from(text.contains("attaques")),
            "{text}: {kinds:?}"
        );
    }
    // The riposte of a unit on the ground is its fight.
    assert!(!event_kinds(
        "La riposte vigoureuse des unités sur place a permis de repousser \
         les assaillants à Nioro."
    )
    .is_empty());
}

#[test]
fn a_chase_announced_is_a_threat_and_a_chase_promised_the_promise() {
    let kinds = event_kinds(
        "Les assaillants seront traqués sans relâche, a déclaré l'armée \
         malienne à Gao.",
    );
    assert_eq!(kinds, vec!["threat".to_string()]);
    let kinds = event_kinds(
        "Le président a promis que les auteurs de cette barbarie seraient \
         « traqués » jusque dans leurs derniers retranchements.",
    );
    assert_eq!(kinds, vec!["threat".to_string()]);
}

#[test]
fn the_displaced_who_flee_are_one_flight() {
    let text = "Plus de 400 000 déplacés fuient vers Tawila.";
    let out = Extractor::new().extract(&Document::new("t", text));
    let flights: Vec<_> =
        out.events.iter().filter(|e| e.kind == "displacement").collect();
    assert_eq!(flights.len(), 1, "{flights:#?}");
    assert_eq!(flights[0].triggers.len(), 1, "{flights:#?}");
    assert_eq!(flights[0].triggers[0].text, "fuient", "{flights:#?}");
    // Displaced by a verb, the word is the event.
    let text = "Des milliers de personnes ont été déplacées à Tawila.";
    assert!(event_kinds(text).contains(&"displacement".to_string()));
}

#[test]
fn troops_who_cross_a_border_go_in_and_people_flee() {
    assert_eq!(
        event_kinds(
            "Des colonnes de blindés ukrainiens ont franchi la frontière près \
             de Soudja."
        ),
        vec!["deployment".to_string()]
    );
    assert_eq!(
        event_kinds(
            "Plus de 6 000 personnes ont traversé la frontière vers le Tchad."
        ),
        vec!["displacement".to_string()]
    );
}

#[test]
fn report_dates_decrees_bills_and_gatherings_of_fighters_are_no_events() {
    for text in [
        "Rapport de situation n° 6. Données arrêtées au 6 mai 2025.",
        "Les rassemblements ont été interdits par arrêté du haut-commissaire.",
        "Le FLNKS réclame le retrait du texte.",
        "Les zones de rassemblement des miliciens sont connues de l'armée.",
    ] {
        assert!(
            event_kinds(text).is_empty(),
            "{text}: {:?}",
            event_kinds(text)
        );
    }
}

#[test]
fn barricades_in_the_street_are_a_riot_and_the_holed_up_none() {
    let out = Extractor::new().extract(&Document::new(
        "t",
        "À Dakar, des centaines de jeunes ont dressé des barricades et \
         affronté les policiers.",
    ));
    let riot = out.events.iter().find(|e| e.kind == "riot");
    assert!(
        riot.is_some_and(|e| e
            .triggers
            .iter()
            .any(|t| t.text == "barricades")),
        "{:#?}",
        out.events
    );
    assert!(event_kinds(
        "Les assaillants se sont barricadés dans un hôtel de Bamako."
    )
    .iter()
    .all(|k| k != "riot"));
}

#[test]
fn charges_slogans_and_mass_graves_kill_no_one() {
    for text in [
        "Il a été inculpé jeudi de trahison, de meurtre et de crimes contre \
         l'humanité à Juba.",
        "Ils sont poursuivis pour complicité de meurtre à Nouméa.",
        "Des milliers de Houthis ont manifesté à Sanaa en scandant « Mort à \
         l'Amérique, mort à Israël ».",
        "Des équipes ont commencé à exhumer des corps dans des fosses \
         communes près de Raqqa.",
    ] {
        assert!(
            !event_kinds(text).contains(&"killing".to_string()),
            "{text}: {:?}",
            event_kinds(text)
        );
    }
}

#[test]
fn evacuations_with_no_troops_beside_them_are_people_leaving() {
    for text in [
        "D'autres évacuations vers le Niger et le Rwanda sont prévues.",
        "Les frappes ont suivi des appels à l'évacuation lancés par l'armée \
         israélienne à Haret Hreik.",
    ] {
        let kinds = event_kinds(text);
        assert!(
            kinds.contains(&"displacement".to_string()),
            "{text}: {kinds:?}"
        );
        assert!(
            !kinds.contains(&"withdrawal".to_string()),
            "{text}: {kinds:?}"
        );
    }
    // Troops or fighters beside it: they leave; the wounded flown out are
    // cared for.
    let kinds = event_kinds(
        "Les rebelles ont achevé d'évacuer la vieille ville de Homs.",
    );
    assert!(kinds.contains(&"withdrawal".to_string()), "{kinds:?}");
    let kinds = event_kinds(
        "Deux policiers blessés ont été évacués par hélicoptère vers Nairobi.",
    );
    assert!(!kinds.contains(&"displacement".to_string()), "{kinds:?}");
}

#[test]
fn troops_that_turn_back_go_back_to_barracks_or_hand_over_a_base_withdraw() {
    assert_triggers(
        "withdrawal",
        &[
        ("Prigojine annonce que ses troupes font demi-tour.", "font demi-tour"),
        ("La junte appelle l'armée à regagner ses casernes.", "regagner ses casernes"),
        ("La base de Ménaka doit être rétrocédée aux FAMa.", "rétrocédée"),
        ("Barkhane : rétrocession de l'emprise de Gossi aux forces armées maliennes.", "rétrocession"),
        ("Les rebelles ont pris Gondar avant de s'en retirer face à l'armée.", "s'en retirer"),
        ("Les jihadistes s'emparent de Mossoul, face à une armée irakienne en déroute.", "en déroute"),
        ("Le Hezbollah doit retirer ses combattants du sud du Litani.", "retirer ses combattants"),
        ("Paris a annoncé une réduction des effectifs de ses soldats déployés au Mali.", "réduction des effectifs"),
        ],
    );
}

#[test]
fn fire_told_right_after_shelling_is_that_shelling() {
    let ev = kinds_and_triggers(
        "Une dizaine de roquettes sont tombées mardi sur Sdérot. \
         Les Brigades al-Qods ont revendiqué ces tirs.",
    );
    assert!(
        ev.iter()
            .any(|(k, t)| k == "shelling" && t.iter().any(|t| t == "tirs")),
        "{ev:?}"
    );
    // Fire after a sentence with no artillery stays an attack.
    let ev = kinds_and_triggers(
        "Des hommes armés ont pénétré dans le village de Kobi. \
         Les premiers tirs ont été entendus vers 23h.",
    );
    assert!(!ev.iter().any(|(k, _)| k == "shelling"), "{ev:?}");
}

#[test]
fn shots_in_the_air_assault_groups_and_troublemakers_are_no_attacks() {
    assert_no_kind(
        "attack",
        &[
            "Des tirs en l'air ont retenti ce matin dans le camp militaire de Kati.",
            "Vladimir Poutine a félicité les groupes d'assaut de Wagner à Bakhmout.",
            "La junte met en garde les fauteurs de troubles à Conakry.",
            "Les directeurs des opérations militaires de l'Inde et du Pakistan se sont entretenus.",
        ],
    );
}

#[test]
fn a_surrender_refused_is_negated_even_after_where() {
    let out = Extractor::new().extract(
        &Document::new(
            "t",
            "Des accrochages se poursuivent autour des grottes qui bordent \
             l'Euphrate, où des jihadistes refusent de se rendre, selon notre \
             correspondant sur place.",
        )
        .with_dct("2019-03-23"),
    );
    let s = out.events.iter().find(|e| e.kind == "surrender");
    assert!(s.is_some_and(|e| e.polarity == "negated"), "{:#?}", out.events);
    // A refusal on a condition or in the future negates nothing.
    let out = Extractor::new().extract(&Document::new(
        "t",
        "Il menace ceux qui refuseront de déposer les armes à Goma.",
    ));
    let s = out.events.iter().find(|e| e.kind == "surrender");
    assert!(s.is_some_and(|e| e.polarity != "negated"), "{:#?}", out.events);
}

#[test]
fn military_operations_or_strikes_stopped_are_a_ceasefire() {
    assert_triggers(
        "ceasefire",
        &[
        ("Dmitri Medvedev annonce l'arrêt des opérations militaires en Géorgie.", "arrêt des opérations militaires"),
        ("Emmanuel Macron a appelé à un arrêt immédiat de l'offensive turque en Syrie.", "arrêt immédiat de l'offensive"),
        ("Les rebelles ont annoncé la suspension de ces tirs à Stepanakert.", "suspension de ces tirs"),
        ],
    );
}

#[test]
fn a_punishment_a_war_or_more_attacks_promised_are_threats() {
    assert_triggers(
        "threat",
        &[
        ("Poutine promet une punition « inévitable » aux mutins de Wagner.", "promet une punition"),
        ("Netanyahou a promis une guerre « longue et difficile » au Hamas.", "promis une guerre"),
        ("Les Houthis ont promis de poursuivre leurs opérations en mer Rouge.", "promis de poursuivre leurs opérations"),
        ],
    );
}

#[test]
fn armed_men_chased_out_of_a_place_lose_it() {
    for text in [
        "Après de violents combats, le Mujao chasse le MNLA de Gao.",
        "Les FSR ont été chassées de Khartoum par l'armée fin mars.",
    ] {
        let ev = kinds_and_triggers(text);
        assert!(ev.iter().any(|(k, _)| k == "capture"), "{text}: {ev:?}");
    }
    // Families driven out are displaced; an aim is no capture.
    let ev = kinds_and_triggers(
        "Les familles bédouines chassées de Soueïda attendent encore.",
    );
    assert!(ev.iter().any(|(k, _)| k == "displacement"), "{ev:?}");
    let ev = kinds_and_triggers(
        "Une offensive censée chasser les shebab de leurs fiefs du sud.",
    );
    assert!(!ev.iter().any(|(k, _)| k == "capture"), "{ev:?}");
}

#[test]
fn a_convoy_counted_after_aid_is_the_next_aid_convoy() {
    let ev = kinds_and_triggers(
        "Un convoi humanitaire de l'ONU a livré des vivres à Kherson mardi. \
         Les frappes russes se poursuivent sur la ville. \
         Un deuxième convoi doit rejoindre Mykolaïv vendredi.",
    );
    let convoys = ev
        .iter()
        .filter(|(k, t)| {
            k == "humanitarian" && t.iter().any(|t| t == "convoi")
        })
        .count();
    assert_eq!(convoys, 1, "{ev:?}");
    // Another convoy after a struck one carries no aid.
    let ev = kinds_and_triggers(
        "Le JNIM a attaqué dimanche des camions-citernes près de Kayes. \
         Jeudi, un autre convoi avait été visé par le groupe.",
    );
    assert!(!ev.iter().any(|(k, _)| k == "humanitarian"), "{ev:?}");
}

#[test]
fn movements_limited_or_tracked_are_no_displacement() {
    for text in [
        "À Moscou, le maire a appelé les habitants à limiter leurs déplacements après l'avancée de Wagner.",
        "Selon la matrice de suivi des déplacements de l'OIM, 312 familles ont fui Ménaka.",
        "L'armée a mis en garde les habitants de Goma contre tout déplacement sur les grands axes.",
    ] {
        let ev = kinds_and_triggers(text);
        assert!(
            !ev.iter().any(|(k, t)| k == "displacement" && t.iter().any(|t| t.starts_with("déplacement"))),
            "{text}: {ev:?}"
        );
    }
}

#[test]
fn troops_supplied_and_leaflets_dropped_are_no_aid() {
    assert_no_kind(
        "humanitarian",
        &[
            "L'armée russe a détruit une raffinerie utilisée pour ravitailler les troupes ukrainiennes à Kherson.",
            "Les frappes sur les ponts compliquent le ravitaillement des forces russes près de Glouchkovo.",
            "Les déplacés rentrent à Gaza malgré les tracts largués par l'armée israélienne.",
        ],
    );
}

#[test]
fn a_crowd_that_demonstrates_in_the_present_protests() {
    assert_triggers(
        "protest",
        &[
            (
                "Des centaines de personnes manifestent à Bamako contre la junte.",
                "manifestent",
            ),
            ("Des milliers de Maliens manifestaient à Bamako.", "manifestaient"),
        ],
    );
    assert_no_kind(
        "protest",
        &["Le ministre manifeste son soutien aux familles à Bamako."],
    );
}

#[test]
fn who_reports_a_toll_is_its_source_not_its_victim() {
    for text in [
        "L'OSDH fait état d'au moins 17 civils tués jeudi dans la province de Homs.",
        "L'OSDH a fait état de 17 civils tués jeudi à Homs.",
    ] {
        let out = Extractor::new().extract(&Document::new("t", text));
        let k = events_of(&out, "killing");
        assert_eq!(k.len(), 1, "{out:#?}");
        let osdh = "Observatoire syrien des droits de l'homme".to_string();
        assert_eq!(names(&out, &k[0].source), [osdh.clone()], "{text}");
        assert!(!names(&out, &k[0].target).contains(&osdh), "{text}");
        assert!(!names(&out, &k[0].agent).contains(&osdh), "{text}");
    }
}

#[test]
fn the_people_of_a_band_that_attacks_are_its_agent() {
    for text in [
        "Un groupe de six terroristes a attaqué le poste de Daraban.",
        "Dans la nuit, une bande de terroristes lourdement armés a attaqué la brigade de Bali.",
        "Le poste de Daraban a été attaqué par un groupe de terroristes.",
    ] {
        let out = Extractor::new().extract(&Document::new("t", text));
        let a = events_of(&out, "attack");
        assert_eq!(a.len(), 1, "{out:#?}");
        assert_eq!(first_mentions(&out, &a[0].agent).len(), 1, "{text}: {out:#?}");
    }
    // The band struck is no doer.
    let out = Extractor::new().extract(&Document::new(
        "t",
        "L'aviation française a bombardé une colonne de rebelles dans l'Ennedi.",
    ));
    let a = events_of(&out, "airstrike");
    assert_eq!(a.len(), 1, "{out:#?}");
    assert!(
        !first_mentions(&out, &a[0].agent).contains(&"rebelles"),
        "{out:#?}"
    );
}

#[test]
fn a_marshal_who_leads_an_attack_is_its_doer() {
    let out = Extractor::new().extract(&Document::new(
        "t",
        "L'attaque menée par le maréchal Haftar a tué dix civils.",
    ));
    let a = events_of(&out, "attack");
    assert_eq!(a.len(), 1, "{out:#?}");
    assert_eq!(first_mentions(&out, &a[0].agent), ["Haftar"], "{out:#?}");
    assert!(
        !first_mentions(&out, &a[0].target).contains(&"Haftar"),
        "{out:#?}"
    );
}

#[test]
fn an_offensive_led_by_a_person_against_a_town_is_an_attack() {
    assert_triggers(
        "attack",
        &[
            (
                "L'offensive lancée par le maréchal Haftar contre Tripoli a duré quatorze mois.",
                "offensive",
            ),
            ("L'attaque de Haftar contre El-Facher a duré deux jours.", "attaque"),
        ],
    );
    assert_no_kind(
        "attack",
        &[
            "L'attaque du président contre son rival a choqué.",
            "L'attaque du président contre la Chine a choqué.",
        ],
    );
}

#[test]
fn positions_abandoned_are_a_withdrawal_and_a_denial_of_it_is_negated() {
    for (text, polarity) in [
        (
            "Les positions abandonnées par l'armée à Mopti ont été reprises.",
            "affirmative",
        ),
        ("Aucune position n'a été abandonnée à Kidal, selon l'armée.", "negated"),
        (
            "L'armée affirme que ses positions n'ont pas été abandonnées à Tessalit.",
            "negated",
        ),
    ] {
        let out = Extractor::new().extract(&Document::new("t", text));
        let w = events_of(&out, "withdrawal");
        assert_eq!(w.len(), 1, "{text}: {out:#?}");
        assert_eq!(w[0].polarity, polarity, "{text}: {:#?}", w[0]);
    }
    // An attack pushed back is no withdrawal of a position.
    let out = Extractor::new().extract(&Document::new(
        "t",
        "L'attaque des rebelles contre Gao a été repoussée par l'armée.",
    ));
    assert!(events_of(&out, "withdrawal").is_empty(), "{out:#?}");
}

#[test]
fn a_pronominal_deed_denied_inside_its_compound_form_is_negated() {
    for (text, kind) in [
        (
            "Les soldats russes ne se sont pas retirés de Kherson, selon Kiev.",
            "withdrawal",
        ),
        ("Les rebelles ne se sont jamais emparés de Goma.", "capture"),
        ("Les jihadistes ne se sont pas rendus aux FAMa à Tessit.", "surrender"),
    ] {
        let out = Extractor::new().extract(&Document::new("t", text));
        let e = events_of(&out, kind);
        assert_eq!(e.len(), 1, "{text}: {out:#?}");
        assert_eq!(e[0].polarity, "negated", "{text}: {:#?}", e[0]);
        assert!(!e[0].agent.is_empty(), "{text}: {:#?}", e[0]);
    }
    // A visit denied is no surrender denied.
    let out = Extractor::new().extract(&Document::new(
        "t",
        "Le président ne s'est pas rendu à Goma.",
    ));
    assert!(events_of(&out, "surrender").is_empty(), "{out:#?}");
}

#[test]
fn the_people_of_a_band_after_an_attack_noun_are_its_doers() {
    let out = Extractor::new().extract(&Document::new(
        "t",
        "L'attaque d'un groupe de terroristes contre le poste de Solhan a fait 12 morts.",
    ));
    let a = events_of(&out, "attack");
    assert_eq!(a.len(), 1, "{out:#?}");
    assert_eq!(first_mentions(&out, &a[0].agent), ["terroristes"], "{out:#?}");
}

#[test]
fn an_armed_body_that_evacuates_a_town_withdraws() {
    let out = Extractor::new()
        .extract(&Document::new("t", "Les FDS évacuent Ras al-Aïn."));
    assert_eq!(events_of(&out, "withdrawal").len(), 1, "{out:#?}");
    // Civilians taken out by troops, or leaving, are displaced.
    for text in [
        "L'armée a évacué des centaines de civils de Marioupol.",
        "Les habitants ont évacué Ras al-Aïn.",
    ] {
        let out = Extractor::new().extract(&Document::new("t", text));
        assert_eq!(events_of(&out, "displacement").len(), 1, "{out:#?}");
        assert!(events_of(&out, "withdrawal").is_empty(), "{out:#?}");
    }
}

#[test]
fn a_unit_that_hooks_the_enemy_clashes_and_a_mortar_destroyed_is_no_shelling()
{
    let out = Extractor::new().extract(&Document::new(
        "t",
        "Une colonne de l'armée a accroché un groupe de terroristes près de Djibo.",
    ));
    assert_eq!(events_of(&out, "armed_clash").len(), 1, "{out:#?}");
    let out = Extractor::new().extract(&Document::new(
        "t",
        "Les avions ont détruit un dépôt d'armes et deux positions de mortier à Mossoul.",
    ));
    assert!(events_of(&out, "shelling").is_empty(), "{out:#?}");
    let out = Extractor::new().extract(&Document::new(
        "t",
        "La police a interpellé vingt hommes parmi les déplacés à Falloujah.",
    ));
    assert!(events_of(&out, "displacement").is_empty(), "{out:#?}");
}

#[test]
fn what_aircraft_destroy_is_an_air_strike() {
    assert_triggers(
        "airstrike",
        &[
            ("Un drone a détruit un dépôt d'armes à Mossoul.", "drone a détruit"),
            (
                "Le véhicule a été détruit par un drone de l'armée près de Gao.",
                "détruit par un drone",
            ),
        ],
    );
    assert_no_kind("airstrike", &["Les rebelles ont détruit un pont à Gao."]);
}

#[test]
fn joint_patrols_are_a_deployment_and_a_patrol_attacked_is_not() {
    let out = Extractor::new().extract(&Document::new(
        "t",
        "La police militaire russe et l'armée turque doivent mener des \
         patrouilles conjointes le long de l'autoroute M4 à partir du 15 mars.",
    ));
    let d = events_of(&out, "deployment");
    assert_eq!(d.len(), 1, "{out:#?}");
    assert_eq!(d[0].modality, "future");
    assert_eq!(
        first_mentions(&out, &d[0].agent),
        ["police militaire russe", "armée turque"],
        "{out:#?}"
    );
    assert_no_kind(
        "deployment",
        &["Une patrouille conjointe a été attaquée près de Gao."],
    );
}

#[test]
fn what_a_threat_holds_over_someone_is_no_event() {
    let ev = kinds_and_triggers(
        "Le gouvernement a appelé les rebelles à déposer les armes, menaçant \
         les récalcitrants d'une « riposte implacable ».",
    );
    assert!(!ev.iter().any(|(k, _)| k == "attack"), "{ev:?}");
    assert!(ev.iter().any(|(k, _)| k == "threat"), "{ev:?}");
    // What threatens a town happens.
    let ev = kinds_and_triggers(
        "La ville est menacée depuis des mois par des attaques de jihadistes.",
    );
    assert!(ev.iter().any(|(k, _)| k == "attack"), "{ev:?}");
}

#[test]
fn an_operation_taken_up_again_is_no_new_event() {
    let ev = kinds_and_triggers(
        "L'armée a lancé une opération militaire près de Djibo. Des civils \
         auraient été tués au cours de cette opération.",
    );
    assert_eq!(ev.iter().filter(|(k, _)| k == "attack").count(), 1, "{ev:?}");
}

#[test]
fn aucun_elided_onto_que_negates() {
    let out = Extractor::new().extract(&Document::new(
        "t",
        "Le Kremlin a réaffirmé qu'aucun cessez-le-feu avec Kiev n'était \
         envisageable.",
    ));
    let c = events_of(&out, "ceasefire");
    assert_eq!(c.len(), 1, "{out:#?}");
    assert_eq!(c[0].polarity, "negated", "{out:#?}");
}

#[test]
fn troops_that_abandon_their_base_withdraw() {
    let ev = kinds_and_triggers(
        "Les soldats ont abandonné leur base de Damasak avant l'attaque.",
    );
    assert!(ev.iter().any(|(k, _)| k == "withdrawal"), "{ev:?}");
}

#[test]
fn suspects_taken_in_are_arrested_and_a_line_of_retreat_is_no_withdrawal() {
    let out = Extractor::new().extract(&Document::new(
        "t",
        "Sept suspects ont été interpellés à Kandi.",
    ));
    assert!(
        out.events.iter().any(|e| e.kind == "arrest"),
        "{:#?}",
        out.events
    );
    let out = Extractor::new().extract(&Document::new(
        "t",
        "L'armée a lancé une contre-offensive, appuyée par des frappes \
         aériennes sur les axes de repli des assaillants.",
    ));
    assert!(
        !out.events.iter().any(|e| e.kind == "withdrawal"),
        "{:#?}",
        out.events
    );
}

#[test]
fn guns_named_right_after_the_verb_make_shelling_whatever_flies_nearby() {
    let out = Extractor::new().extract(&Document::new(
        "t",
        "L'armée a pilonné à l'artillerie les positions des rebelles, \
         tandis que des drones survolaient la ville.",
    ));
    let e = out
        .events
        .iter()
        .find(|e| e.triggers[0].text == "pilonné")
        .expect("pilonné");
    assert_eq!(e.kind, "shelling", "{e:#?}");
}

#[test]
fn deaths_of_floods_or_road_accidents_are_no_killing() {
    let ex = Extractor::new();
    for text in [
        "Les inondations ont fait 300 morts dans le sud du pays.",
        "Douze personnes ont été tuées dans un accident de la route près \
         de Kaya.",
        "Le naufrage a fait 40 morts au large de Lampedusa.",
    ] {
        let out = ex.extract(&Document::new("t", text));
        assert!(
            events_of(&out, "killing").is_empty(),
            "{text}: {:#?}",
            out.events
        );
    }
    // The same toll beside an act of war is one.
    let out = ex.extract(&Document::new(
        "t",
        "Des jihadistes ont tué douze personnes près de Kaya malgré les \
         intempéries.",
    ));
    assert_eq!(events_of(&out, "killing").len(), 1, "{:#?}", out.events);
}

#[test]
fn a_town_fallen_into_their_hands_is_captured() {
    let ex = Extractor::new();
    for text in [
        "Les shebab ont repris Adan Yabaal, tombée entre leurs mains à la \
         mi-avril.",
        "La ville de Masisi est passée aux mains des rebelles du M23.",
    ] {
        let out = ex.extract(&Document::new("t", text));
        assert!(
            !events_of(&out, "capture").is_empty(),
            "{text}: {:#?}",
            out.events
        );
    }
}

#[test]
fn a_toll_told_beside_the_displaced_is_a_killing_of_its_own() {
    let out = Extractor::new().extract(&Document::new(
        "t",
        "Les violences ont fait plus de 6.000 morts et plus d'un million de \
         déplacés, selon l'organisation ACLED.",
    ));
    let k = events_of(&out, "killing");
    assert_eq!(k.len(), 1, "{:#?}", out.events);
    assert_eq!(k[0].killed, Some(6000));
    // The displaced fled; they are not the dead.
    assert!(k[0].target.is_empty(), "{:#?}", k[0]);
    assert_eq!(events_of(&out, "displacement").len(), 1);
}

#[test]
fn munitions_that_hit_something_are_a_strike() {
    let ex = Extractor::new();
    for (text, kind) in [
        (
            "Des drones ont ciblé une sous-station électrique à Izmaïl.",
            "airstrike",
        ),
        ("Les missiles ont touché un immeuble résidentiel.", "shelling"),
        // An adjective of the munitions before the verb.
        (
            "Des missiles russes ont ciblé une sous-station électrique.",
            "shelling",
        ),
    ] {
        let out = ex.extract(&Document::new("t", text));
        assert_eq!(
            events_of(&out, kind).len(),
            1,
            "{text}: {:#?}",
            out.events
        );
    }
    // An aim is no blow.
    let out = ex.extract(&Document::new(
        "t",
        "Les drones ont visé à tromper la défense.",
    ));
    assert!(out.events.is_empty(), "{:#?}", out.events);
}

#[test]
fn hostilities_that_break_out_are_a_clash_and_a_permanent_cessation_a_ceasefire(
) {
    let ex = Extractor::new();
    let out = ex.extract(&Document::new(
        "t",
        "Les hostilités ont éclaté lundi soir à Tripoli après l'arrestation \
         d'un commandant.",
    ));
    assert_eq!(events_of(&out, "armed_clash").len(), 1, "{:#?}", out.events);
    let out = ex.extract(&Document::new(
        "t",
        "« Cet accord est conçu pour être une cessation permanente des \
         hostilités », a déclaré le président.",
    ));
    assert_eq!(events_of(&out, "ceasefire").len(), 1, "{:#?}", out.events);
    assert!(events_of(&out, "armed_clash").is_empty(), "{:#?}", out.events);
}

#[test]
fn idioms_of_stopping_leading_and_mourning_are_no_events() {
    let ev = kinds_and_triggers(
        "Nos combattants avancent vers Homs et rien ne les arrêtera, a \
         affirmé le chef rebelle.",
    );
    assert!(ev.iter().all(|(k, _)| k != "arrest"), "{ev:?}");
    for text in [
        "Le bilan serait plus lourd que celui avancé par l'armée.",
        "Le gouvernement ne parvient pas à reprendre la main dans la région \
         d'Amhara.",
        "Les habitants de Dembecha enterraient leurs morts jeudi.",
    ] {
        let ev = kinds_and_triggers(text);
        assert!(ev.is_empty(), "{text}: {ev:?}");
    }
    // Fighters led by a group are not carried off by it.
    let ev = kinds_and_triggers(
        "Les rebelles emmenés par le groupe Hayat Tahrir al-Cham ont pris \
         Hama.",
    );
    assert!(ev.iter().all(|(k, _)| k != "abduction"), "{ev:?}");
    let ev = kinds_and_triggers("Des hommes armés ont emmené cinq habitants.");
    assert!(ev.iter().any(|(k, _)| k == "abduction"), "{ev:?}");
    // A fallback position is no withdrawal.
    let ev = kinds_and_triggers(
        "L'aviation a frappé les positions de repli de l'ennemi près de \
         Dioura.",
    );
    assert!(ev.iter().all(|(k, _)| k != "withdrawal"), "{ev:?}");
}

#[test]
fn forces_redeployed_out_of_a_town_withdraw_and_hostilities_between_sides_are_a_clash(
) {
    assert_triggers(
        "withdrawal",
        &[(
            "L'armée syrienne a annoncé s'être « redéployée » hors de Hama.",
            "redéployée",
        )],
    );
    assert_triggers(
        "armed_clash",
        &[(
            "Le cessez-le-feu a mis fin à plus d'un an d'hostilités entre \
             Israël et le Hezbollah.",
            "hostilités",
        )],
    );
    let ev = kinds_and_triggers(
        "Depuis le début des hostilités, des milliers de civils ont fui.",
    );
    assert!(ev.iter().all(|(k, _)| k != "armed_clash"), "{ev:?}");
}

#[test]
fn foes_neutralised_over_a_period_are_killed_even_beside_a_surrender() {
    let ev = kinds_and_triggers(
        "Au total, dix-sept terroristes ont été neutralisés au cours de la \
         période, et onze autres ont déposé les armes à Bamenda.",
    );
    assert!(ev.iter().any(|(k, _)| k == "killing"), "{ev:?}");
    assert!(ev.iter().any(|(k, _)| k == "surrender"), "{ev:?}");
    // The toll of the strike it names stays the strike's.
    let ev = kinds_and_triggers(
        "L'armée a neutralisé une trentaine de terroristes lors de frappes \
         aériennes près de Djibo.",
    );
    assert!(ev.iter().all(|(k, _)| k != "killing"), "{ev:?}");
}

#[test]
fn news_dispatches_and_warrants_are_no_events() {
    let ev = kinds_and_triggers(
        "SAHEL : LES DÉPÊCHES DU WEEK-END\n\nDes soldats ont été dépêchés \
         à Djibo.",
    );
    let deployments: Vec<_> =
        ev.iter().filter(|(k, _)| k == "deployment").collect();
    assert_eq!(deployments.len(), 1, "{ev:?}");
    assert!(!deployments[0].1.iter().any(|t| t == "DÉPÊCHES"), "{ev:?}");
    let ev = kinds_and_triggers(
        "Le président a ordonné la réactivation des mandats d'arrêt visant \
         trente et un dirigeants de l'ELN.",
    );
    assert!(ev.iter().all(|(k, _)| k != "attack"), "{ev:?}");
}

#[test]
fn the_dispatches_of_a_digest_page_tell_their_own_happenings() {
    let text = "Niger : une mosquée attaquée\n\n\
                NIAMEY, 22 mars 2025 (AFP) - Des hommes armés ont attaqué \
                vendredi une mosquée du village de Fambita, tuant 44 \
                fidèles.\n\n\
                Burkina Faso : un convoi tombe dans une embuscade\n\n\
                OUAGADOUGOU, 23 mars 2025 (AFP) - Une embuscade a visé un \
                convoi de l'armée, selon des sources sécuritaires.\n";
    let out = Extractor::new()
        .extract(&Document::new("t", text).with_dct("2025-03-24"));
    let attacks = events_of(&out, "attack");
    assert_eq!(attacks.len(), 2, "{attacks:#?}");
    // The second dispatch's title is of its own ambush, not the mosque's.
    let title = attacks
        .iter()
        .find(|e| e.triggers.iter().any(|t| t.text.contains("tombe")))
        .expect("the title's ambush");
    assert!(title.triggers.iter().all(|t| t.start > 150), "{attacks:#?}");
}

#[test]
fn deaths_a_side_claims_beside_its_attack_are_a_killing_of_their_own() {
    let ev = kinds_and_triggers(
        "L'État islamique a revendiqué l'attaque, affirmant avoir tué « huit \
         chrétiens ».",
    );
    assert!(ev.iter().any(|(k, _)| k == "attack"), "{ev:?}");
    assert!(ev.iter().any(|(k, _)| k == "killing"), "{ev:?}");
    // Who claims the deaths tells of them.
    let out = Extractor::new().extract(&Document::new(
        "t",
        "L'État islamique a revendiqué l'attaque, affirmant avoir tué « huit \
         chrétiens ».",
    ));
    let killing = events_of(&out, "killing");
    assert!(
        !killing.is_empty() && !killing[0].source.is_empty(),
        "{killing:#?}"
    );
    // The toll of a strike told plainly stays the strike's.
    let ev = kinds_and_triggers(
        "Une frappe israélienne a tué trois combattants du Hezbollah.",
    );
    assert!(ev.iter().all(|(k, _)| k != "killing"), "{ev:?}");
}

#[test]
fn an_aggression_denounced_is_no_attack() {
    for text in [
        "Kinshasa dénonce une « agression caractérisée » du Rwanda.",
        "Des manifestants se sont rassemblés devant l'ambassade, accusant \
         Kigali d'« agression ».",
    ] {
        let kinds = event_kinds(text);
        assert!(!kinds.contains(&"attack".to_string()), "{text}: {kinds:?}");
    }
}

#[test]
fn breaking_contact_and_falling_for_the_country() {
    assert_triggers(
        "withdrawal",
        &[(
            "Sous le feu de nos vecteurs aériens, l'ennemi a été contraint de \
             décrocher en direction de la frontière.",
            "contraint de décrocher",
        )],
    );
    assert_triggers(
        "killing",
        &[(
            "L'état-major rend hommage aux onze soldats tombés pour la patrie \
             lors de l'attaque.",
            "tombés pour la patrie",
        )],
    );
    // A portrait taken down is no withdrawal.
    assert!(!event_kinds("Le portrait du président sera décroché samedi.")
        .contains(&"withdrawal".to_string()));
}

#[test]
fn armed_men_told_before_who_take_people_away_abduct_them() {
    let kinds = event_kinds(
        "Des hommes armés sont arrivés dans le village vers midi. Ils ont \
         emmené 20 femmes.",
    );
    assert!(kinds.contains(&"abduction".to_string()), "{kinds:?}");
    // A school's morning assembly is no protest.
    let kinds = event_kinds(
        "Les assaillants ont fait irruption dans l'école au moment du \
         rassemblement matinal.",
    );
    assert!(!kinds.contains(&"protest".to_string()), "{kinds:?}");
}

#[test]
fn joining_a_body_or_being_caught_between_sides_is_no_event() {
    let kinds = event_kinds(
        "Les deux mouvements avaient rejoint en décembre 2020 la Coalition \
         des patriotes pour le changement.",
    );
    assert!(!kinds.contains(&"withdrawal".to_string()), "{kinds:?}");
    let kinds = event_kinds(
        "Dans le nord-ouest, la population reste prise en tenaille entre \
         les rebelles et l'armée.",
    );
    assert!(!kinds.contains(&"capture".to_string()), "{kinds:?}");
}

#[test]
fn people_uprooted_by_war_are_displaced() {
    assert_triggers(
        "displacement",
        &[(
            "La guerre a fait des dizaines de milliers de morts et déraciné \
             plus de 13 millions de personnes.",
            "déraciné",
        )],
    );
}

#[test]
fn blasts_heard_after_a_strike_are_the_strike() {
    let kinds = event_kinds(
        "Les États-Unis et le Royaume-Uni ont frappé samedi soir des positions \
         des rebelles houthis au Yémen. Des habitants de Sanaa ont entendu au \
         moins cinq fortes explosions près de l'aéroport.",
    );
    assert!(!kinds.iter().any(|k| k == "bombing"), "{kinds:?}");
    // A car bomb is a bombing, whatever came before.
    let kinds = event_kinds(
        "L'aviation a frappé des positions rebelles lundi. Mardi, une \
         explosion d'une voiture piégée a tué dix personnes à Mogadiscio.",
    );
    assert!(kinds.iter().any(|k| k == "bombing"), "{kinds:?}");
}

#[test]
fn hostages_rescued_are_released_the_wounded_helped_are_not() {
    assert_triggers(
        "release",
        &[
            ("L'armée a secouru 46 otages dans l'État de Borno.", "secouru"),
            ("Parmi les otages secourus figurent neuf passagers.", "secourus"),
        ],
    );
    let kinds =
        event_kinds("Les pompiers ont secouru des dizaines de blessés.");
    assert!(kinds.is_empty(), "{kinds:?}");
}

#[test]
fn leaving_a_body_of_states_is_no_withdrawal() {
    let text =
        "Des jihadistes ont tué dix soldats mardi près de Kokorou. Les \
                manifestants scandaient des slogans hostiles à la Communauté \
                économique des États de l'Afrique de l'Ouest (Cédéao), que le \
                Niger a quittée en janvier.";
    let kinds = event_kinds(text);
    assert!(!kinds.iter().any(|k| k == "withdrawal"), "{kinds:?}");
    let text =
        "Des jihadistes ont tué dix soldats mardi près de Kokorou. Les \
                troupes françaises ont quitté le Niger en décembre.";
    let kinds = event_kinds(text);
    assert!(kinds.iter().any(|k| k == "withdrawal"), "{kinds:?}");
}

#[test]
fn captives_handed_over_are_released() {
    let kinds = event_kinds(
        "Le Hamas a remis samedi trois otages israéliens au Comité \
         international de la Croix-Rouge à Deir el-Balah.",
    );
    assert!(kinds.contains(&"release".to_string()), "{kinds:?}");
    for text in [
        "Le rapport de la commission a été remis au ministre lundi à Goma.",
        "Le cessez-le-feu a été remis en cause par les rebelles du M23.",
    ] {
        let kinds = event_kinds(text);
        assert!(!kinds.contains(&"release".to_string()), "{text}: {kinds:?}");
    }
}

#[test]
fn a_redeployment_out_of_a_place_is_a_withdrawal() {
    let kinds = event_kinds(
        "L'armée syrienne a reconnu le « redéploiement » de ses troupes \
         hors de la ville d'Alep.",
    );
    assert!(kinds.contains(&"withdrawal".to_string()), "{kinds:?}");
    let kinds = event_kinds(
        "L'armée a annoncé le redéploiement de ses troupes dans le nord \
         du Mali.",
    );
    assert!(kinds.contains(&"deployment".to_string()), "{kinds:?}");
}

#[test]
fn displaced_people_struck_and_a_minister_s_trip_are_no_flight() {
    for text in [
        "Des hommes armés ont attaqué des déplacés sur la route de Tawila.",
        "Une frappe a touché une école à Deir el-Balah, tuant au moins huit \
         déplacés, dont trois enfants.",
        "Les combats ont repris. La mesure a été annoncée par le ministre \
         lors d'un déplacement à Gitega.",
        "Les assaillants ont ouvert le feu sur les fidèles qui tentaient de \
         s’enfuir.",
    ] {
        let kinds = event_kinds(text);
        assert!(
            !kinds.contains(&"displacement".to_string()),
            "{text}: {kinds:?}"
        );
    }
    // People driven out are displaced.
    let kinds = event_kinds(
        "Plus de 10 000 personnes ont été déplacées par les combats.",
    );
    assert!(kinds.contains(&"displacement".to_string()), "{kinds:?}");
}

#[test]
fn pronominal_verbs_with_an_adverb_inside_their_compound_form() {
    for (text, kind) in [
        ("Les VDP s’étaient déjà repliés dans la ville.", "withdrawal"),
        ("Les rebelles se sont brièvement emparés de Kiwanja.", "capture"),
        (
            "Le départ des quelque 1 000 militaires américains doit être \
             achevé en septembre.",
            "withdrawal",
        ),
    ] {
        let kinds = event_kinds(text);
        assert!(kinds.contains(&kind.to_string()), "{text}: {kinds:?}");
    }
}

#[test]
fn reinforcements_sent_are_told_without_a_named_party() {
    let kinds = event_kinds(
        "Des hommes armés ont tué neuf militaires près de Téra. Des renforts \
         ont été dépêchés dans la zone. Six suspects ont été interpellés à \
         Gorouol.",
    );
    assert!(kinds.contains(&"deployment".to_string()), "{kinds:?}");
}

#[test]
fn an_attack_of_missiles_and_drones_is_a_shelling_and_an_air_strike() {
    let out = Extractor::new().extract(
        &Document::new(
            "t",
            "La Russie a lancé dans la nuit l'une de ses plus vastes attaques \
             de missiles et de drones contre Kiev, tuant sept personnes.",
        )
        .with_dct("2025-11-16"),
    );
    assert!(events_of(&out, "attack").is_empty(), "{:#?}", out.events);
    assert_eq!(events_of(&out, "shelling").len(), 1, "{:#?}", out.events);
    let drones = events_of(&out, "airstrike");
    assert_eq!(drones.len(), 1, "{:#?}", out.events);
    assert_eq!(drones[0].triggers[0].text, "drones");
    // Munitions only delivered are no strike.
    let out = Extractor::new().extract(&Document::new(
        "t",
        "Kiev a reçu une livraison de missiles et de drones.",
    ));
    assert!(out.events.is_empty(), "{:#?}", out.events);
}

#[test]
fn tank_fire_is_shelling() {
    for text in [
        "Un tir de char a tué deux civils à Naqoura.",
        "Des tirs de chars ont touché deux maisons à Naqoura.",
    ] {
        let out = Extractor::new().extract(&Document::new("t", text));
        assert_eq!(events_of(&out, "shelling").len(), 1, "{text}");
        assert!(events_of(&out, "attack").is_empty(), "{text}");
    }
}

#[test]
fn an_act_of_war_named_and_the_victims_of_conflicts_are_no_fighting() {
    for text in [
        "Islamabad a averti qu'un détournement des eaux serait un « acte \
         de guerre ».",
        "L'ONG Acled recense les victimes des conflits depuis 1997.",
    ] {
        let out = Extractor::new().extract(&Document::new("t", text));
        assert!(events_of(&out, "armed_clash").is_empty(), "{text}");
    }
}

#[test]
fn a_war_that_heads_a_headline_is_its_rubric() {
    let text = "Guerre en Ukraine : Kiev visée par des missiles\n\n\
                Des missiles russes ont frappé Kiev mardi, tuant trois \
                civils. Les combats se poursuivent près de Pokrovsk.";
    let out = Extractor::new().extract(&Document::new("t", text));
    let clashes = events_of(&out, "armed_clash");
    assert_eq!(clashes.len(), 1, "{clashes:?}");
    assert_eq!(clashes[0].triggers[0].text, "combats");
}

/// A minefield is a defence, not a blast; villages threatened by an
/// advance are in danger, not threatened by anyone.
#[test]
fn minefields_and_endangered_villages_are_no_events() {
    let out = Extractor::new().extract(&Document::new(
        "t",
        "Des missiles ont touché le quartier de Saltivka. Quelque 300 civils \
         ont été évacués lundi de onze villages menacés par l'avancée russe. \
         Les champs de mines ont ralenti la progression des troupes.",
    ));
    assert!(events_of(&out, "bombing").is_empty(), "{:#?}", out.events);
    assert!(events_of(&out, "threat").is_empty(), "{:#?}", out.events);
    assert_eq!(events_of(&out, "displacement").len(), 1, "{:#?}", out.events);
}

/// Trying to break through the other side's defences is an attack where
/// the defences stand.
#[test]
fn breaking_through_defences_is_an_attack() {
    let out = Extractor::new().extract(&Document::new(
        "t",
        "Les occupants ont tenté à 46 reprises de percer nos défenses près \
         de Rodynske.",
    ));
    let attacks = events_of(&out, "attack");
    assert_eq!(attacks.len(), 1, "{:#?}", out.events);
    assert_eq!(attacks[0].triggers[0].text, "percer nos défenses");
}

/// A side that suspends its attacks or operations calls a truce of its
/// own: a ceasefire, not an attack.
#[test]
fn suspended_attacks_are_a_ceasefire() {
    let ex = Extractor::new();
    for text in [
        "Le groupe avait annoncé le 30 janvier la suspension de ses \
         opérations contre les forces américaines.",
        "Le Hezbollah a suspendu ses attaques contre Israël.",
    ] {
        let out = ex.extract(&Document::new("t", text));
        assert_eq!(events_of(&out, "ceasefire").len(), 1, "{:#?}", out.events);
        assert!(events_of(&out, "attack").is_empty(), "{:#?}", out.events);
    }
}

/// "n'a fait aucun mort" tells that no one died: no killing.
#[test]
fn no_death_is_no_killing() {
    let out = Extractor::new().extract(&Document::new(
        "t",
        "Un drone a frappé le champ gazier de Khor Mor. L'attaque, survenue \
         vers 3h30 heure locale, n'a fait aucun mort, mais deux gardes ont \
         été légèrement blessés.",
    ));
    assert!(events_of(&out, "killing").is_empty(), "{:#?}", out.events);
    assert_eq!(events_of(&out, "airstrike").len(), 1, "{:#?}", out.events);
}

/// Police or soldiers who strike people deal blows: an attack, not an air
/// strike; a state or a drone that strikes people still strikes from the
/// air.
#[test]
fn people_struck_by_people_on_foot_are_attacked() {
    let ex = Extractor::new();
    for text in [
        "Les policiers ont frappé des manifestants à Tripoli.",
        "Des soldats ont frappé un journaliste.",
    ] {
        let out = ex.extract(&Document::new("t", text));
        assert_eq!(events_of(&out, "attack").len(), 1, "{:#?}", out.events);
        assert!(events_of(&out, "airstrike").is_empty(), "{:#?}", out.events);
    }
    for text in [
        "L'armée israélienne a frappé des civils à Gaza.",
        "Un drone a frappé des civils.",
    ] {
        let out = ex.extract(&Document::new("t", text));
        assert_eq!(events_of(&out, "airstrike").len(), 1, "{:#?}", out.events);
    }
}

#[test]
fn talks_whose_own_verb_is_in_the_future_lie_ahead() {
    let ex = Extractor::new();
    for text in [
        "Des pourparlers se tiendront jeudi entre une commission militaire \
         et les représentants des communautés locales à Soueïda.",
        "Les négociations reprendront lundi à Doha.",
        "Les opérations de ratissage se poursuivront dans la région de Gao.",
    ] {
        let out = ex.extract(&Document::new("t", text).with_dct("2024-03-20"));
        assert_eq!(out.events.len(), 1, "{text}: {:#?}", out.events);
        assert_eq!(out.events[0].modality, "future", "{text}");
    }
    let out = ex.extract(
        &Document::new("t", "Les négociations ont repris lundi à Doha.")
            .with_dct("2024-03-20"),
    );
    assert_eq!(out.events[0].modality, "asserted");
}

#[test]
fn talks_at_a_standstill_kill_no_one() {
    let ex = Extractor::new();
    let out = ex.extract(&Document::new(
        "t",
        "L'émissaire a appelé les deux parties à reprendre les \
         négociations, au point mort depuis 2019. Les détachements avancés \
         de l'armée ont pilonné les positions ennemies près de Smara, dans \
         les territoires libérés.",
    ));
    let kinds: Vec<&str> =
        out.events.iter().map(|v| v.kind.as_str()).collect();
    assert!(!kinds.contains(&"killing"), "{kinds:?}");
    assert!(!kinds.contains(&"deployment"), "{kinds:?}");
    assert!(!kinds.contains(&"capture"), "{kinds:?}");
    assert!(kinds.contains(&"negotiation") && kinds.contains(&"shelling"));
}

#[test]
fn a_yearless_dateline_after_a_country_dates_the_dispatch_only() {
    let ex = Extractor::new();
    let out = ex.extract(
        &Document::new(
            "t",
            "NAMPULA, Mozambique, 27 décembre (Reuters) - Des affrontements \
             entre manifestants et policiers ont fait au moins six morts dans \
             la nuit de mercredi à jeudi à Nampula.",
        )
        .with_dct("2024-12-27"),
    );
    let riot = events_of(&out, "riot")[0];
    let times = names(&out, &riot.time);
    assert_eq!(times, ["nuit de mercredi à jeudi"], "{riot:#?}");
}

/// Places added with "puis" or "ainsi que" are where the event happened
/// too; fighters who hand in their arms surrender; "forces d'assaut" is
/// a unit, no attack.
#[test]
fn places_added_to_a_list_handed_in_arms_and_assault_units() {
    let ex = Extractor::new();
    let out = ex.extract(&Document::new(
        "t",
        "Selon l'armée, des attaques ont visé Angoor Adda, ainsi que les \
         districts de Kurram et de Bajaur.",
    ));
    let attacks = events_of(&out, "attack");
    assert_eq!(attacks.len(), 1, "{out:#?}");
    let places = names(&out, &attacks[0].location);
    assert!(places.contains(&"Kurram".into()), "{places:?}");
    assert!(places.contains(&"Bajaur".into()), "{places:?}");
    let out = ex.extract(&Document::new(
        "t",
        "Plus de 400 combattants de l'UPC ont remis leurs armes à Bambari.",
    ));
    assert_eq!(events_of(&out, "surrender").len(), 1, "{out:#?}");
    let out = ex.extract(&Document::new(
        "t",
        "À Pokrovsk, les unités des forces d'assaut aéroportées affrontent \
         les troupes russes.",
    ));
    assert!(events_of(&out, "attack").is_empty(), "{out:#?}");
    assert_eq!(events_of(&out, "armed_clash").len(), 1, "{out:#?}");
}

#[test]
fn towns_a_strike_aimed_at_a_death_made_known_and_a_titled_speaker() {
    let ex = Extractor::new();
    // Towns named bare after "ont visé", and the list they open.
    let out = ex.extract(&Document::new(
        "t",
        "Les frappes ont visé Muzaffarabad, puis Kotli et Bahawalpur, dans \
         la province du Pendjab.",
    ));
    let strikes = events_of(&out, "airstrike");
    assert_eq!(strikes.len(), 1, "{out:#?}");
    let places = names(&out, &strikes[0].location);
    for p in ["Muzaffarābād", "Kotli", "Bahawalpur", "Pendjab"] {
        assert!(places.contains(&p.to_string()), "{p}: {places:?}");
    }
    // Who announces a death tells of it; the head of the subject speaks.
    let out = ex.extract(&Document::new(
        "t",
        "L'armée a annoncé la mort de deux soldats.",
    ));
    let deaths = events_of(&out, "killing");
    assert_eq!(deaths.len(), 1, "{out:#?}");
    assert!(deaths[0].agent.is_empty(), "{out:#?}");
    assert_eq!(names(&out, &deaths[0].source), ["armée"]);
    let out = ex.extract(&Document::new(
        "t",
        "Le porte-parole de l'armée a indiqué que les jihadistes ont \
         attaqué Gao.",
    ));
    let attacks = events_of(&out, "attack");
    assert_eq!(attacks.len(), 1, "{out:#?}");
    assert_eq!(names(&out, &attacks[0].source), ["porte-parole"]);
    assert_eq!(names(&out, &attacks[0].agent), ["jihadistes"]);
    // A race at the polls is no clash; an IED's acronym is a bombing.
    let out = ex.extract(&Document::new(
        "t",
        "Le président Daniel Noboa affrontera Luisa González au second \
         tour. Un véhicule a sauté sur un engin explosif improvisé (EEI) \
         près de Tillia.",
    ));
    assert!(events_of(&out, "armed_clash").is_empty(), "{out:#?}");
    let bombs = events_of(&out, "bombing");
    assert_eq!(bombs.len(), 1, "{out:#?}");
    assert!(bombs[0].triggers.iter().any(|t| t.text == "EEI"), "{out:#?}");
}

#[test]
fn parts_taken_a_release_demanded_outright_and_bombings_pointed_back() {
    let ex = Extractor::new();
    // The part named after "dont" was taken with the whole.
    let out = ex.extract(&Document::new(
        "t",
        "Onze guérilleros présumés ont été arrêtés, dont un commandant de \
         l'ELN.",
    ));
    let arrests = events_of(&out, "arrest");
    assert_eq!(arrests.len(), 1, "{out:#?}");
    let taken = names(&out, &arrests[0].target);
    assert!(taken.iter().any(|t| t == "commandant"), "{taken:?}");
    // Past the words that qualify a release, its object.
    let out = ex.extract(&Document::new(
        "t",
        "L'armée exige la libération immédiate et sans conditions de nos 57 \
         militaires.",
    ));
    let freed = events_of(&out, "release");
    assert_eq!(freed.len(), 1, "{out:#?}");
    assert_eq!(names(&out, &freed[0].target), ["57 militaires"]);
    // "ces bombardements" after air strikes are those strikes.
    let out = ex.extract(&Document::new(
        "t",
        "Israël a lancé dans la nuit une vaste campagne de frappes aériennes \
         contre l'Iran. Au moins 78 personnes ont été tuées dans ces \
         bombardements.",
    ));
    assert!(events_of(&out, "shelling").is_empty(), "{out:#?}");
    let strikes = events_of(&out, "airstrike");
    assert_eq!(strikes.len(), 1, "{out:#?}");
    assert_eq!(strikes[0].triggers.len(), 2, "{out:#?}");
    // Where the wounded were taken is not where they were hurt.
    let out = ex.extract(&Document::new(
        "t",
        "Trois soldats ont été blessés dans une embuscade près de Banibangou, \
         évacués sur Niamey.",
    ));
    let ambush = events_of(&out, "attack");
    assert_eq!(ambush.len(), 1, "{out:#?}");
    let places = names(&out, &ambush[0].location);
    assert!(!places.iter().any(|p| p == "Niamey"), "{places:?}");
}
