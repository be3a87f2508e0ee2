//! Scaling on pathological documents: one document made of one pattern
//! repeated 5,000 and 20,000 times. A pass that is linear in the size of
//! the text gives the same MB/s at both sizes; one that reads the whole
//! text (or every entity) for each hit falls by about four times at the
//! larger size.
//!
//! Run with `cargo bench -p depeche --bench pathological`
//! (`DEPECHE_BENCH_ONE_PASS=1` for one timed pass each).

use std::time::Duration;

use criterion::{
    criterion_group, criterion_main, BenchmarkId, Criterion, SamplingMode,
    Throughput,
};
use depeche::{Document, EntityKind, Extraction, Extractor};

#[path = "corpus.rs"]
#[allow(dead_code)]
mod corpus;

use corpus::{one_pass_only, report_one_pass};

/// (name, the repeated text, what one repetition must yield).
type Pattern = (&'static str, &'static str, fn(&Extraction) -> bool);

/// Patterns that earlier code handled in time that grew with the square
/// of the text: each reads as one document of many sentences or one
/// sentence without end.
const PATTERNS: &[Pattern] = &[
    (
        // Sentence ends, a state's army, a strike and blasts heard.
        "strike_story",
        "Les avions de l'armée ont mené des frappes aériennes sur Sanaa, \
         tuant cinq combattants. De fortes explosions ont été entendues à \
         Sanaa. ",
        |o| o.events.iter().any(|e| e.kind == "airstrike"),
    ),
    ("dateline", "BAMAKO, 17 septembre 2024 (AFP) - ", |o| {
        o.entities.iter().any(|e| e.mentions[0].text == "BAMAKO")
    }),
    (
        // A titled name that holds a small town.
        "titled_town",
        "le gouverneur Uba Sani et ",
        |o| o.entities.iter().any(|e| e.mentions[0].text == "Uba Sani"),
    ),
    (
        "titled_persons",
        "la générale Nema Sagara et le pape François et son homologue \
         Olivier Nduhungirehe, ",
        |o| o.entities.iter().any(|e| e.mentions[0].text == "Nema Sagara"),
    ),
    (
        // A counted group each time, and a descriptor that refers back.
        "counted_surrender",
        "des centaines de soldats se sont rendus aux rebelles, ",
        |o| o.events.iter().any(|e| e.kind == "surrender"),
    ),
    ("one_trigger", "attaque ", |o| o.entities.is_empty()),
    (
        "another_swap",
        "146 militaires sont rentrés chez eux après un échange de \
         prisonniers avec la Fédération de Russie et entre Kiev et Moscou, ",
        |o| o.events.iter().any(|e| e.kind == "release"),
    ),
    (
        // Institutions no gazetteer row names, one with a place inside.
        "institutions",
        "le Conseil interreligieux d'Éthiopie et la Commission éthiopienne \
         du dialogue national ont appelé le Quartier général de la défense, ",
        |o| {
            o.entities.iter().any(|e| {
                e.mentions[0].text == "Conseil interreligieux d'Éthiopie"
            })
        },
    ),
    (
        // A known surname ending a longer name, with a city inside it.
        "apposed_surnames",
        "a raconté un témoin, Abdullahi Hassan, et le porte-parole de la \
         police, Abdifatah Aden Hassan, ",
        |o| {
            o.entities
                .iter()
                .any(|e| e.mentions[0].text == "Abdifatah Aden Hassan")
        },
    ),
    (
        "run_on_deeds",
        "Ils ont attaqué Goma et tué cinq civils, enlevé deux femmes, ",
        |o| o.events.iter().any(|e| e.kind == "abduction"),
    ),
    (
        // Captures beside fights in one sentence without end, deeds
        // joined by "et" and their auxiliary, suspects arrested.
        "run_on_captures",
        "les FDS ont repris le contrôle de Kidal après des affrontements \
         avec les rebelles et ont tué trois soldats et ont enlevé deux \
         civils, trois individus soupçonnés d'aider les rebelles ont été \
         interpellés, ",
        |o| o.events.iter().any(|e| e.kind == "capture"),
    ),
    (
        // Quotes put in the mouth of a speaker that refers back.
        "quoted_speakers",
        "selon une source militaire. « Ils ont attaqué le camp. Les combats \
         ont duré cinq heures », a confié cet officier, ",
        |o| o.events.iter().any(|e| e.kind == "armed_clash"),
    ),
    (
        // A body cited by its kind and name, a toll beside the displaced,
        // the allies of a capital.
        "cited_bodies",
        "Les violences ont fait plus de 6.000 morts et plus d'un million de \
         déplacés, selon l'ONG Kuendeleza et les alliés occidentaux de Kiev. ",
        |o| o.events.iter().any(|e| e.kind == "killing"),
    ),
    (
        // Ships named after their kind, a warship by its prefix.
        "named_ships",
        "Les Houthis ont attaqué le cargo Sea Orchid et un destroyer \
         américain, l'USS Mason, a abattu un drone près du pétrolier \
         Sounion, ",
        |o| {
            o.entities
                .iter()
                .any(|e| e.mentions.iter().any(|m| m.text == "USS Mason"))
        },
    ),
    (
        // An aside on the victims, a relative clause before an
        // infinitive, a place that opens a sentence.
        "asides_and_scenes",
        "Le 12 juin, à Kumba, des séparatistes armés, appelés localement « \
         Amba boys », ont tué au moins douze personnes, dont trois enfants, \
         dans le village de Koumbri, avant de se replier. ",
        |o| o.events.iter().any(|e| e.kind == "killing"),
    ),
    (
        // A communiqué reproduced down to its signature, again and again.
        "signed_communiques",
        "COMMUNIQUÉ DU GOUVERNEMENT\nDes terroristes ont attaqué le poste de \
         Barsalogho.\nFait à Ouagadougou, le 25 août 2024\nLe ministre de la \
         Communication\n",
        |o| o.events.iter().any(|e| !e.source.is_empty()),
    ),
    (
        // A paper on an attack, strikes told without their doer and a
        // unit's acronym in capitals, in one sentence without end.
        "papers_and_strikes",
        "le gouvernement a rendu public un communiqué sur l'attaque \
         terroriste survenue samedi à Barsalogho, une frappe de drone a \
         visé la base de Kassala et les unités du GIGN et du RAID, ",
        |o| o.events.iter().any(|e| e.kind == "airstrike"),
    ),
    (
        // Operations opening a clause, falls, fights "avec", calls past a
        // name and entry hours, on one line with no sentence end.
        "fronted_and_fallen",
        "à l'issue d'une opération appuyée par des frappes aériennes, les \
         FAMa ont repris le contrôle de Kareri, tombé aux mains des \
         terroristes, au terme de combats avec l'armée, et le ministre \
         réitère l'appel du chef de l'État, Paul Biya, aux séparatistes à \
         déposer les armes, le commandant du M23 a été tué, ",
        |o| o.events.iter().any(|e| e.kind == "capture"),
    ),
    (
        // A title and its name set off by commas, again and again: one
        // unclosed list of names, and titles each near a name.
        "titles_in_a_row",
        "le chef de l'État, Paul Biya, ",
        |o| o.entities.iter().any(|e| e.kind == EntityKind::Actor),
    ),
    (
        // A person named over a city, surname in capitals, between states
        // that act, tellers after "selon", calls past a first verb and
        // flights after a deed: one sentence without end.
        "signatures_and_tellers",
        "Pingdwendé Gilbert OUÉDRAOGO , Washington premier soutien \
         militaire de Kiev affirme , selon l'association Kisal et \
         l'Association des ressortissants du cercle de Niafunké 14 civils \
         ont été tués , l'Autorité palestinienne a dénoncé une « escalade » \
         et appelé les parties à un arrêt des hostilités , une incursion à \
         Pétion-Ville provoquant la fuite de centaines d'habitants , ",
        |o| {
            o.entities.iter().any(|e| {
                e.subkind.as_deref() == Some("person")
                    && e.mentions[0].text.ends_with("OUÉDRAOGO")
            })
        },
    ),
    (
        // Sides opposed past an aside, speakers past a shortened title or
        // an audience, bodies listed after a closing "selon", those
        // accused of an attempt, rockets on a town named bare and people
        // named bare after a deed: one sentence without end.
        "asides_audiences_and_accused",
        "de violents affrontements ont opposé la Brigade 444, commandée \
         par Mahmoud Hamza, à l'Appareil de soutien à la stabilité , les \
         jihadistes ont pris Kandi, a assuré M. Houngbédji , a déclaré à la \
         presse le porte-parole , ont enlevé trois enseignants, selon des \
         sources policières et des élus locaux , le gouvernement accuse des \
         « infiltrés » d'avoir tenté de prendre d'assaut le siège , une \
         salve de roquettes sur Kiryat Shmona et Metoula , l'enlèvement \
         d'agriculteurs , ",
        |o| {
            o.entities
                .iter()
                .any(|e| e.mentions.iter().any(|m| m.text == "agriculteurs"))
        },
    ),
    (
        // Divisions listed after a plural cue, a loss with its dead set
        // beside it, recurring attacks, deaths after bursting in, a refuge
        // after a flight and before "où", an object past the day and the
        // place, captives handed over, a redeployment out of a town and
        // witnesses named after a quote or at a sentence start: one
        // sentence without end.
        "refuges_witnesses_and_captives",
        "des localités sous blocus dans les régions du Sahel, de l'Est, du \
         Nord et dans le Centre-Nord , l'état-major déplore la perte de six \
         soldats et de deux VDP, tombés les armes à la main , le théâtre \
         d'attaques récurrentes de l'État islamique au Sahel , les \
         assaillants ont fait irruption à Masala, où ils ont tué 29 \
         personnes , des habitants ont quitté leurs villages pour se \
         réfugier à Mandouri , joint à Ouahigouya, où il s'est réfugié , \
         l'armée a arrêté lundi matin à Goma cinq personnes , le Hamas a \
         remis samedi trois otages au CICR , le redéploiement des troupes \
         hors de la ville , « ils tiraient », témoigne Abdelrahmane, un \
         infirmier , ",
        |o| o.events.iter().any(|e| e.kind == "release"),
    ),
    (
        // A subset of victims, threats of a group, a verb sharing a
        // subject after "et", fire from afar, a force leaving a town, the
        // wounded cared for elsewhere and a pronominal verb split by an
        // adverb: one sentence without end.
        "subsets_threats_and_split_verbs",
        "quinze personnes ont été tuées, dont deux policiers , les \
         transporteurs ne veulent pas céder aux menaces du JNIM , les FARDC \
         appellent la population au calme et mettent en garde les \
         collaborateurs , des obus tirés depuis la région de Qousseir ont \
         touché Qasr , le retrait de l'armée israélienne de Rafah , neuf \
         blessés ont été pris en charge à Niamey , les VDP s'étaient déjà \
         repliés , ",
        |o| o.events.iter().any(|e| e.kind == "withdrawal"),
    ),
    (
        // Names picked out of villages, "où" after a place, munitions
        // fired by a force that come down, a clash's toll, a warning
        // against any attack, a sworn blow, a denial before a deed that
        // dates it and a crowd waiting for aid: one sentence without end.
        "picks_clashes_and_promises",
        "des hommes armés ont attaqué plusieurs villages, dont Nyinkuac et \
         Majbong , à Masala, où ils ont tué 12 personnes , des roquettes \
         tirées par les FSR se sont abattues sur le camp , 27 personnes ont \
         été tuées dans les affrontements , le ministre a mis en garde les \
         forces syriennes contre toute attaque , il a juré de « poursuivre \
         le combat » , l'armée dément avoir abandonné leur position avant \
         l'attaque , des milliers de personnes s'étaient rassemblées pour \
         récupérer des colis de farine , ",
        |o| o.events.iter().any(|e| e.kind == "threat"),
    ),
    (
        // A deed set beside an earlier one, a call dated and joined to
        // another, a counted group taken up again and a part of it, and an
        // object past a setting between commas: sentences that end, whose
        // places and dates are named again in every one.
        "sets_deeds_beside_and_calls",
        "L'attaque survient neuf jours après une embuscade dans la province \
         de Diyala, où cinq combattants avaient été tués. L'ONU a appelé \
         mardi à « la fin immédiate des violences » et à un dialogue. Des \
         hommes armés ont enlevé deux bergers. Les deux bergers ont été \
         relâchés. Quatre d'entre eux ont été exécutés. La police a arrêté \
         mardi, dans le district de Hawija, quatre individus. ",
        |o| {
            o.events
                .iter()
                .any(|e| e.kind == "ceasefire" && e.modality == "demanded")
        },
    ),
    (
        // Fighting told with one side after hours of it, a strike by a
        // group on the ground, a force's own tally, a sweep and a
        // withdrawal set as a threat's condition: sentences that end, the
        // sides and the force looked for near each.
        "sides_tallies_and_sweeps",
        "Des terroristes ont attaqué le poste de Kourtiagou. Au terme de \
         deux heures de combats, nos forces ont mis l'ennemi en déroute. \
         Boko Haram frappe une île de pêcheurs. Bilan \
         provisoire côté ami : 4 militaires tués. Des opérations de \
         ratissage se poursuivent dans la zone. Israël a menacé de \
         nouvelles frappes si Damas ne retirait pas ses troupes. ",
        |o| {
            o.events
                .iter()
                .any(|e| e.kind == "armed_clash" && e.agent.len() == 2)
        },
    ),
    (
        // One line that never ends: chains of places past a distance and
        // through articles, a source's seat, talks' parties, bombs fired,
        // a walk's goal, a flight "jusqu'à", a seat that is no siege,
        // drones shot down, towns told in apposition or ending a list, a
        // slash dateline's neighbours, raids told from the ground.
        "chains_seats_and_listed_towns",
        "des miliciens ont attaqué mardi le village de Kalingi, à une \
         quinzaine de kilomètres de Minembwe, dans le territoire de Fizi \
         (Sud-Kivu), les combats ont duré quatre heures, a expliqué une \
         source sécuritaire à Ouagadougou, le gouvernement congolais et le \
         M23 ont signé un accord à Doha, fruit de mois de pourparlers, les \
         rebelles ont tiré plusieurs bombes sur les sites de déplacés de \
         Lushagala et de Bulengo, une femme a marché deux jours pour \
         rejoindre Fada N'Gourma, des jihadistes ont attaqué des villages \
         dans les régions du Sahel, de l'Est et de la Boucle du Mouhoun, \
         plus de 2 000 personnes ont fui jusqu'à Butembo, le PDK a récupéré \
         un ancien siège, l'armée a affirmé avoir abattu la plupart des \
         engins, une frappe a touché le marché d'Awdiinle, une localité \
         située près de Baidoa, les frappes ont visé Idleb, Sarmin, Ariha \
         et Darat Izza, GOMA/BUKAVU, des jeunes armés mènent des raids \
         contre des villages de Pibor, ",
        |o| {
            o.events
                .iter()
                .any(|e| e.kind == "attack" && e.location.len() >= 3)
        },
    ),
    (
        // Capitals that press, ages listed, bases and convoys of a named
        // group hit, towns listed before a known one, attack drones shot
        // down, blows a killing was dealt in, blockaded towns, fire sent
        // towards towns, one-word witnesses after a quote.
        "hit_units_lists_and_witnesses",
        "alors que Washington presse Moscou d'accepter un cessez-le-feu \
         selon des médias proches de Damas, deux hommes âgés de 54 et 61 \
         ans ont été tués à Gao, les insurgés ont lancé une attaque contre \
         les bases arrière du PKK et des frappes ont visé des cibles de \
         l'organisation terroriste séparatiste PKK dans les régions de \
         Qandil, Gara et Asos, des hommes armés ont attaqué un convoi de \
         quatre camions du Programme alimentaire mondial, les troupes ont \
         repoussé des attaques en direction de Kroupets, d'Olgovka et de \
         Martynovka, la défense antiaérienne a abattu 14 des 16 drones \
         d'attaque lancés par la Russie contre Kharkiv, le FLA accuse \
         l'armée d'avoir tué quinze civils lors d'une frappe de drone près \
         de Tessalit, Djibo vit sous le blocus du JNIM, des roquettes ont \
         été tirées vers les localités de Sdérot et de Nir Am, « ils ont \
         tout brûlé », se souvient Boukary, ",
        |o| o.events.iter().any(|e| e.kind == "airstrike"),
    ),
    (
        // Posts placed by an aside, attacks of a scale, munitions before
        // an aside, villages of a local government area, clashes joined by
        // "et ont", speakers after the day they spoke, people who act near
        // an attack, mentions that point back, possessive lists, promised
        // replies, seats in apposition.
        "asides_scales_and_replies",
        "une position de l'armée malienne, située à Boni, a fait l'objet \
         d'une attaque d'envergure de la secte terroriste Boko Haram, un \
         missile, un Iskander-M selon l'armée de l'air, a frappé un \
         immeuble, des insurgés ont attaqué la ville de Kanoma, un village \
         de la zone de gouvernement local de Maru, et ont affronté \
         l'armée, ont indiqué dimanche des responsables locaux, nouvelle \
         attaque des gangs, les habitants s'organisent, cette attaque à \
         Cité Soleil, des frappes du régime et de son allié russe, neuf \
         khawarij ont été envoyés en enfer, l'armée se réserve le droit de \
         riposter, toute nouvelle attaque fera l'objet d'une riposte \
         vigoureuse, des hommes armés ont par ailleurs attaqué un poste de \
         police à Martissant, Pemba, le chef-lieu provincial, ",
        |o| o.events.iter().any(|e| e.kind == "shelling"),
    ),
];

fn benches(c: &mut Criterion) {
    let ex = Extractor::new();
    let mut group = c.benchmark_group("pathological");
    group.sample_size(10);
    group.sampling_mode(SamplingMode::Flat);
    group.warm_up_time(Duration::from_secs(1));
    group.measurement_time(Duration::from_secs(5));
    for &(name, unit, check) in PATTERNS {
        let once =
            ex.extract(&Document::new("once", unit).with_dct("2024-09-17"));
        assert!(check(&once), "{name}: {once:#?}");
        for reps in [5_000usize, 20_000] {
            let doc =
                Document::new(name, unit.repeat(reps)).with_dct("2024-09-17");
            let bytes = doc.text.len() as u64;
            let words = doc.text.split_whitespace().count() as u64;
            group.throughput(Throughput::Bytes(bytes));
            let label = format!("pathological/{name}/{reps}");
            let mut timed: Option<Duration> = None;
            group.bench_function(BenchmarkId::new(name, reps), |b| {
                let once = *timed.get_or_insert_with(|| {
                    let t = std::time::Instant::now();
                    report_one_pass(&label, bytes, words, || {
                        std::hint::black_box(ex.extract(&doc));
                    });
                    t.elapsed()
                });
                if one_pass_only() {
                    b.iter_custom(|iters| once * iters as u32);
                } else {
                    b.iter(|| std::hint::black_box(ex.extract(&doc)));
                }
            });
        }
    }
    group.finish();
}

criterion_group!(pathological, benches);
criterion_main!(pathological);
